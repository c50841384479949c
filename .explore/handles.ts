import path from 'node:path';
import { createHandlers } from '../electron/api/handlers';
import { startHost } from '../electron/host/server';
import { createExampleWorkspace } from '../electron/store/seed';
import { Workspace } from '../electron/store/workspace';
import fs from 'node:fs'; import os from 'node:os';
import { launchChromium } from '../test/bench/pageHelpers';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-x-'));
const workspace = createExampleWorkspace(Workspace, path.join(dir, 'x.laurel'));
const host = await startHost({ rendererDir: path.resolve(process.env.DEV_RENDERER ? '.explore/renderer-dev' : 'out/renderer'), handlers: createHandlers(() => workspace) });
const browser = await launchChromium();
const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
await page.goto(host.url + '#/pathway/' + (workspace.list('').items ?? workspace.list(''))[0]?.id);
await page.goto(host.url);
await page.getByRole('region', { name: 'Pathways' }).getByRole('button').first().click();
await page.locator('.react-flow__node').first().waitFor();
await new Promise((r) => setTimeout(r, 1000));
console.log(JSON.stringify(await page.evaluate(() => {
  const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
  return [...document.querySelectorAll('.react-flow__node')].slice(0, 3).map((n) => {
    const r = n.getBoundingClientRect();
    return { zoom, ow: (n as HTMLElement).offsetWidth, oh: (n as HTMLElement).offsetHeight, handles: [...n.querySelectorAll('.react-flow__handle')].map((h) => { const b = h.getBoundingClientRect(); return { cls: h.className, x: (b.left - r.left) / zoom, y: (b.top - r.top) / zoom, w: b.width / zoom, h: b.height / zoom, id: h.getAttribute('data-handleid') }; }) };
  });
})));
await browser.close(); await host.close();
