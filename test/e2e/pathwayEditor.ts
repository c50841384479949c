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
}
