import { useEffect } from 'react';
import type { IssuerLook } from '../../../shared/template/assetRefs';
import type { BrandKitBody } from '../../../shared/template/brandKit';
import { api, unwrap } from '../../api/client';
import { attempt } from '../../app/Notices';
import { useEditor, type TemplateEditorStore } from '../store/TemplateEditorStore';

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

export async function loadIssuer(): Promise<IssuerLook | undefined> {
  const issuer = unwrap(await api.listDesigns({})).designs.find((d) => d.kind === 'issuer');
  if (!issuer) return undefined;
  const body = unwrap(await api.getDesign({ id: issuer.id })).body as { name?: string; logoAsset?: string };
  return { name: body.name, logoAsset: body.logoAsset };
}

/** Follows the template's kit as it changes (choosing another kit, undo, a revision shown). */
export function useBrandKit(store: TemplateEditorStore): void {
  const kitId = useEditor(store, (s) => (s.preview?.document ?? s.template).brandKitId);
  useEffect(() => {
    let live = true;
    if (!kitId) store.setBrandKit(undefined);
    else void attempt(async () => {
      const kit = await loadBrandKit(kitId);
      if (live) store.setBrandKit(kit);
    });
    return () => {
      live = false;
    };
  }, [store, kitId]);
}
