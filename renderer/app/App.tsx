import { useEffect } from 'react';
import { LibraryScreen } from '../library/LibraryScreen';
import { DesignPlaceholder } from '../editors/DesignPlaceholder';
import { PathwayEditor } from '../pathway/PathwayEditor';
import { useRoute } from './route';
import { Notices } from './Notices';

export function App() {
  const route = useRoute();

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
      ) : route.screen === 'pathway' ? (
        <PathwayEditor key={route.id} id={route.id} focusNodeId={route.nodeId} />
      ) : (
        <DesignPlaceholder id={route.id} kind={route.screen} />
      )}
      <Notices />
    </>
  );
}
