import { PNG } from 'pngjs';
import { bundledFonts } from '../../electron/render/bundledFonts';
import { layoutTemplate } from '../../shared/template/layout';
import { test, expect } from './studio';
import { TemplateEditorPage } from './templateEditor';

test('on the canvas: snap while dragging, resize and rotate in one step each, nudge, select with a rectangle, edit text in place, zoom and pan', async ({ page, studio }) => {
  const editor = new TemplateEditorPage(page);
  await page.goto(studio.url);
  await page.getByRole('button', { name: 'New template' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Gestures');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(editor.panel('Layers')).toBeVisible();
  const { page: sheet } = await editor.document();
  const zoom = () => page.evaluate(() => window.__laurelTemplate!.viewport().zoom);

  // A rectangle added mid-page; dragged a little, its middle snaps back onto the page's centre line.
  const rect = await editor.addShape('Rectangle');
  const start = await editor.element(rect);
  expect(start.y + start.height / 2).toBeCloseTo(sheet.height / 2, 1);
  await editor.drag(rect, { x: 60, y: 3 });
  await expect.poll(async () => (await editor.element(rect)).x).toBeGreaterThan(start.x + 30);
  expect((await editor.element(rect)).y).toBeCloseTo(start.y, 2);
  // With Alt held there is no snapping.
  await editor.drag(rect, { x: 0, y: 3 }, { alt: true });
  await expect.poll(async () => (await editor.element(rect)).y).toBeGreaterThan(start.y + 1);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await editor.element(rect)).y).toBeCloseTo(start.y, 2);

  // Resize from the bottom-right handle: the size changes (no scale is left behind), as one undo step.
  const before = await editor.element(rect);
  const box = (await page.evaluate((id) => window.__laurelTemplate!.clientRect(id), rect))!;
  await page.mouse.move(box.x + box.width, box.y + box.height);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 60, box.y + box.height + 30, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await editor.element(rect)).width).toBeGreaterThan(before.width + 40);
  const resized = await editor.element(rect);
  expect(resized.height).toBeGreaterThan(before.height + 20);
  expect(resized).not.toHaveProperty('scaleX');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await editor.element(rect)).width).toBe(before.width);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await editor.element(rect)).width).toBe(resized.width);

  // Rotate with the handle above the box: a quarter turn snaps to 90°.
  const turned = (await page.evaluate((id) => window.__laurelTemplate!.clientRect(id), rect))!;
  const centre = { x: turned.x + turned.width / 2, y: turned.y + turned.height / 2 };
  await page.mouse.move(centre.x, turned.y - 50);
  await page.mouse.down();
  await page.mouse.move(centre.x + 60, centre.y - 40, { steps: 5 });
  await page.mouse.move(centre.x + 150, centre.y + 1, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await editor.element(rect)).rotation).toBe(90);

  // Nudges: an arrow moves 1 pt, with Shift 10 pt.
  const placed = await editor.element(rect);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => [(await editor.element(rect)).x, (await editor.element(rect)).y]).toEqual([placed.x + 1, placed.y + 10]);

  // A selection rectangle from the empty canvas picks up what it touches.
  const ellipse = await editor.addShape('Ellipse');
  await page.keyboard.press('Escape');
  const canvas = (await page.locator('.template-canvas').boundingBox())!;
  await page.mouse.move(canvas.x + 8, canvas.y + 8);
  await page.mouse.down();
  await page.mouse.move(canvas.x + canvas.width - 8, canvas.y + canvas.height - 8, { steps: 6 });
  await page.mouse.up();
  expect(await editor.selection()).toEqual([ellipse, rect].sort());

  // Double-click a text to edit it in place; Ctrl+Enter keeps the words.
  const text = await editor.add('Add text');
  await editor.drag(text, { x: 0, y: -150 });
  const at = await editor.centre(text);
  await page.mouse.dblclick(at.x, at.y);
  const field = page.getByRole('textbox', { name: 'Edit text' });
  await expect(field).toBeFocused();
  await field.fill('Awarded to {{recipient.name}}');
  await field.press('Control+Enter');
  await expect(field).toBeHidden();
  await expect.poll(async () => (await editor.element(text)) as { text?: string }).toMatchObject({ text: 'Awarded to {{recipient.name}}' });
  await page.mouse.dblclick(at.x, at.y);
  await field.fill('Awarded to');
  await field.press('Escape');
  await expect.poll(async () => (await editor.element(text)) as { text?: string }).toMatchObject({ text: 'Awarded to' });

  // Zoom with the buttons and Ctrl+wheel, fit again; pan with Space held.
  const fitted = await zoom();
  await editor.button('Zoom in').click();
  expect(await zoom()).toBeCloseTo(fitted * 1.25, 5);
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(zoom).toBeGreaterThan(fitted * 1.25 * 1.3);
  await editor.button('Zoom to fit').click();
  expect(await zoom()).toBeCloseTo(fitted, 5);
  const x0 = (await page.evaluate(() => window.__laurelTemplate!.viewport())).x;
  const [selected, elements] = [await editor.selection(), (await editor.document()).elements];
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await page.keyboard.down('Space');
  await page.mouse.down();
  await page.mouse.move(canvas.x + canvas.width / 2 + 120, canvas.y + canvas.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  await expect.poll(async () => (await page.evaluate(() => window.__laurelTemplate!.viewport())).x).toBeCloseTo(x0 + 120, 0);
  // A pan is only a pan: it neither selects nor moves anything, wherever it starts.
  expect(await editor.selection()).toEqual(selected);
  expect((await editor.document()).elements).toEqual(elements);
});

test('arrange, group, copy to another template, page settings, brand kits, images, custom fields and dashes', async ({ page, studio }) => {
  const editor = new TemplateEditorPage(page);
  const ids = async () => (await editor.document()).elements.map((e) => e.id);
  await page.goto(studio.url);
  await editor.open('Data Analytics Badge');

  // The ribbon is painted in the kit's secondary colour; editing the kit restyles it.
  const ribbon = { x: 150, y: 416 };
  await expect.poll(() => editor.colourAt(ribbon)).toEqual([0xf2, 0xc1, 0x4e]);
  await editor.tab('Brand kit').click();
  const kitPanel = editor.panel('Brand kit');
  await kitPanel.getByLabel('Kit colour secondary', { exact: true }).fill('#c0392b');
  await kitPanel.getByLabel('Kit colour secondary', { exact: true }).press('Enter');
  await expect.poll(() => editor.colourAt(ribbon)).toEqual([0xc0, 0x39, 0x2b]);
  // A new kit, chosen for the template; then back to Northwind, and undo that choice.
  await kitPanel.getByLabel('Kit name').fill('Acme');
  await kitPanel.getByRole('button', { name: 'Create brand kit' }).click();
  await expect(kitPanel.getByRole('combobox', { name: 'Brand kit', exact: true })).toHaveValue(/.+/);
  await expect.poll(() => editor.colourAt(ribbon)).toEqual([0xf2, 0xc1, 0x4e]);
  await kitPanel.getByRole('combobox', { name: 'Brand kit', exact: true }).selectOption({ label: 'Northwind' });
  await expect.poll(() => editor.colourAt(ribbon)).toEqual([0xc0, 0x39, 0x2b]);
  await editor.button('Undo').click();
  await expect.poll(() => editor.colourAt(ribbon)).toEqual([0xf2, 0xc1, 0x4e]);
  await editor.button('Redo').click();
  await expect.poll(() => editor.colourAt(ribbon)).toEqual([0xc0, 0x39, 0x2b]);
  // A logo added to the kit; images can then show it as a brand logo.
  await expect(kitPanel.getByRole('img', { name: 'Brand logo 1' })).toBeVisible();
  const [logoFile] = await Promise.all([page.waitForEvent('filechooser'), kitPanel.getByRole('button', { name: 'Add logo…' }).click()]);
  await logoFile.setFiles({ name: 'mark.png', mimeType: 'image/png', buffer: solidPng(32, 32) });
  await expect(kitPanel.getByRole('img', { name: 'Brand logo 2' })).toBeVisible();
  await editor.tab('Properties').click();

  // Stacking order from the Properties panel.
  const arrange = editor.panel('Properties');
  await editor.click('star-left');
  await arrange.getByRole('button', { name: 'Send to back' }).click();
  await expect.poll(async () => (await ids())[0]).toBe('star-left');
  await arrange.getByRole('button', { name: 'Bring forward' }).click();
  await expect.poll(async () => (await ids())[1]).toBe('star-left');

  // Group two stars: a click on one then selects both; ungroup.
  await editor.click('star-left');
  await editor.click('star-right', { shift: true });
  await page.keyboard.press('Control+g');
  await expect.poll(async () => new Set([(await editor.element('star-left')).groupId, (await editor.element('star-right')).groupId]).size).toBe(1);
  expect((await editor.element('star-left')).groupId).toBeTruthy();
  await page.keyboard.press('Escape');
  await editor.click('star-left');
  expect(await editor.selection()).toEqual(['star-left', 'star-right']);
  // Duplicate copies the group, offset, as a new group.
  await page.keyboard.press('Control+d');
  await expect.poll(async () => (await editor.document()).elements.length).toBe(9 + 2);
  const copies = (await editor.document()).elements.slice(-2);
  expect(copies.map((e) => [e.x, e.y])).toEqual([
    [214 + 20, 462 + 20],
    [352 + 20, 462 + 20],
  ]);
  expect(copies[0]!.groupId).toBe(copies[1]!.groupId);
  expect(copies[0]!.groupId).not.toBe((await editor.element('star-left')).groupId);
  await page.keyboard.press('Control+z');
  await editor.click('star-left');
  await page.keyboard.press('Control+Shift+g');
  await expect.poll(async () => (await editor.element('star-left')).groupId).toBeUndefined();

  // Copy a star, paste it into the certificate: it lands where it was.
  await editor.click('star-centre');
  await page.keyboard.press('Control+c');
  await editor.button('← Library').click();
  await editor.open('Data Analytics Certificate');
  const before = new Set(await ids());
  await page.keyboard.press('Control+v');
  await expect.poll(async () => (await ids()).length).toBe(before.size + 1);
  const pasted = (await editor.document()).elements.find((e) => !before.has(e.id))!;
  expect(pasted).toMatchObject({ type: 'star', x: 283, y: 456, width: 34, height: 34, fill: 'brand:secondary' });
  expect(await editor.selection()).toEqual([pasted.id]);

  // Page settings, with nothing selected.
  await page.keyboard.press('Escape');
  const props = editor.panel('Properties');
  await props.getByLabel('Paper').selectOption('Letter');
  await expect.poll(async () => (await editor.document()).page).toMatchObject({ width: 792, height: 612 });
  await props.getByLabel('Orientation').selectOption('portrait');
  await expect.poll(async () => (await editor.document()).page).toMatchObject({ width: 612, height: 792 });
  await props.getByLabel('Template kind').selectOption('badge');
  await expect.poll(async () => (await editor.document()).page).toMatchObject({ width: 600, height: 600, shape: 'circle' });
  await props.getByLabel('Badge shape').selectOption('shield');
  await expect.poll(async () => (await editor.document())).toMatchObject({ templateKind: 'badge', page: { shape: 'shield' } });

  // An image keeps its picture's proportions; a file that is no image is refused, with the reason.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), editor.button('Add image').click()]);
  await chooser.setFiles({ name: 'wide.png', mimeType: 'image/png', buffer: solidPng(40, 20) });
  await expect.poll(async () => (await editor.document()).elements.find((e) => e.type === 'image' && e.id !== 'logo')).toBeTruthy();
  const image = (await editor.document()).elements.find((e) => e.type === 'image' && e.id !== 'logo')!;
  expect(image.width / image.height).toBeCloseTo(2, 2);
  expect(image).toMatchObject({ asset: expect.stringMatching(/^[0-9a-f]{64}$/) });
  const [again] = await Promise.all([page.waitForEvent('filechooser'), editor.button('Add image').click()]);
  await again.setFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
  await expect(page.getByRole('alert')).toContainText('“notes.png” was not added');

  // A custom field, declared on the template, then inserted from the list.
  await page.keyboard.press('Escape');
  await props.getByLabel('New custom field').fill('cohort');
  await props.getByRole('button', { name: 'Add field' }).click();
  await expect.poll(async () => (await editor.document()).customFields).toEqual(['cohort']);
  await editor.insertField('cohort');
  await expect.poll(async () => (await editor.document()).elements.some((e) => e.type === 'text' && e.text === '{{custom.cohort}}')).toBe(true);

  // A dashed line.
  const line = await editor.add('Add line');
  await props.getByLabel('Dash').selectOption('dashed');
  await expect.poll(async () => (await editor.element(line)) as { dash?: number[] }).toMatchObject({ dash: [16, 8] });
});

/** A small opaque PNG of the given size. */
function solidPng(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  png.data.fill(200);
  return PNG.sync.write(png);
}

test('the canvas breaks text into the same lines as the export', async ({ page, studio }) => {
  const editor = new TemplateEditorPage(page);
  await page.goto(studio.url);
  for (const name of ['Data Analytics Certificate', 'Data Analytics Badge']) {
    await page.goto(studio.url);
    await editor.open(name);
    for (const preview of [false, true]) {
      if (preview) await editor.button('Preview').click();
      const body = await editor.document();
      const [brandKit, issuer] = await page.evaluate(() => [window.__laurelTemplate!.brandKit(), window.__laurelTemplate!.issuer()] as const);
      // The export's layout, in Node, with fontkit's shaping of the same font files.
      const exported = layoutTemplate(body, { fonts: bundledFonts(), brandKit, issuer, ...(preview ? {} : { samples: {} }), data: undefined });
      const texts = body.elements.filter((e) => e.type === 'text' && !e.hidden);
      expect(texts.length).toBeGreaterThanOrEqual(2);
      for (const el of texts) {
        const item = exported.items.find((i) => i.elementId === el.id && i.kind === 'text');
        const lines = item?.kind === 'text' ? item.lines.map((l) => l.text) : [];
        await expect.poll(() => editor.lines(el.id), { message: `${name}: ${el.id}` }).toEqual(lines);
      }
    }
  }
});
