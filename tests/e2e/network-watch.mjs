// The privacy watch: every request any context of a launched browser makes — its pages, the extension's
// pages, the extension's service worker (Playwright routes service-worker network events by default
// since 1.47; PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK must stay unset) and the workers of those
// pages — is recorded, and the runner fails a test if one went anywhere but the mail hosts and the hosts
// that serve their attachments. The README's promise ("no request of its own except to the mail site you
// are on and the hosts that serve its attachments"), checked on every e2e test.
//
// A mail page's own resources are not the extension's requests: a request from a mail page whose URL is
// written in that page's HTML as served (Gmail's image proxy for a remote picture in the message) is
// counted apart, not as a leak. The extension cannot put a URL into the served HTML, so this cannot hide
// one of its requests unless it asks for exactly what the page itself asks for.
//
// What it cannot see: Chromium's own browser-process traffic (component updates, safe browsing), which
// chromium.mjs switches off with --disable-background-networking and friends, and which is not ours.

/** The mail hosts and their attachment hosts: the manifest's host permissions, written out on purpose. */
export const MAIL_HOSTS = [
  'mail.google.com',
  'mail-attachment.googleusercontent.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
  'attachments.office.net',
  'attachment.outlook.live.net',
];

/**
 * Outlook's token hosts are attachment hosts only: a request there counts as a mail request when it asks one
 * of Outlook's attachment endpoints (utils/mail/outlook/attachments.ts; OFFICE_NET_TOKEN in byte-ways.ts).
 */
const OUTLOOK_ATTACHMENT_HOSTS = ['attachments.office.net', 'attachment.outlook.live.net'];
const OUTLOOK_ATTACHMENT_PATH =
  /^\/owa\/[^/]+\/service\.svc\/s\/(GetFileAttachment|GetAttachmentThumbnail)$/i;

/** Schemes that never leave the machine (chrome: is the browser's own pages, e.g. chrome://extensions). */
const LOCAL_SCHEMES = ['chrome-extension:', 'moz-extension:', 'chrome:', 'data:', 'blob:', 'about:'];

export function isAllowedRequest(url, teamServers = []) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.includes(u.protocol)) return true;
  // Team sync on: the team's one server (its origin exactly), and nothing else.
  if (teamServers.includes(u.origin)) return true;
  if (OUTLOOK_ATTACHMENT_HOSTS.includes(u.hostname))
    return u.protocol === 'https:' && OUTLOOK_ATTACHMENT_PATH.test(u.pathname);
  return (u.protocol === 'https:' || u.protocol === 'wss:') && MAIL_HOSTS.includes(u.hostname);
}

function originOf(request) {
  if (request.serviceWorker()) return 'service worker';
  try {
    const frame = request.frame();
    return /^(chrome|moz)-extension:/.test(frame.url()) ? 'extension page' : 'page';
  } catch {
    // Requests of dedicated workers have no frame.
    return 'worker';
  }
}

/** One watch per test: `attach(context)` for each browser the test launches. */
export function createNetworkWatch() {
  const seen = [];
  /** Origins of team servers a test turned sync on with (none unless it did). */
  const teamServers = [];
  /** URLs written in the HTML of the mail pages served in this test. */
  const pageOwn = new Set();
  const reading = [];
  // Request URLs come without a fragment; the page's HTML may carry one.
  const isPageOwn = (r) => r.from === 'page' && pageOwn.has(r.url.replace(/#.*$/, ''));
  return {
    attach(context) {
      context.on('request', (request) => {
        seen.push({ url: request.url(), from: originOf(request), method: request.method() });
      });
      context.on('response', (response) => {
        const request = response.request();
        if (request.resourceType() !== 'document' || !isAllowedRequest(request.url())) return;
        if (!request.url().startsWith('https:')) return;
        reading.push(
          response
            .text()
            .then((html) => {
              for (const m of html.matchAll(/(?:src|href)="(https?:\/\/[^"]+)"/g))
                pageOwn.add(new URL(m[1].replaceAll('&amp;', '&')).href.replace(/#.*$/, ''));
            })
            .catch(() => {}),
        );
      });
    },
    /** Wait for the mail pages' HTML to be read (before offHost). */
    settle: () => Promise.all(reading),
    /** Every request recorded so far. */
    get requests() {
      return seen;
    },
    /** The requests that left for a host the extension has no business with. */
    offHost() {
      return seen.filter((r) => !isAllowedRequest(r.url, teamServers) && !isPageOwn(r));
    },
    /** Team sync is on in this test: requests to this server's origin are allowed (only its origin). */
    allowTeamServer(url) {
      teamServers.push(new URL(url).origin);
    },
    /** Forget what was recorded (the harness's own check uses it after provoking off-host requests). */
    reset() {
      seen.length = 0;
    },
    summary() {
      const by = {};
      for (const r of seen) by[r.from] = (by[r.from] ?? 0) + 1;
      const parts = Object.entries(by).map(([from, n]) => `${from} ${n}`);
      const own = seen.filter((r) => !isAllowedRequest(r.url, teamServers) && isPageOwn(r)).length;
      const team = seen.filter((r) => teamServers.some((o) => r.url.startsWith(`${o}/`))).length;
      if (team) parts.push(`${team} to the team server`);
      if (own) parts.push(`${own} the mail page's own resources elsewhere`);
      return `${seen.length} requests watched${parts.length ? ` (${parts.join(', ')})` : ''}`;
    },
  };
}
