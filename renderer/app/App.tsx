import { useEffect } from 'react';
import { LibraryScreen } from '../library/LibraryScreen';
import { CredentialScreen } from '../credentials/CredentialScreen';
import { IssuerScreen } from '../credentials/IssuerScreen';
import { NetworkSettingsScreen } from '../publish/NetworkSettingsScreen';
import { PublicationsScreen } from '../publish/PublicationsScreen';
import { prefetchTemplate } from '../template/openTemplate';
import { lazyScreen } from './lazyScreen';
import { useRoute } from './route';
import { Notices } from './Notices';

// Each editor is its own chunk, so the library opens without loading React Flow.
const PathwayEditor = lazyScreen(() => import('../pathway/PathwayEditor').then((m) => m.PathwayEditor));
const TemplateEditor = lazyScreen(() => import('../template/TemplateEditor').then((m) => m.TemplateEditor));

export function App() {
  const route = useRoute();
  // The editor's chunk, and for a template its design, fonts and kit (once per id; see openTemplate.ts),
  // start loading together, before anything is drawn.
  if (route.screen === 'template') {
    TemplateEditor.preload();
    prefetchTemplate(route.id);
  } else if (route.screen === 'pathway') PathwayEditor.preload();

  useEffect(() => {
    const toggle = () => document.documentElement.classList.toggle('dark');
    const off = window.laurelShell?.onEvent('toggle-dark-mode', toggle);
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'd') toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      off?.();
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  return (
    <>
      {route.screen === 'library' ? (
        <LibraryScreen />
      ) : route.screen === 'credential' ? (
        <CredentialScreen key={`${route.id}/${route.nodeId}`} pathwayId={route.id} nodeId={route.nodeId} />
      ) : route.screen === 'issuer' ? (
        <IssuerScreen />
      ) : route.screen === 'network' ? (
        <NetworkSettingsScreen />
      ) : route.screen === 'publications' ? (
        <PublicationsScreen key={route.pathwayId ?? ''} pathwayId={route.pathwayId} />
      ) : route.screen === 'pathway' ? (
        <PathwayEditor key={route.id} id={route.id} focusNodeId={route.nodeId} fallback={<main className="editor-loading">Opening pathway…</main>} />
      ) : (
        <TemplateEditor key={route.id} id={route.id} fallback={<main className="editor-loading">Opening template…</main>} />
      )}
      <Notices />
    </>
  );
}
