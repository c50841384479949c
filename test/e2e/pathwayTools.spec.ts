import type {} from '../../renderer/pathway/testApi';
import fs from 'node:fs';
import { test, expect } from './studio';
import { PathwayEditorPage } from './pathwayEditor';

async function openExample(page: import('@playwright/test').Page, url: string) {
  await page.goto(url);
  await page.getByRole('region', { name: 'Pathways' }).getByRole('button', { name: 'Open Data Analytics Professional Certificate' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(23);
}

test('search, keyboard navigation, copy and paste into another pathway', async ({ page, studio }) => {
  const editor = new PathwayEditorPage(page);
  await openExample(page, studio.url);
  const selection = () => page.evaluate(() => window.__laurelPathway!.selection());

  await page.getByLabel('Search nodes').fill('dashboards');
  await page.getByLabel('Search nodes').press('Enter');
  expect(await selection()).toEqual(['badge-dashboards']);

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await selection()).toEqual(['unit-sql-intro']);
  await page.keyboard.press('Tab');
  expect(await selection()).toEqual(['unit-sql-joins']);
  await page.keyboard.press('Shift+Tab');
  expect(await selection()).toEqual(['unit-sql-intro']);

  // Copy two connected nodes, paste them into a new pathway: nodes and the edge between them travel.
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await expect(editor.nodes).toHaveCount(23); // off-screen nodes are not rendered; after fitting, all are
  await editor.select('skill-sql');
  await editor.node('badge-sql').click({ modifiers: ['Shift'] });
  expect((await selection()).sort()).toEqual(['badge-sql', 'skill-sql']);
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+d');
  await expect(editor.nodes).toHaveCount(25);

  await page.getByRole('button', { name: '← Library' }).click();
  await page.getByRole('button', { name: 'New pathway' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('SQL Track');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { name: 'SQL Track' })).toBeVisible();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+v');
  await expect(editor.nodes).toHaveCount(2);
  await expect(editor.edges).toHaveCount(1);
  const pasted = await editor.pathway();
  expect(pasted.nodes.map((n) => n.title).sort()).toEqual(['SQL', 'SQL Basics']);
  expect(pasted.nodes.find((n) => n.kind === 'skill')!.alignments?.[0]?.name).toBe('SQL');
});

test('exports the map as PNG and SVG and the pathway as JSON; an invalid import changes nothing', async ({ page, studio }, testInfo) => {
  await openExample(page, studio.url);

  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const pngFile = testInfo.outputPath('map.png');
  await (await png).saveAs(pngFile);
  const pngBytes = fs.readFileSync(pngFile);
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
  expect(pngBytes.readUInt32BE(16)).toBeGreaterThan(1000); // width in pixels, at 2×

  const svg = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const svgText = fs.readFileSync(await (await svg).path(), 'utf8');
  expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgText).toContain('SQL Basics');
  expect(svgText.match(/<path /g)).toHaveLength(26);

  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const download = await json;
  expect(download.suggestedFilename()).toBe('data-analytics-professional-certificate.pathway.json');
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(exported.format).toBe('laurel.pathway/1');
  expect(exported.nodes).toHaveLength(23);
  expect(exported.schemaVersion).toBeUndefined();

  const fileInput = page.locator('input[type=file][accept*="json"]');
  await fileInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, nodes: [{ id: 'x', kind: 'lecture', title: 'X' }] })) });
  await expect(page.getByRole('alert')).toContainText('nodes[0].kind');
  await fileInput.setInputFiles({ name: 'notjson.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
  await expect(page.getByRole('alert').last()).toContainText('not JSON');
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(page.getByRole('region', { name: 'Pathways' }).getByRole('button', { name: /^Open / })).toHaveCount(1);

  // A valid file imports as a new pathway (the id is taken, so it gets a fresh one) and opens.
  await page.getByRole('region', { name: 'Pathways' }).getByRole('button', { name: 'Open Data Analytics Professional Certificate' }).click();
  await fileInput.setInputFiles({ name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, name: 'Imported Analytics' })) });
  await expect(page.getByRole('heading', { name: 'Imported Analytics' })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(23);
});

test('imports a skill framework from CSV and aligns a skill to it', async ({ page, studio }) => {
  const editor = new PathwayEditorPage(page);
  await openExample(page, studio.url);
  await editor.select('skill-viz');
  const properties = editor.panel('Properties');
  await expect(properties.getByText('deliver visual presentation of data')).toBeVisible();

  const csv = 'framework,code,name,description,url\nLightcast,KS1200364C,"Dashboard Design","Designing dashboards, with charts and KPIs",https://lightcast.io/open-skills/skills/KS1200364C\nLightcast,KS440W865GC,Tableau,"Business intelligence software",\n';
  await properties.getByLabel('Framework file').setInputFiles({ name: 'lightcast.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 skills' })).toBeVisible();

  await properties.getByLabel('Search skill frameworks').fill('dashboard');
  await properties.getByRole('button', { name: 'Align to Dashboard Design' }).click();
  await expect(properties.getByText('Lightcast · KS1200364C')).toBeVisible();
  await expect.poll(async () => (await editor.pathway()).nodes.find((n) => n.id === 'skill-viz')!.alignments!.map((a) => a.name)).toEqual(['deliver visual presentation of data', 'Dashboard Design']);
  await editor.saved();
  await page.reload();
  await editor.select('skill-viz');
  await expect(editor.panel('Properties').getByText('Dashboard Design')).toBeVisible();
});
