import { useEffect } from 'react';
import type { BrandKitBody } from '../../../shared/template/brandKit';
import { api, unwrap } from '../../api/client';
import { attempt } from '../../app/Notices';
import { useEditor, type TemplateEditorStore } from '../store/TemplateEditorStore';

/**
 * Loads what the template takes from the workspace: the brand kit it names (its colours and fonts restyle
 * the template) and the issuer (the `{{issuer.name}}` sample and the `issuer:logo` image).
 */
export function useWorkspaceLook(store: TemplateEditorStore): void {
  const kitId = useEditor(store, (s) => (s.preview?.document ?? s.template).brandKitId);
  useEffect(() => {
    let live = true;
    if (!kitId) store.setBrandKit(undefined);
    else
      void attempt(async () => {
        const design = unwrap(await api.getDesign({ id: kitId }));
        if (live) store.setBrandKit(design.body as unknown as BrandKitBody);
      });
    return () => {
      live = false;
    };
  }, [store, kitId]);

  useEffect(() => {
    let live = true;
    void attempt(async () => {
      const issuer = unwrap(await api.listDesigns({})).designs.find((d) => d.kind === 'issuer');
      if (!issuer) return;
      const body = unwrap(await api.getDesign({ id: issuer.id })).body as { name?: string; logoAsset?: string };
      if (live) store.setIssuer({ name: body.name, logoAsset: body.logoAsset });
    });
    return () => {
      live = false;
    };
  }, [store]);
}
