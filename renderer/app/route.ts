import { useSyncExternalStore } from 'react';

/** Where the studio is, kept in the URL's hash so a reload returns to the same design. */
export type Route =
  | { screen: 'library' }
  | { screen: 'pathway'; id: string; nodeId?: string }
  | { screen: 'template'; id: string }
  | { screen: 'credential'; id: string; nodeId: string }
  | { screen: 'issuer' }
  | { screen: 'network' }
  | { screen: 'publications'; pathwayId?: string };

export function parseRoute(hash: string): Route {
  const [screen, id, nodeId] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (screen === 'pathway' && id) return nodeId ? { screen, id, nodeId } : { screen, id };
  if (screen === 'template' && id) return { screen, id };
  if (screen === 'credential' && id && nodeId) return { screen, id, nodeId };
  if (screen === 'issuer') return { screen };
  if (screen === 'settings' && id === 'network') return { screen: 'network' };
  if (screen === 'publications') return id ? { screen, pathwayId: id } : { screen };
  return { screen: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/';
    case 'pathway':
      return `#/pathway/${encodeURIComponent(route.id)}${route.nodeId ? `/${encodeURIComponent(route.nodeId)}` : ''}`;
    case 'template':
      return `#/template/${encodeURIComponent(route.id)}`;
    case 'credential':
      return `#/credential/${encodeURIComponent(route.id)}/${encodeURIComponent(route.nodeId)}`;
    case 'issuer':
      return '#/issuer';
    case 'network':
      return '#/settings/network';
    case 'publications':
      return `#/publications${route.pathwayId ? `/${encodeURIComponent(route.pathwayId)}` : ''}`;
  }
}

export function navigate(route: Route): void {
  location.hash = routeHash(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return parseRoute(hash);
}
