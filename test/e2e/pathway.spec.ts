import type {} from '../../renderer/pathway/testApi';
import { test, expect } from './studio';
import { PathwayEditorPage } from './pathwayEditor';

const KINDS = ['unit', 'assessment', 'evidence', 'skill', 'badge', 'certificate', 'program'] as const;
const PALETTE = ['Add learning unit', 'Add assessment', 'Add evidence', 'Add skill', 'Add badge', 'Add certificate', 'Add program'];

test('a new user builds a pathway up the stack, sets a rule, simulates, undoes, reloads and restores', async ({ page, studio }) => {
  const editor = new PathwayEditorPage(page);
  // Autosave's calls and their answers: after its first save it sends only what changed (useAutosave.tsx).
  const saves: string[] = [];
  page.on('response', async (response) => {
    const method = response.url().match(/\/api\/(saveDesign(?:Changes)?)$/)?.[1];
    if (!method) return;
    const result = (await response.json().catch(() => undefined)) as { ok: boolean; error?: { code: string } } | undefined;
    saves.push(`${method} ${result?.ok ? 'ok' : result?.error?.code}`);
  });
  await page.goto(studio.url);
  await page.getByRole('button', { name: 'New pathway' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Cloud Foundations');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { name: 'Cloud Foundations' })).toBeVisible();

  // One node of each kind from the palette, laid out by tier.
  for (const label of PALETTE) await editor.add(label);
  await expect(editor.nodes).toHaveCount(7);
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await expect.poll(async () => new Set((await editor.pathway()).nodes.map((n) => n.position?.x)).size).toBe(7);
  const ids = (await editor.pathway()).nodes.map((n) => n.id);
  expect(ids).toEqual(KINDS.map((k, i) => `${k}-${i + 1}`));

  // The Problems panel sees the orphans before anything is connected.
  await editor.tab('Problems').click();
  await expect(editor.panel('Problems')).toContainText('not connected');

  // Connect up the stack.
  for (let i = 0; i + 1 < ids.length; i++) await editor.connect(ids[i]!, ids[i + 1]!);
  await expect(editor.edges).toHaveCount(6);
  await expect(editor.panel('Problems')).not.toContainText('not connected');

  // Going down the stack is refused, with the reason.
  await editor.connect('badge-5', 'skill-4');
  await expect(page.getByRole('alert')).toContainText('goes down the stack');
  await expect(editor.edges).toHaveCount(6);

  // A rule that cannot hold shows up as an error; fixing it clears the error.
  await editor.select('certificate-6');
  await editor.tab('Properties').click();
  await editor.panel('Properties').getByRole('combobox', { name: 'Rule' }).selectOption('atLeast');
  await editor.panel('Properties').getByLabel('Count').fill('2');
  await editor.panel('Properties').getByLabel('Count').press('Enter');
  await editor.tab('Problems').click();
  await expect(editor.panel('Problems')).toContainText(/at least 2/i);
  await expect(editor.node('certificate-6')).toContainText('2 of 1');
  await page.keyboard.press('Control+z');
  await expect(editor.panel('Problems')).not.toContainText(/at least 2/i);
  await page.keyboard.press('Control+Shift+z');
  await expect(editor.panel('Problems')).toContainText(/at least 2/i);
  await page.keyboard.press('Control+z');

  // Simulate a learner up to the certificate and the program.
  await page.getByRole('button', { name: 'Simulate learner' }).click();
  const simulation = editor.panel('Simulation');
  await expect(simulation.getByRole('list', { name: 'Credential states' })).toContainText('New certificate');
  await expect(editor.node('certificate-6')).toHaveClass(/state-locked/);
  await simulation.getByRole('checkbox', { name: /New evidence/ }).check();
  await expect(editor.node('skill-4')).toHaveClass(/state-earned/);
  await expect(editor.node('certificate-6')).toHaveClass(/state-earned/);
  await expect(editor.node('program-7')).toHaveClass(/state-earned/);
  await page.getByRole('button', { name: 'Stop simulation' }).click();

  // Delete, then undo and redo it, from the keyboard and the toolbar.
  await editor.select('program-7');
  await page.keyboard.press('Delete');
  await expect(editor.nodes).toHaveCount(6);
  await expect(editor.edges).toHaveCount(5);
  await page.keyboard.press('Control+z');
  await expect(editor.nodes).toHaveCount(7);
  await expect(editor.edges).toHaveCount(6);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(editor.nodes).toHaveCount(6);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor.nodes).toHaveCount(7);

  // Everything is saved: a reload finds it.
  await editor.saved();
  await page.reload();
  await expect(editor.nodes).toHaveCount(7);
  await expect(editor.edges).toHaveCount(6);

  // The history lists revisions; restoring the first (empty) one is itself a new revision.
  await editor.tab('History').click();
  const history = editor.panel('History');
  await expect(history.getByRole('listitem')).not.toHaveCount(1);
  await history.getByRole('button', { name: 'Preview revision 1', exact: true }).click();
  await expect(page.getByText('Previewing revision 1 (read-only).')).toBeVisible();
  await expect(editor.nodes).toHaveCount(0);
  await page.getByRole('button', { name: 'Close preview' }).click();
  await expect(editor.nodes).toHaveCount(7);
  await history.getByRole('button', { name: 'Restore revision 1', exact: true }).click();
  await expect(editor.nodes).toHaveCount(0);
  await expect(history.getByText('Restored revision 1')).toBeVisible();
  expect(saves).toContain('saveDesignChanges ok');
  expect(saves.filter((s) => !s.endsWith(' ok'))).toEqual([]);

  // An edit after the restore: changes against the revision before it would be refused (or cannot be
  // said, a member having gone), so the whole pathway is saved.
  const savesBefore = saves.length;
  await editor.add('Add skill');
  await editor.saved();
  await expect.poll(() => saves.slice(savesBefore).at(-1)).toBe('saveDesign ok');
  expect(saves.slice(savesBefore)).not.toContain('saveDesignChanges ok');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Cloud Foundations' })).toBeVisible();
  await expect(editor.nodes).toHaveCount(1);
});

test('the example pathway: no errors, a learner earns the certificate, and a node can be dragged from the palette', async ({ page, studio }) => {
  const editor = new PathwayEditorPage(page);
  await page.goto(studio.url);
  await page.getByRole('region', { name: 'Pathways' }).getByRole('button', { name: 'Open Data Analytics Professional Certificate' }).click();
  await expect(editor.nodes).toHaveCount(23);
  await expect(editor.node('certificate-data-analytics')).toContainText('3 of 4 · SQL Basics required');
  await expect(editor.tab('Problems')).toHaveText('Problems (0)');

  await page.getByRole('button', { name: 'Simulate learner' }).click();
  const simulation = editor.panel('Simulation');
  for (const title of ['Querying with SQL', 'Joins and Aggregation', 'SQL Quiz', 'Budget Model Task', 'Chart Critique']) {
    await simulation.getByRole('checkbox', { name: new RegExp(title) }).check();
  }
  await expect(editor.node('badge-sql')).toHaveClass(/state-earned/);
  await expect(editor.node('certificate-data-analytics')).toHaveClass(/state-in-progress/);
  await expect(simulation.getByRole('list', { name: 'Credential states' })).toContainText('Needs 1 more of');
  await simulation.getByRole('checkbox', { name: /Dashboard Screenshot/ }).check();
  await expect(editor.node('certificate-data-analytics')).toHaveClass(/state-earned/);
  await page.getByRole('button', { name: 'Stop simulation' }).click();

  const canvas = page.locator('.react-flow__pane');
  await page.getByRole('button', { name: 'Add badge', exact: true }).dragTo(canvas, { targetPosition: { x: 200, y: 120 } });
  await expect(editor.nodes).toHaveCount(24);
  await expect(editor.tab('Problems')).toContainText(/Problems \(\d+\)/);
  await editor.tab('Problems').click();
  await expect(editor.panel('Problems')).toContainText('New badge');
  await editor.panel('Problems').getByRole('button').filter({ hasText: 'New badge' }).first().click();
  expect(await page.evaluate(() => window.__laurelPathway!.selection())).toEqual(['badge-24']);
});
