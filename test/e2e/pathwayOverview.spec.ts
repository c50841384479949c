import type {} from '../../renderer/pathway/testApi';
import { generatePathwayBody, tieredGrid } from '../helpers/pathwayFixtures';
import { test, expect } from './studio';
import { PathwayEditorPage } from './pathwayEditor';

/**
 * A large pathway below zoom 0.3 is one canvas, the overview, and React Flow holds no node
 * (renderer/pathway/flow/levelOfDetail.ts). A person zooms in and out of it with Ctrl+wheel, picks
 * nodes in it (Shift adds, Shift+drag boxes), double-clicks one to zoom in to it, pans with the
 * mini-map and fits the view (animated): each works across the switch.
 */
const NODES = 800;
const { schemaVersion: _v, ...generated } = generatePathwayBody({ nodes: NODES, edges: 1200, seed: 11, id: 'pathway-overview', name: 'Overview Pathway' });
const body = { ...generated, nodes: tieredGrid(generated.nodes) };
const byId = (id: string) => body.nodes.find((n) => n.id === id)!;
// Far apart in the map: found with the search, and picked in the overview.
const searched = byId('skill-90');
const picked = byId('badge-48');
const added = byId('certificate-10');

test('the overview of a large pathway: zoom out and in with the wheel, select, the mini-map, zoom to fit, double-click to zoom in', async ({ page, studio }) => {
  const editor = new PathwayEditorPage(page);
  const overview = page.getByRole('img', { name: `Pathway overview: ${body.nodes.length} nodes` });
  const selection = () => page.evaluate(() => window.__laurelPathway!.selection());

  // Imported as a user would, from the example pathway's editor; it opens fitted, so in the overview.
  await page.goto(studio.url);
  await page.getByRole('region', { name: 'Pathways' }).getByRole('button', { name: 'Open Data Analytics Professional Certificate' }).click();
  await expect(editor.nodes).toHaveCount(23);
  await page.locator('input[type=file][accept*="json"]').setInputFiles({ name: 'overview.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) });
  await expect(page.getByRole('heading', { name: 'Overview Pathway' })).toBeVisible();
  await expect(overview).toBeVisible();
  await expect(editor.nodes).toHaveCount(0);
  // No dot grid over the overview: its dots would be under 6 px apart (see PathwayCanvas.tsx).
  const dotGrid = page.locator('.react-flow__background');
  await expect(dotGrid).toHaveCount(0);
  const opened = await editor.zoom();
  expect(opened).toBeLessThan(0.3);

  // Found with the search: revealed at a readable zoom, as real nodes, a window of them.
  await page.getByLabel('Search nodes').fill(searched.title);
  await page.getByLabel('Search nodes').press('Enter');
  await expect(editor.node(searched.id)).toBeVisible();
  await expect(overview).toBeHidden();
  await expect(dotGrid).toHaveCount(1);
  await expect.poll(() => editor.zoom()).toBeCloseTo(0.8, 2);
  const readable = await editor.nodes.count();
  expect(readable).toBeGreaterThan(5);
  expect(readable).toBeLessThan(body.nodes.length / 2);

  // Ctrl+wheel out, as on a trackpad or a mouse: below 0.3 the canvas takes over from the DOM nodes.
  const centre = await editor.nodeCentre(searched.id);
  await editor.wheelZoom(centre, 0.25);
  expect(await editor.zoom()).toBeLessThan(0.3);
  await expect(overview).toBeVisible();
  await expect(editor.nodes).toHaveCount(0);

  // A click on a node drawn in the overview selects it instead; the properties panel shows it.
  expect(await selection()).toEqual([searched.id]);
  let at = await editor.nodeCentre(picked.id);
  await page.mouse.click(at.x, at.y);
  expect(await selection()).toEqual([picked.id]);
  await expect(editor.panel('Properties').getByLabel('Title', { exact: true })).toHaveValue(picked.title);
  // A click on empty canvas clears it.
  const empty = await editor.emptyPoint();
  await page.mouse.click(empty.x, empty.y);
  expect(await selection()).toEqual([]);
  await page.mouse.click(at.x, at.y);
  expect(await selection()).toEqual([picked.id]);
  // Shift-click adds a node to the selection, and takes it out again.
  const other = await editor.nodeCentre(added.id);
  await page.keyboard.down('Shift');
  await page.mouse.click(other.x, other.y);
  expect((await selection()).sort()).toEqual([added.id, picked.id].sort());
  await expect(editor.panel('Properties')).toContainText('2 nodes selected.');
  await page.mouse.click(other.x, other.y);
  await page.keyboard.up('Shift');
  expect(await selection()).toEqual([picked.id]);

  // Shift+drag from empty canvas draws React Flow's selection box, and selects the nodes wholly inside
  // it, as at a readable zoom: the same selection the panel shows and Delete removes.
  const { from, to, inside: boxed } = await editor.selectionBox({ width: 260, height: 180 });
  expect(boxed.length).toBeGreaterThan(1);
  await page.keyboard.down('Shift');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await expect(page.locator('.react-flow__selection')).toBeVisible();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.locator('.react-flow__selection')).toBeHidden();
  expect((await selection()).sort()).toEqual(boxed);
  await expect(editor.panel('Properties')).toContainText(`${boxed.length} nodes selected.`);
  await page.keyboard.press('Delete');
  expect((await editor.pathway()).nodes.length).toBe(body.nodes.length - boxed.length);
  await page.keyboard.press('Control+z');
  expect((await editor.pathway()).nodes.length).toBe(body.nodes.length);
  await page.mouse.click(at.x, at.y);
  expect(await selection()).toEqual([picked.id]);

  // Ctrl+wheel in on the node: past 0.3, real nodes around it, the picked one under the pointer and selected.
  await editor.wheelZoom(at, 0.6);
  expect(await editor.zoom()).toBeGreaterThan(0.3);
  await expect(overview).toBeHidden();
  await expect(editor.node(picked.id)).toBeVisible();
  await expect(editor.node(picked.id)).toHaveClass(/selected/);
  const box = (await editor.node(picked.id).boundingBox())!;
  expect(at.x).toBeGreaterThan(box.x);
  expect(at.x).toBeLessThan(box.x + box.width);
  expect(at.y).toBeGreaterThan(box.y);
  expect(at.y).toBeLessThan(box.y + box.height);
  const around = await editor.nodes.count();
  expect(around).toBeGreaterThan(5);
  expect(around).toBeLessThan(body.nodes.length / 2);

  // Dragging the mini-map's view frame pans the view the same way, in the map's scale.
  const minimap = page.getByRole('img', { name: 'Mini map' });
  const before = await editor.viewCentre();
  const map = (await minimap.boundingBox())!;
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
  await page.mouse.down();
  await page.mouse.move(map.x + map.width / 2 + 20, map.y + map.height / 2, { steps: 5 });
  await page.mouse.up();
  const after = await editor.viewCentre();
  // 20 map pixels are at least 20 × (map width / 200) flow units: the map shows the whole pathway in 200 px.
  const mapWidth = Math.max(...body.nodes.map((n) => n.position!.x)) + 210 - Math.min(...body.nodes.map((n) => n.position!.x));
  expect(after.x - before.x).toBeGreaterThan((20 * mapWidth) / 200 * 0.9);
  expect(Math.abs(after.y - before.y)).toBeLessThan(1);
  expect(await editor.zoom()).toBeCloseTo(0.6, 2);

  // Zoom to fit goes back to the overview, animated: the view passes through zooms between, drawn as
  // the overview all the way (no node mounted), and ends with every node on the canvas.
  const record = await editor.watchView();
  await page.getByRole('button', { name: 'Zoom to fit', exact: true }).click();
  await expect(overview).toBeVisible();
  await expect(editor.nodes).toHaveCount(0);
  // Where it opened: fitted to the same pathway on the same canvas.
  await expect.poll(() => editor.zoom()).toBeCloseTo(opened, 5);
  const { zooms, mounted } = await record();
  expect(zooms.some((z) => z < 0.6 - 0.01 && z > opened + 0.005)).toBe(true);
  expect(mounted).toBe(0);
  const outside = await page.evaluate((ids) => {
    const canvas = document.querySelector('.pathway-canvas')!.getBoundingClientRect();
    return ids.filter((id) => {
      const b = window.__laurelPathway!.nodeBox(id)!;
      return b.x < canvas.left || b.y < canvas.top || b.x + b.width > canvas.right || b.y + b.height > canvas.bottom;
    });
  }, body.nodes.map((n) => n.id));
  expect(outside).toEqual([]);

  // A double-click on a node in the overview zooms in to it (animated over 200 ms: not asserted, as
  // one frame of a loaded machine can take longer), centred and selected, out of the overview.
  at = await editor.nodeCentre(added.id);
  await page.mouse.dblclick(at.x, at.y);
  await expect(editor.node(added.id)).toBeVisible();
  await expect(overview).toBeHidden();
  await expect.poll(() => editor.zoom()).toBeCloseTo(0.8, 2);
  expect(await selection()).toEqual([added.id]);
  // Centred on the canvas.
  const shown = (await editor.node(added.id).boundingBox())!;
  const canvas = (await page.locator('.pathway-canvas').boundingBox())!;
  expect(Math.abs(shown.x + shown.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(10);
  expect(Math.abs(shown.y + shown.height / 2 - (canvas.y + canvas.height / 2))).toBeLessThan(10);
});
