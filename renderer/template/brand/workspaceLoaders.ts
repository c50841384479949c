import type { IssuerLook } from '../../../shared/template/assetRefs';
import type { BrandKitBody } from '../../../shared/template/brandKit';
import { api, unwrap } from '../../api/client';

/**
 * What a template takes from the workspace: the brand kit it names (its colours and fonts restyle the
 * template) and the issuer (the `{{issuer.name}}` sample and the `issuer:logo` image). Kits are kept by
 * id for the page's life, so switching back to a kit, or saving one, needs no request.
 */
const kits = new Map<string, BrandKitBody>();

export async function loadBrandKit(id: string): Promise<BrandKitBody> {
  const known = kits.get(id);
  if (known) return known;
  const kit = unwrap(await api.getDesign({ id })).body as unknown as BrandKitBody;
  kits.set(id, kit);
  return kit;
}

/** Remembers a kit the editor has just saved. */
export const rememberBrandKit = (id: string, kit: BrandKitBody) => void kits.set(id, kit);

export async function loadIssuer(): Promise<IssuerLook> {
  return unwrap(await api.getIssuerLook({}));
}
