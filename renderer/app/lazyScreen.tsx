import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A screen in a chunk of its own, loaded on first use. Not React.lazy under Suspense: React 19 keeps a
 * Suspense fallback up for at least 300 ms once it has shown it (its FALLBACK_THROTTLE_MS), and opening
 * an editor spent most of its time waiting out that throttle, idle, after its chunk had arrived.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const ensure = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined; // the next visit tries again
        throw error;
      },
    ));

  function LazyScreen({ fallback, ...props }: P & { fallback: ReactNode }) {
    const [, setReady] = useState(loaded !== undefined);
    const [failed, setFailed] = useState<string>();
    useEffect(() => {
      if (loaded) return;
      let live = true;
      ensure().then(
        () => live && setReady(true),
        (error: Error) => live && setFailed(error.message),
      );
      return () => {
        live = false;
      };
    }, []);
    if (failed) {
      return (
        <main className="editor-loading" role="alert">
          This screen could not be loaded ({failed}). Reload the window to try again.
        </main>
      );
    }
    if (!loaded) return <>{fallback}</>;
    const Screen = loaded;
    return <Screen {...(props as P)} />;
  }
  /**
   * Starts loading the chunk now. Rendering starts it only in an effect, after the first commit and paint:
   * called from a render instead, the chunk arrives and compiles while the screen's data is on its way.
   */
  LazyScreen.preload = () => void ensure().catch(() => {});
  return LazyScreen;
}
