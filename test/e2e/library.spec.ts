import { test, expect } from './studio';

test.describe('Library', () => {
  test('shows the example workspace grouped by kind', async ({ page, studio }) => {
    await page.goto(studio.url);
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
    await expect(page.getByText('Studio.laurel')).toBeVisible();
    const pathways = page.getByRole('region', { name: 'Pathways' });
    await expect(pathways.getByRole('button', { name: 'Open Data Analytics Professional Certificate' })).toBeVisible();
    const templates = page.getByRole('region', { name: 'Templates' });
    await expect(templates.getByRole('button', { name: /^Open / })).toHaveCount(2);
    await expect(templates.getByRole('button', { name: 'Open Data Analytics Certificate' })).toBeVisible();
    await expect(templates.getByRole('button', { name: 'Open Data Analytics Badge' })).toBeVisible();
    // 4 badges, the certificate and the program, listed from the pathway
    await expect(page.getByRole('region', { name: 'Credentials' }).getByRole('button', { name: /^Open / })).toHaveCount(6);
  });

  test('searches, creates, renames, duplicates, deletes and restores designs', async ({ page, studio }) => {
    await page.goto(studio.url);
    const pathways = page.getByRole('region', { name: 'Pathways' });

    await page.getByRole('button', { name: 'New pathway' }).click();
    await page.getByRole('dialog', { name: 'New pathway' }).getByLabel('Name').fill('Cloud Foundations');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page).toHaveURL(/#\/pathway\//);
    await expect(page.getByRole('heading', { name: 'Cloud Foundations' })).toBeVisible();
    await page.getByRole('button', { name: '← Library' }).click();

    await page.getByRole('button', { name: 'Rename Cloud Foundations' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('');
    await expect(dialog.getByRole('button', { name: 'Rename' })).toBeDisabled();
    await dialog.getByLabel('Name').fill('Cloud Practitioner');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(pathways.getByRole('button', { name: 'Open Cloud Practitioner', exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Duplicate Cloud Practitioner' }).click();
    await expect(pathways.getByRole('button', { name: 'Open Cloud Practitioner (copy)' })).toBeVisible();

    await page.getByLabel('Search designs').fill('cloud');
    await expect(pathways.getByRole('button', { name: /^Open / })).toHaveCount(2);
    await expect(page.getByRole('region', { name: 'Templates' }).getByRole('button', { name: /^Open / })).toHaveCount(0);
    await page.getByLabel('Search designs').fill('');

    await page.getByRole('button', { name: 'Delete Cloud Practitioner (copy)' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(pathways.getByRole('button', { name: 'Open Cloud Practitioner (copy)' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete Cloud Practitioner (copy)' }).click();
    await page.getByRole('button', { name: 'Move to Trash' }).click();
    await expect(pathways.getByRole('button', { name: 'Open Cloud Practitioner (copy)' })).toHaveCount(0);
    await page.getByRole('region', { name: 'Trash' }).getByRole('button', { name: 'Restore Cloud Practitioner (copy)' }).click();
    await expect(pathways.getByRole('button', { name: 'Open Cloud Practitioner (copy)' })).toBeVisible();

    // Everything was saved in the workspace file: a new host process on the same file shows it.
    await studio.restart();
    await page.goto(studio.url);
    await expect(pathways.getByRole('button', { name: 'Open Cloud Practitioner', exact: true })).toBeVisible();
    await expect(pathways.getByRole('button', { name: 'Open Cloud Practitioner (copy)' })).toBeVisible();
  });

  test('refuses requests without the token or from another origin', async ({ request, studio }) => {
    expect((await request.get(studio.origin + '/')).status()).toBe(403);
    expect((await request.post(studio.origin + '/api/listDesigns', { data: {} })).status()).toBe(403);
    const withToken = { 'x-laurel-token': studio.token };
    expect((await request.post(studio.origin + '/api/listDesigns', { data: {}, headers: withToken })).status()).toBe(200);
    expect((await request.post(studio.origin + '/api/listDesigns', { data: {}, headers: { ...withToken, origin: 'http://evil.example' } })).status()).toBe(403);
    expect((await request.post(studio.origin + '/api/listDesigns', { data: {}, headers: { ...withToken, host: 'evil.example' } })).status()).toBe(403);
  });
});
