import type { Locator, Page } from '@playwright/test';
import type { KeyType, NetworkName } from '../../../shared/publish/network';
import { expect } from '../studio';

export interface NetworkForm {
  network: NetworkName;
  /** Endpoints, for `local` (prefilled with the local node's defaults) and `custom` (required). */
  consensus?: string;
  nodeAccount?: string;
  mirror?: string;
  operatorAccount?: string;
  keyType?: KeyType;
  /** The operator's private key; left out, the stored key is kept. */
  key?: string;
}

const KEY_TYPE_LABEL: Record<KeyType, string> = { ED25519: 'ED25519', ECDSA_SECP256K1: 'ECDSA secp256k1' };

/**
 * A page object for publishing to Hedera: the "Hedera network" settings, the pathway editor's "Publish"
 * dialog and the "Publications" view, by role, label and test id, as a person uses them.
 */
export class PublishPage {
  constructor(readonly page: Page) {}

  /** Goes to a route of the app by its hash, keeping the host's token in the query. */
  async go(hash: string) {
    await this.page.evaluate((h) => (location.hash = h), hash);
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Publish to Hedera' });
  }
  /** The error the network form shows: the API's message, verbatim. */
  get networkError(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }
  field(label: 'Network' | 'Consensus node' | 'Node account' | 'Mirror node URL' | 'Operator account' | 'Operator key'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async openNetworkSettings() {
    await this.go('#/settings/network');
    await expect(this.page.getByRole('heading', { name: 'Hedera network', level: 1 })).toBeVisible();
    await expect(this.field('Network')).toBeVisible();
  }

  /** Fills the network form without saving (for checking what it refuses). */
  async fillNetwork(form: NetworkForm) {
    await this.openNetworkSettings();
    await this.field('Network').selectOption(form.network);
    if (form.consensus !== undefined) await this.field('Consensus node').fill(form.consensus);
    if (form.nodeAccount !== undefined) await this.field('Node account').fill(form.nodeAccount);
    if (form.mirror !== undefined) await this.field('Mirror node URL').fill(form.mirror);
    if (form.operatorAccount !== undefined) await this.field('Operator account').fill(form.operatorAccount);
    if (form.keyType) await this.page.getByRole('radiogroup', { name: 'Key type' }).getByLabel(KEY_TYPE_LABEL[form.keyType], { exact: true }).check();
    if (form.key !== undefined) await this.field('Operator key').fill(form.key);
  }

  async saveNetwork() {
    await this.page.getByRole('button', { name: 'Save network', exact: true }).click();
  }

  /** Fills and saves the network settings, and waits until the app says they are saved. */
  async configureNetwork(form: NetworkForm) {
    await this.fillNetwork(form);
    await this.saveNetwork();
    await expect(this.page.getByText(/^Hedera network saved/)).toBeVisible();
    await expect(this.field('Operator key')).toHaveValue('');
  }

  /** From the pathway editor: opens "Publish to Hedera" and waits for its plan (or its error). */
  async openPublishDialog(): Promise<Locator> {
    await this.page.getByRole('toolbar', { name: 'Pathway tools' }).getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.getByText('Working out what publishing will send…')).toBeHidden();
    return this.dialog;
  }

  /** Presses "Publish now" and waits for the dialog to close and the notice to say publishing started. */
  async publishNow() {
    await this.dialog.getByRole('button', { name: 'Publish now', exact: true }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.page.getByRole('link', { name: 'See publications' })).toBeVisible();
  }

  async openPublications(pathwayId?: string) {
    await this.go(pathwayId ? `#/publications/${encodeURIComponent(pathwayId)}` : '#/publications');
    await expect(this.page.getByRole('heading', { name: 'Publications', level: 1 })).toBeVisible();
  }

  publicationRows(): Locator {
    return this.page.getByTestId('publication-row');
  }
  /** The row of a version of the design (the list is newest first, so versions are safer than indexes). */
  publicationRow(version: number): Locator {
    // Column 1 is the design (a row header), column 2 the version.
    return this.publicationRows().filter({ has: this.page.locator('td:nth-child(2)', { hasText: new RegExp(`^${version}$`) }) });
  }
  publicationState(row: number | Locator): Locator {
    return this.rowOf(row).getByTestId('publication-state');
  }
  private rowOf(row: number | Locator): Locator {
    return typeof row === 'number' ? this.publicationRows().nth(row) : row;
  }

  /** Presses the row's "Verify" (a row index, or a row locator) and returns what it reports once it answers. */
  async verify(rowOrIndex: number | Locator): Promise<Locator> {
    const row = this.rowOf(rowOrIndex);
    await row.getByRole('button', { name: 'Verify', exact: true }).click();
    const result = row.locator('.publication-verification, [role="alert"]');
    await expect(result).toBeVisible();
    return result;
  }
}
