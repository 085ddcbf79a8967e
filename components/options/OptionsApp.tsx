// The buyer's desk: a left navigation and one page per hash route.
import { useEffect } from 'preact/hooks';
import { followUiLanguage } from '@/components/desk/page-language';
import { AlertRegion } from './AlertRegion';
import { clearSuccess } from './alerts';
import { BackupPage } from './BackupPage';
import { loadAll, loadError, loadState, reloadOnChanges, reloadWhenShown } from './data';
import { OrderPage } from './OrderPage';
import { OrdersPage } from './OrdersPage';
import { type Route, route, startRouter } from './router';
import { SettingsPage } from './SettingsPage';
import { SuppliersPage } from './SuppliersPage';
import { TeamNote } from './TeamNote';
import { TemplatesPage } from './TemplatesPage';
import { text } from './text';

const NAV: { page: Exclude<Route['page'], 'order'>; href: string }[] = [
  { page: 'orders', href: '#/orders' },
  { page: 'suppliers', href: '#/suppliers' },
  { page: 'templates', href: '#/templates' },
  { page: 'settings', href: '#/settings' },
  { page: 'backup', href: '#/backup' },
];

function CurrentPage({ r }: { r: Route }) {
  switch (r.page) {
    case 'orders':
      return <OrdersPage newOrder={r.newOrder} />;
    case 'order':
      return <OrderPage key={r.id} id={r.id} recordStageId={r.recordStageId} />;
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
    const stopLanguage = followUiLanguage(() => text().pageTitle);
    let was = route.peek().page;
    const stopRouter = startRouter(() => {
      const now = route.peek().page;
      const samePage = now === was;
      was = now;
      // #/orders ↔ #/orders/new only opens or closes the new-order dialog: the dialog takes focus and
      // gives it back to the button that opened it.
      if (samePage && now === 'orders') return;
      clearSuccess();
      // Keyboard and screen-reader users land on the new page's title, not on the old link. Just after
      // the new page's first frame: focusing before it forced that frame's whole layout in the focus call
      // (a third of the time to open an order, in the orders-desk profile).
      requestAnimationFrame(() => setTimeout(() => document.getElementById('page-title')?.focus()));
    });
    const stopReload = reloadWhenShown();
    const stopChanges = reloadOnChanges();
    return () => {
      stopRouter();
      stopReload();
      stopChanges();
      stopLanguage();
    };
  }, []);
  const r = route.value;
  const active = r.page === 'order' ? 'orders' : r.page;
  const t = text().nav;
  return (
    <div class="desk">
      <a class="skip-link" href="#main">
        {t.skip}
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
                {t[n.page]}
              </a>
            </li>
          ))}
        </ul>
        <a class="nav-check" href="check.html" target="_blank" rel="noopener">
          {t.check}
        </a>
        <TeamNote offText={t.note} />
      </nav>
      <main class="desk-main" id="main">
        <AlertRegion />
        {loadState.value === 'loading' && <p class="muted loading">{text().common.loading}</p>}
        {loadState.value === 'failed' && (
          <div class="notice notice-error" role="alert">
            <strong>{t.cannotOpen}</strong> {loadError.value}
          </div>
        )}
        {loadState.value === 'ready' && <CurrentPage r={r} />}
      </main>
    </div>
  );
}
