// Launches a stock Firefox (Debian's firefox-esr; browsers.mjs finds or installs it) with the Firefox
// e2e build (.output/firefox-mv2-e2e, `npm run build:firefox-e2e`), driven by playwright-core over
// WebDriver BiDi — the same Page API the scenarios already use in Chromium, with no driver binary and
// no new dependency.
// (Playwright's own `firefox` is a patched build; `channel: 'moz-*'` is its BiDi path to a real one.)
//
// How each Chromium mechanism is done here:
// - the extension: a profile "proxy file" (extensions/<gecko id> holding the unpacked build's path) and
//   `xpinstall.signatures.required: false`, which ESR, Developer Edition and Nightly honour; the
//   moz-extension UUID is fixed by `extensions.webextensions.uuids` so tests know its origin at once.
// - mail hosts to the local server: `network.dns.localDomains` (those names resolve to 127.0.0.1)
//   with `network.socket.forcePort` (443 → the server's port); certificate errors are accepted for this
//   context only (`ignoreHTTPSErrors`, BiDi's acceptInsecureCerts).
// - the language: `intl.locale.requested` and `intl.accept_languages` prefs.
// - our UI's closed shadow roots: Chromium's tests reach them over the DevTools protocol
//   (closed-roots.mjs); Firefox has no such protocol, and a WebDriver BiDi sandbox sees the page through
//   Xrays, so no page-side getter helps Playwright's locators either. The e2e build differs from the
//   store build in one constant (components/mail/shadow-mode.ts): its roots are open. What "closed"
//   protects (the page's scripts read nothing) is proven in Chromium on the store build
//   (page-isolation.e2e.mjs); a Firefox run that asks for `revealClosedRoots: false` is refused.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { firefox } from 'playwright-core';
import { provideBrowser } from './browsers.mjs';

/** A fixed moz-extension UUID (Firefox picks a random one per profile otherwise). */
export const FIREFOX_EXTENSION_UUID = '6f1c2b8e-3d4a-4e5f-9a7b-1c2d3e4f5a6b';

let firefoxPath;
export function findFirefox() {
  firefoxPath ??= provideBrowser('firefox');
  return firefoxPath;
}

// Two gaps between Playwright 1.65 and Firefox ESR 153's WebDriver BiDi, bridged in the test process
// only (nothing in the browser changes), on Playwright's WebSocket class (Chromium is driven over a pipe
// and never passes here). First: Playwright sets `prefers-color-scheme` on every new context with a
// BiDi command Firefox ESR 153 does not know yet (`emulation.setMediaFeaturesOverride`), and gives up
// the launch when it is refused. We never emulate a colour scheme, so that one command is answered as
// done, and nothing else is touched. Remove when Firefox ESR implements it (check: launch without this).
const ANSWERED_HERE = new Set(['emulation.setMediaFeaturesOverride']);
let patched = false;
function tolerateMissingBidiCommands() {
  if (patched) return;
  patched = true;
  const require = createRequire(import.meta.url);
  const { ws } = require(join(dirname(require.resolve('playwright-core')), 'lib/utilsBundle.js'));
  const send = ws.prototype.send;
  ws.prototype.send = function (data, ...rest) {
    if (typeof data === 'string' && data.includes('"emulation.')) {
      const message = JSON.parse(data);
      if (ANSWERED_HERE.has(message.method)) {
        const reply = JSON.stringify({ type: 'success', id: message.id, result: {} });
        setImmediate(() => this.emit('message', Buffer.from(reply), false));
        return;
      }
    }
    return send.call(this, data, ...rest);
  };
  // Second: Firefox ESR 153 reports a download an extension page starts (an anchor to a blob:) with
  // neither a download id nor a navigation, so Playwright drops it. Such events get an id (Playwright
  // then reads the file from the event's `filepath`): `page.waitForEvent('download')` works as in
  // Chromium (the backup export).
  const emit = ws.prototype.emit;
  const started = new Map();
  let downloads = 0;
  ws.prototype.emit = function (event, data, ...rest) {
    if (event !== 'message' || !String(data).includes('"browsingContext.download')) {
      return emit.call(this, event, data, ...rest);
    }
    const message = JSON.parse(String(data));
    const params = message.params ?? {};
    if (!params.download && !params.navigation) {
      if (message.method === 'browsingContext.downloadWillBegin') {
        params.download = `firefox-download-${++downloads}`;
        started.set(params.url, params.download);
      } else if (message.method === 'browsingContext.downloadEnd' && started.has(params.url)) {
        params.download = started.get(params.url);
        started.delete(params.url);
      }
      return emit.call(this, event, Buffer.from(JSON.stringify(message)), ...rest);
    }
    return emit.call(this, event, data, ...rest);
  };
}

/** `MAP host 127.0.0.1:port` rules (Chromium's form, kept so scenarios stay the same) as Firefox prefs. */
export function hostRulePrefs(hostRules) {
  if (hostRules.length === 0) return {};
  const hosts = [];
  const ports = new Set();
  for (const rule of hostRules) {
    const m = /^MAP\s+(\S+)\s+127\.0\.0\.1:(\d+)$/.exec(rule.trim());
    if (!m) throw new Error(`Firefox takes host rules "MAP <host> 127.0.0.1:<port>" only, not "${rule}"`);
    hosts.push(m[1]);
    ports.add(m[2]);
  }
  if (ports.size > 1) throw new Error(`Firefox sends every mapped host to one port, got ${[...ports]}`);
  return {
    'network.dns.localDomains': hosts.join(','),
    'network.socket.forcePort': `443=${[...ports][0]}`,
    // No HTTP/3 or DoH to get around the local names.
    'network.http.http3.enable': false,
    'network.trr.mode': 5,
  };
}

/** The gecko id of the build at `extensionPath` (its manifest is the authority). */
function geckoId(extensionPath) {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionPath}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Launches Firefox with the unpacked extension at `extensionPath` (the Firefox e2e build). Same options
 * and result as chromium.mjs `launchWithExtension`, plus `extensionOrigin` (`moz-extension://<uuid>`).
 * `revealClosedRoots: false` (a test playing the page's scripts, which must see closed roots) cannot be
 * honoured on the e2e build's open roots: it is an error, and such a test is Chromium-only.
 * @param {E2eLaunchOptions} [options]
 */
export async function launchFirefoxWithExtension({
  extensionPath,
  headless = true,
  hostRules = [],
  userDataDir,
  lang,
  network,
  revealClosedRoots = true,
  extraArgs = [],
  firefoxPrefs = {},
} = {}) {
  if (!revealClosedRoots) {
    throw new Error(
      'revealClosedRoots: false needs closed roots, and the Firefox e2e build opens them: Chromium only',
    );
  }
  if (!extensionPath.endsWith('-e2e')) {
    throw new Error(`${extensionPath} is not the Firefox e2e build: run npm run build:firefox-e2e`);
  }
  tolerateMissingBidiCommands();
  const ownDir = !userDataDir;
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'photo-triage-e2e-ff-'));
  const id = geckoId(extensionPath);
  mkdirSync(join(dir, 'extensions'), { recursive: true });
  writeFileSync(join(dir, 'extensions', id), `${extensionPath}\n`);
  const prefs = {
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
    'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }),
    // Downloads land in Playwright's folder without asking (the backup export).
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    ...hostRulePrefs(hostRules),
    ...(lang ? { 'intl.locale.requested': lang, 'intl.accept_languages': lang } : {}),
    ...firefoxPrefs,
  };
  const context = await firefox.launchPersistentContext(dir, {
    channel: 'moz-firefox',
    executablePath: findFirefox(),
    headless,
    // Firefox 153+ lets WebDriver navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access', ...extraArgs],
    firefoxUserPrefs: prefs,
    ignoreHTTPSErrors: hostRules.length > 0,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    ...(lang ? { locale: lang } : {}),
  });
  network?.attach(context);
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  for (const page of context.pages()) nudgeExtensionPages(page);
  context.on('page', nudgeExtensionPages);
  const close = async () => {
    await context.close().catch(() => {});
    if (ownDir) rmSync(dir, { recursive: true, force: true });
  };
  return { context, extensionId: FIREFOX_EXTENSION_UUID, extensionOrigin, browser: 'firefox', close };
}

/**
 * Headless Firefox 153 commits a WebDriver navigation to a moz-extension:// page but reports its
 * window realm (so Playwright can evaluate) only once the tab is painted, and Playwright never sees its
 * `load`: `page.goto` (and `page.reload`) of an extension page waits for the commit, asks for one
 * screenshot, then waits for the document to be complete. Closing a tab that shows an extension page hangs for ~45 s and then
 * takes the browser down with it: `page.close` leaves the extension page for about:blank first.
 */
function nudgeExtensionPages(page) {
  const close = page.close.bind(page);
  page.close = async (options) => {
    if (page.url().startsWith('moz-extension:')) await page.goto('about:blank').catch(() => {});
    return close(options);
  };
  const settle = async (response, options) => {
    await page.screenshot({ timeout: options.timeout ?? 30_000 }).catch(() => {});
    await page.waitForFunction(() => document.readyState === 'complete', undefined, {
      timeout: options.timeout ?? 30_000,
    });
    return response;
  };
  const goto = page.goto.bind(page);
  page.goto = async (url, options = {}) => {
    if (!String(url).startsWith('moz-extension:')) return goto(url, options);
    return settle(await goto(url, { ...options, waitUntil: 'commit' }), options);
  };
  const reload = page.reload.bind(page);
  page.reload = async (options = {}) => {
    if (!page.url().startsWith('moz-extension:')) return reload(options);
    return settle(await reload({ ...options, waitUntil: 'commit' }), options);
  };
}
