import fs from 'node:fs';
import { test, expect } from './studio';
import { verifyCredentialBytes } from '../../electron/credentials/verify/verifyCredential';

// The credential journey a program manager makes: define a badge's OB 3.0 metadata, give the issuer a key,
// issue a specimen, see it verified in the studio, download it and check it with Laurel's verifier core.
test('defines a badge, makes the issuer key, issues, verifies and downloads a specimen', async ({ page, studio }) => {
  await page.goto(studio.url);
  await page.getByRole('region', { name: 'Credentials' }).getByRole('button', { name: 'Credential details SQL Basics' }).click();
  await expect(page).toHaveURL(/#\/credential\/pathway-data-analytics\/badge-sql$/);
  const definition = page.getByRole('region', { name: 'Credential definition' });
  const commit = async (label: string, value: string) => {
    await definition.getByLabel(label, { exact: true }).fill(value);
    await page.keyboard.press('Tab'); // the field commits when the person leaves it
  };
  await commit('Tags', 'sql, databases');
  await commit('Credits available', '2');
  await commit('Field of study', 'Data analytics');
  await commit('Valid for (months)', '24');
  await commit('Evidence requirements', 'A query log from the practice database.');
  await commit('Language', 'en');
  const achievementJson = page.getByLabel('Achievement JSON');
  await expect(achievementJson).toContainText('"creditsAvailable": 2');
  await expect(achievementJson).toContainText('"fieldOfStudy": "Data analytics"');
  await expect(achievementJson).toContainText('"inLanguage": "en"');
  await expect(achievementJson).toContainText('"tag": [');
  await expect(achievementJson).toContainText('A query log from the practice database.');
  await expect(achievementJson).toContainText('"targetFramework": "ESCO"');

  // Without a key, issuing says where to make one.
  await page.getByRole('button', { name: 'Issue specimen' }).click();
  await expect(page.getByRole('alert')).toContainText('no key');
  await page.getByRole('button', { name: 'Open the issuer page' }).click();

  await expect(page.getByRole('heading', { name: 'Issuer' })).toBeVisible();
  await expect(page.getByText('The issuer has no signing key yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Generate key' }).click();
  await expect(page.getByLabel('Issuer DID')).toHaveText(/^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$/);
  await expect(page.getByText('The signing key is on this computer.')).toBeVisible();
  const did = await page.getByLabel('Issuer DID').textContent();

  await page.goBack();
  await expect(page).toHaveURL(/#\/credential\//);
  await page.getByLabel('Recipient name').fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Issue specimen' }).click();
  const report = page.getByRole('region', { name: 'Verification report' });
  await expect(report.getByRole('heading', { name: 'Verified', exact: true })).toBeVisible();
  for (const check of ['proof', 'issuer', 'schema', 'jsonld', 'validity']) await expect(report.locator(`[data-check="${check}"]`)).toHaveClass(/check-ok/);
  await expect(report.locator('[data-check="proof"]')).toContainText('eddsa-rdfc-2022');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('sql-basics-specimen.credential.json');
  const file = await download.path();
  const credential = JSON.parse(fs.readFileSync(file, 'utf8')) as { issuer: { id: string }; validUntil?: string; proof: { cryptosuite: string } };
  expect(credential.issuer.id).toBe(did);
  expect(credential.proof.cryptosuite).toBe('eddsa-rdfc-2022');
  expect(credential.validUntil).toBeDefined();
  expect((await verifyCredentialBytes(fs.readFileSync(file))).outcome).toBe('verified');

  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const baked = await verifyCredentialBytes(fs.readFileSync(await png.path()));
  expect(baked.source).toBe('png');
  expect(baked.outcome).toBe('verified');
});
