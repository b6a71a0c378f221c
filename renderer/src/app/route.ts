// The open document lives in the address bar (#/doc/12) so a reload returns to it.

import { useEffect, useState } from 'react';

export type Route = { page: 'documents' } | { page: 'document'; documentId: number };

export function parseRoute(hash: string): Route {
  const match = /^#\/doc\/(\d+)$/.exec(hash);
  return match ? { page: 'document', documentId: Number(match[1]) } : { page: 'documents' };
}

export function routeHash(route: Route): string {
  return route.page === 'document' ? `#/doc/${route.documentId}` : '#/';
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return [route, (next) => (window.location.hash = routeHash(next))];
}
