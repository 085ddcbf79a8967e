// Hash routes of the options page: #/orders, #/orders/new, #/orders/<id>[/record/<stageId>], #/suppliers[/<id>],
// #/templates[/<id>], #/settings, #/backup. Hash routes survive reloads and need no server.
import { signal } from '@preact/signals';

export type Route =
  | { page: 'orders'; newOrder?: boolean }
  /** `recordStageId`: make that stage's photo record on arrival (the mail panel's "Photo record"). */
  | { page: 'order'; id: string; recordStageId?: string }
  | { page: 'suppliers'; id?: string }
  | { page: 'templates'; id?: string }
  | { page: 'settings' }
  | { page: 'backup' };

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  const [page, id, sub, subId] = parts;
  switch (page) {
    case 'orders':
      if (id === 'new') return { page: 'orders', newOrder: true };
      if (id && sub === 'record' && subId) return { page: 'order', id, recordStageId: subId };
      return id ? { page: 'order', id } : { page: 'orders' };
    case 'suppliers':
      return id ? { page: 'suppliers', id } : { page: 'suppliers' };
    case 'templates':
      return id ? { page: 'templates', id } : { page: 'templates' };
    case 'settings':
      return { page: 'settings' };
    case 'backup':
      return { page: 'backup' };
    default:
      return { page: 'orders' };
  }
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'orders':
      return route.newOrder ? '#/orders/new' : '#/orders';
    case 'order':
      return `#/orders/${encodeURIComponent(route.id)}${
        route.recordStageId ? `/record/${encodeURIComponent(route.recordStageId)}` : ''
      }`;
    case 'suppliers':
    case 'templates':
      return route.id ? `#/${route.page}/${encodeURIComponent(route.id)}` : `#/${route.page}`;
    default:
      return `#/${route.page}`;
  }
}

export const route = signal<Route>({ page: 'orders' });

export function navigate(to: Route): void {
  const hash = routeHref(to);
  if (location.hash === hash) route.value = to;
  else location.hash = hash;
}

/** Follow the address bar; returns the unsubscribe. */
export function startRouter(onChange?: () => void): () => void {
  route.value = parseRoute(location.hash);
  const listener = () => {
    route.value = parseRoute(location.hash);
    onChange?.();
  };
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}
