// The window test API's types (declared where it is defined).
import type {} from '../../renderer/pathway/testApi';
import type { Locator, Page } from '@playwright/test';
import { expect } from './studio';

/** A page object for the pathway editor: what a person sees and does, by role and label. */
export class PathwayEditorPage {
  constructor(readonly page: Page) {}

  node(id: string): Locator {
    return this.page.getByTestId(`node-${id}`);
  }
  get nodes(): Locator {
    return this.page.locator('.react-flow__node');
  }
  get edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }
  tab(name: 'Properties' | 'Problems' | 'Simulation' | 'History'): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }
  panel(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  async add(label: string) {
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }

  /** Drags from the right handle of `from` to the left handle of `to`, with real mouse input. */
  async connect(from: string, to: string) {
    const source = this.node(from).locator('.react-flow__handle-right');
    const target = this.node(to).locator('.react-flow__handle-left');
    const a = (await source.boundingBox())!;
    const b = (await target.boundingBox())!;
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  async select(id: string) {
    await this.node(id).click();
  }

  async saved() {
    await expect(this.page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  }

  pathway() {
    return this.page.evaluate(() => window.__laurelPathway!.pathway());
  }

  /** React Flow's zoom, as the page shows it (the viewport's CSS transform). */
  zoom(): Promise<number> {
    return this.page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  }

  /**
   * Starts recording the view as it changes: each zoom React Flow shows, and how many nodes it mounts.
   * Read the record with the returned function.
   */
  async watchView(): Promise<() => Promise<{ zooms: number[]; mounted: number }>> {
    await this.page.evaluate(() => {
      const record = { zooms: [] as number[], mounted: 0 };
      (window as unknown as { __viewRecord: typeof record }).__viewRecord = record;
      const viewport = document.querySelector('.react-flow__viewport')!;
      new MutationObserver(() => record.zooms.push(new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a)).observe(viewport, { attributeFilter: ['style'] });
      new MutationObserver((changes) => {
        for (const c of changes) for (const n of c.addedNodes) if (n instanceof Element && n.classList.contains('react-flow__node')) record.mounted++;
      }).observe(viewport, { childList: true, subtree: true });
    });
    return () => this.page.evaluate(() => (window as unknown as { __viewRecord: { zooms: number[]; mounted: number } }).__viewRecord);
  }

  /** The flow point at the middle of the canvas: where the view is. */
  viewCentre(): Promise<{ x: number; y: number }> {
    return this.page.locator('.react-flow__viewport').evaluate((el) => {
      const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
      const canvas = document.querySelector('.pathway-canvas')!.getBoundingClientRect();
      return { x: (canvas.width / 2 - m.e) / m.a, y: (canvas.height / 2 - m.f) / m.a };
    });
  }

  /** The centre of a node on screen, whether React Flow renders it or the overview draws it. */
  async nodeCentre(id: string): Promise<{ x: number; y: number }> {
    const box = await this.page.evaluate((nodeId) => window.__laurelPathway!.nodeBox(nodeId), id);
    if (!box) throw new Error(`No node ${id} in the pathway`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** A point of the canvas's pane where no node is, rendered or drawn. */
  async emptyPoint(): Promise<{ x: number; y: number }> {
    const point = await this.page.evaluate(() => {
      const api = window.__laurelPathway!;
      const boxes = api.pathway().nodes.map((n) => api.nodeBox(n.id)!);
      const canvas = document.querySelector('.pathway-canvas')!.getBoundingClientRect();
      for (let y = canvas.top + 10; y < canvas.bottom; y += 7) {
        for (let x = canvas.left + 10; x < canvas.right - 220; x += 7) {
          const free = boxes.every((b) => x < b.x - 4 || x > b.x + b.width + 4 || y < b.y - 4 || y > b.y + b.height + 4);
          if (free && document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
        }
      }
      return undefined;
    });
    if (!point) throw new Error('No empty point on the canvas');
    return point;
  }

  /**
   * A box of about `size` on the canvas for a box selection, with the ids of the nodes wholly inside it.
   * It starts on empty pane, stays 60 px inside the canvas (a drag within 40 px of its side pans the
   * view), and its sides pass no node's side within 2 px, so what it holds does not hang on rounding.
   */
  async selectionBox(size: { width: number; height: number }): Promise<{ from: { x: number; y: number }; to: { x: number; y: number }; inside: string[] }> {
    const found = await this.page.evaluate((size) => {
      const api = window.__laurelPathway!;
      const boxes = api.pathway().nodes.map((n) => ({ id: n.id, ...api.nodeBox(n.id)! }));
      const canvas = document.querySelector('.pathway-canvas')!.getBoundingClientRect();
      const inside = (a: { x: number; y: number }, b: { x: number; y: number }, m: number) =>
        boxes
          .filter((n) => n.x >= a.x - m && n.y >= a.y - m && n.x + n.width <= b.x + m && n.y + n.height <= b.y + m)
          .map((n) => n.id)
          .sort()
          .join();
      for (let y = canvas.top + 60; y + size.height < canvas.bottom - 60; y += 5) {
        for (let x = canvas.left + 60; x + size.width < canvas.right - 60; x += 5) {
          const from = { x, y };
          const to = { x: x + size.width, y: y + size.height };
          const empty = boxes.every((b) => x < b.x - 4 || x > b.x + b.width + 4 || y < b.y - 4 || y > b.y + b.height + 4);
          const ids = empty && inside(from, to, 0);
          if (ids && ids === inside(from, to, 2) && ids === inside(from, to, -2)) return { from, to, inside: ids.split(',') };
        }
      }
      return undefined;
    }, size);
    if (!found) throw new Error('No box for a selection on the canvas');
    return found;
  }

  /**
   * Zooms towards `target` around `at` with Ctrl+wheel notches, as a person does. React Flow scales by
   * 2^(-deltaY × 0.002) a wheel event: a 100-pixel notch is ×0.87; the last notch is cut to land on `target`.
   */
  async wheelZoom(at: { x: number; y: number }, target: number) {
    await this.page.mouse.move(at.x, at.y);
    await this.page.keyboard.down('Control');
    for (let i = 0; i < 40; i++) {
      const zoom = await this.zoom();
      if (Math.abs(Math.log2(target / zoom)) < 0.01) break;
      const deltaY = Math.max(-100, Math.min(100, -Math.log2(target / zoom) / 0.002));
      await this.page.mouse.wheel(0, deltaY);
      await expect.poll(() => this.zoom()).not.toBe(zoom);
    }
    await this.page.keyboard.up('Control');
  }
}
