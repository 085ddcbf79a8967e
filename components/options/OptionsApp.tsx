// The buyer's desk: a left navigation and one page per hash route.
import { useEffect } from 'preact/hooks';
import { AlertRegion } from './AlertRegion';
import { clearSuccess } from './alerts';
import { BackupPage } from './BackupPage';
import { loadAll, loadError, loadState, reloadWhenShown } from './data';
import { OrderPage } from './OrderPage';
import { OrdersPage } from './OrdersPage';
import { type Route, route, startRouter } from './router';
import { SettingsPage } from './SettingsPage';
import { SuppliersPage } from './SuppliersPage';
import { TemplatesPage } from './TemplatesPage';

const NAV: { page: Route['page']; label: string; href: string }[] = [
  { page: 'orders', label: 'Orders', href: '#/orders' },
  { page: 'suppliers', label: 'Suppliers', href: '#/suppliers' },
  { page: 'templates', label: 'Shot-list templates', href: '#/templates' },
  { page: 'settings', label: 'Settings', href: '#/settings' },
  { page: 'backup', label: 'Backup and storage', href: '#/backup' },
];

function CurrentPage({ r }: { r: Route }) {
  switch (r.page) {
    case 'orders':
      return <OrdersPage newOrder={r.newOrder} />;
    case 'order':
      return <OrderPage key={r.id} id={r.id} />;
    case 'suppliers':
      return <SuppliersPage id={r.id} />;
    case 'templates':
      return <TemplatesPage id={r.id} />;
    case 'settings':
      return <SettingsPage />;
    case 'backup':
      return <BackupPage />;
  }
}

export function OptionsApp() {
  useEffect(() => {
    void loadAll();
    const stopRouter = startRouter(() => {
      clearSuccess();
      // Keyboard and screen-reader users land on the new page's title, not on the old link.
      requestAnimationFrame(() => document.getElementById('page-title')?.focus());
    });
    const stopReload = reloadWhenShown();
    return () => {
      stopRouter();
      stopReload();
    };
  }, []);
  const r = route.value;
  const active = r.page === 'order' ? 'orders' : r.page;
  return (
    <div class="desk">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <nav class="desk-nav" aria-label="Photo Triage">
        <div class="brand">
          <img src="/icon/32.png" alt="" width={24} height={24} />
          <span>Photo Triage</span>
        </div>
        <ul>
          {NAV.map((n) => (
            <li key={n.page}>
              <a href={n.href} aria-current={active === n.page ? 'page' : undefined}>
                {n.label}
              </a>
            </li>
          ))}
        </ul>
        <a class="nav-check" href="check.html" target="_blank" rel="noopener">
          Check photos ↗
        </a>
        <p class="nav-note">Everything stays in this browser.</p>
      </nav>
      <main class="desk-main" id="main">
        <AlertRegion />
        {loadState.value === 'loading' && <p class="muted loading">Loading…</p>}
        {loadState.value === 'failed' && (
          <div class="notice notice-error" role="alert">
            <strong>Photo Triage could not open its data.</strong> {loadError.value}
          </div>
        )}
        {loadState.value === 'ready' && <CurrentPage r={r} />}
      </main>
    </div>
  );
}
