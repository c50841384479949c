import { useEffect } from 'react';
import { attempt } from '../../app/Notices';
import { useEditor, type TemplateEditorStore } from '../store/TemplateEditorStore';
import { loadBrandKit } from './workspaceLoaders';

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
