// The window test API's types (declared where it is defined).
import type {} from '../../renderer/template/testApi';
import type { Locator, Page } from '@playwright/test';
import { expect } from './studio';

/** A page object for the template editor: what a person sees and does, by role and label. */
export class TemplateEditorPage {
  constructor(readonly page: Page) {}

  panel(name: 'Layers' | 'Properties' | 'Sample data' | 'Brand kit' | 'History'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }
  tab(name: 'Properties' | 'Brand kit' | 'History'): Locator {
    return this.page.getByRole('tab', { name });
  }
  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
  /** The words on the canvas, as its accessible mirror lists them. */
  get canvasText(): Locator {
    return this.page.getByRole('list', { name: 'Text on the canvas' });
  }
  layer(label: string): Locator {
    return this.panel('Layers').getByRole('listitem').filter({ has: this.page.getByRole('button', { name: new RegExp(`\\b${label}$`) }) });
  }

  async open(templateName: string) {
    await this.page.getByRole('region', { name: 'Templates' }).getByRole('button', { name: `Open ${templateName}` }).click();
    await expect(this.panel('Layers')).toBeVisible();
    await this.page.waitForFunction(() => window.__laurelTemplate?.clientRect(window.__laurelTemplate.document().elements[0]!.id) !== undefined);
  }

  async add(label: 'Add text' | 'Add line' | 'Add QR code' | 'Add signature'): Promise<string> {
    const before = new Set((await this.document()).elements.map((e) => e.id));
    await this.button(label).click();
    return this.newElementId(before);
  }

  async addShape(kind: 'Rectangle' | 'Ellipse' | 'Star' | 'Polygon'): Promise<string> {
    const before = new Set((await this.document()).elements.map((e) => e.id));
    await this.button('Add shape').click();
    await this.page.getByRole('menu', { name: 'Add shape' }).getByRole('menuitem', { name: kind }).click();
    return this.newElementId(before);
  }

  private async newElementId(before: Set<string>): Promise<string> {
    let id = '';
    await expect.poll(async () => (id = (await this.document()).elements.find((e) => !before.has(e.id))?.id ?? '')).not.toBe('');
    return id;
  }

  async insertField(label: string) {
    await this.button('Insert field').click();
    await this.page.getByRole('menu', { name: 'Insert field' }).getByRole('menuitem', { name: label, exact: true }).click();
  }

  /** The middle of an element on the screen. */
  async centre(id: string): Promise<{ x: number; y: number }> {
    const r = await this.page.evaluate((elementId) => window.__laurelTemplate!.clientRect(elementId), id);
    if (!r) throw new Error(`Element ${id} is not drawn`);
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }

  async click(id: string, options: { shift?: boolean } = {}) {
    const at = await this.centre(id);
    if (options.shift) await this.page.keyboard.down('Shift');
    await this.page.mouse.click(at.x, at.y);
    if (options.shift) await this.page.keyboard.up('Shift');
  }

  /** Drags an element by (dx, dy) screen pixels with real mouse input. */
  async drag(id: string, by: { x: number; y: number }, options: { steps?: number; alt?: boolean } = {}) {
    const at = await this.centre(id);
    await this.page.mouse.move(at.x, at.y);
    await this.page.mouse.down();
    if (options.alt) await this.page.keyboard.down('Alt');
    await this.page.mouse.move(at.x + by.x, at.y + by.y, { steps: options.steps ?? 10 });
    await this.page.mouse.up();
    if (options.alt) await this.page.keyboard.up('Alt');
  }

  async saved() {
    await expect(this.page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  }

  /** The colour the canvas shows at a page point, as [r, g, b]. */
  async colourAt(point: { x: number; y: number }): Promise<number[]> {
    return this.page.evaluate((p) => {
      const canvas = document.querySelector<HTMLCanvasElement>('.template-canvas canvas')!;
      const { zoom, x, y } = window.__laurelTemplate!.viewport();
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const data = canvas.getContext('2d')!.getImageData(Math.round((x + p.x * zoom) * ratio), Math.round((y + p.y * zoom) * ratio), 1, 1).data;
      return [data[0]!, data[1]!, data[2]!];
    }, point);
  }

  document() {
    return this.page.evaluate(() => window.__laurelTemplate!.document());
  }
  async element(id: string) {
    const el = (await this.document()).elements.find((e) => e.id === id);
    if (!el) throw new Error(`No element ${id}`);
    return el;
  }
  selection() {
    return this.page.evaluate(() => window.__laurelTemplate!.selection().sort());
  }
  lines(id: string) {
    return this.page.evaluate((elementId) => window.__laurelTemplate!.lines(elementId), id);
  }
  shownText(id: string) {
    return this.page.evaluate((elementId) => window.__laurelTemplate!.shownText(elementId), id);
  }
}
