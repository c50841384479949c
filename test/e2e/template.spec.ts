import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './studio';
import { TemplateEditorPage } from './templateEditor';

test('a new user adds a field and a QR code to the example certificate, aligns, previews sample data, undoes, reloads, locks and hides', async ({ page, studio }) => {
  const editor = new TemplateEditorPage(page);
  await page.goto(studio.url);
  await editor.open('Data Analytics Certificate');
  for (const name of ['Add text', 'Add image', 'Add shape', 'Add line', 'Add QR code', 'Add signature']) await expect(editor.button(name)).toBeVisible();
  await expect(editor.panel('Properties')).toBeVisible();
  await expect(editor.panel('Layers').getByRole('button', { name: 'Heading', exact: true })).toBeVisible();
  await expect(editor.canvasText).toContainText('Certificate of Achievement');
  await expect(editor.canvasText).toContainText('{{recipient.name}}');

  // A text with a merge field from the list; a QR code.
  const text = await editor.add('Add text');
  expect(await editor.selection()).toEqual([text]);
  await editor.insertField('Recipient name');
  await expect.poll(async () => (await editor.element(text)).type === 'text' && (await editor.element(text) as { text: string }).text).toBe('{{recipient.name}}');
  const qr = await editor.add('Add QR code');
  expect(await editor.element(qr)).toMatchObject({ type: 'qr', text: '{{verification.url}}' });
  // It lands over the new text: drag it aside, with the mouse.
  const qrBefore = await editor.element(qr);
  await editor.drag(qr, { x: -250, y: 120 });
  await expect.poll(async () => (await editor.element(qr)).x).toBeLessThan(qrBefore.x - 150);

  // Two elements selected on the canvas (click, Shift+click) and aligned left.
  await editor.click('heading');
  await editor.click(text, { shift: true });
  expect(await editor.selection()).toEqual(['heading', text].sort());
  await editor.panel('Properties').getByRole('button', { name: 'Align left' }).click();
  const headingX = (await editor.element('heading')).x;
  await expect.poll(async () => (await editor.element(text)).x).toBe(headingX);

  // The preview fills the fields with sample data, which can be edited.
  await editor.button('Preview').click();
  await expect(editor.canvasText).toContainText('Alex Morgan');
  expect(await editor.shownText('recipient')).toBe('Alex Morgan');
  const recipientSample = editor.panel('Sample data').getByLabel('Recipient name');
  await recipientSample.fill('Jordan Rivera');
  await recipientSample.press('Enter');
  await expect(editor.canvasText).toContainText('Jordan Rivera');
  expect(await editor.shownText(text)).toBe('Jordan Rivera');

  // Undo and redo, from the keyboard and the toolbar.
  await page.keyboard.press('Control+z');
  await expect(editor.canvasText).not.toContainText('Jordan Rivera');
  await expect(recipientSample).toHaveValue('Alex Morgan');
  await editor.button('Redo').click();
  await expect(editor.canvasText).toContainText('Jordan Rivera');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await editor.element(text)).x).not.toBe(headingX);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await editor.element(text)).x).toBe(headingX);
  await expect(editor.canvasText).toContainText('Jordan Rivera');

  // Layers: a locked element stays put and cannot be picked on the canvas; a hidden one is not drawn.
  const layers = editor.panel('Layers');
  await layers.getByRole('button', { name: 'Lock Heading' }).click();
  await expect(layers.getByRole('button', { name: 'Unlock Heading' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await editor.click('heading');
  expect(await editor.selection()).not.toContain('heading');
  await layers.getByRole('button', { name: 'Hide Presented to' }).click();
  await expect(editor.canvasText).not.toContainText('This certifies that');

  // Everything is saved: a reload finds it.
  await editor.saved();
  await page.reload();
  await expect(editor.panel('Layers')).toBeVisible();
  const saved = await editor.document();
  const byId = new Map(saved.elements.map((e) => [e.id, e]));
  expect(byId.get(text)).toMatchObject({ type: 'text', text: '{{recipient.name}}', x: headingX });
  expect(byId.get(qr)).toMatchObject({ type: 'qr' });
  expect(byId.get('heading')).toMatchObject({ locked: true });
  expect(byId.get('presented')).toMatchObject({ hidden: true });
  expect(saved.sampleData).toEqual({ 'recipient.name': 'Jordan Rivera' });

  // The history lists the autosaved revisions.
  await editor.tab('History').click();
  const history = editor.panel('History');
  await expect(history.getByRole('listitem')).not.toHaveCount(1);
  // A revision shows read-only on the canvas: the first one has none of today's changes.
  await history.getByRole('button', { name: 'Preview revision 1', exact: true }).click();
  await expect(page.getByText('Previewing revision 1 (read-only).')).toBeVisible();
  await expect(editor.canvasText).toContainText('This certifies that');
  await expect(editor.panel('Layers').getByRole('button', { name: 'Unlock Heading' })).toHaveCount(0);
  await editor.button('Close preview').click();
  await expect(editor.canvasText).not.toContainText('This certifies that');

  // Exports: a PNG at 144 dpi (2 px a point) and a one-page PDF whose text has the sample recipient.
  const png = await downloaded(page, editor.button('Export PNG'));
  expect(png.name).toBe('data-analytics-certificate.png');
  expect(pngSize(png.bytes)).toEqual({ width: Math.round((saved.page.width * 144) / 72), height: Math.round((saved.page.height * 144) / 72) });
  const pdf = await downloaded(page, editor.button('Export PDF'));
  expect(pdf.name).toBe('data-analytics-certificate.pdf');
  const pdfFile = test.info().outputPath('export.pdf');
  fs.writeFileSync(pdfFile, pdf.bytes);
  expect(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
  const words = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
  expect(words).toContain('Jordan Rivera');
  expect(words).toContain('Certificate of Achievement');
  expect(words).not.toContain('This certifies that'); // hidden
});

async function downloaded(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('a template started from the gallery opens in the editor as a new design of the workspace', async ({ page, studio }) => {
  const editor = new TemplateEditorPage(page);
  await page.goto(studio.url);
  const gallery = page.getByRole('region', { name: 'Template gallery' });
  const use = gallery.getByRole('button', { name: /^Use / }).first();
  const name = (await use.getAttribute('aria-label'))!.replace(/^Use /, '');
  await use.click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await expect.poll(async () => (await editor.document()).elements.length).toBeGreaterThan(3);
  await editor.button('← Library').click();
  await expect(page.getByRole('region', { name: 'Templates' }).getByRole('button', { name: `Open ${name}` })).toBeVisible();
});
