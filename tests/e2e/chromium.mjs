// Launches a Chromium that still honours --load-extension with the built extension (browsers.mjs finds
// or installs it: branded Google Chrome ignores --load-extension since 137).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { provideBrowser } from './browsers.mjs';
import { revealClosedShadowRoots } from './closed-roots.mjs';

/** The Chromium to drive: found, or installed on first use (browsers.mjs), once per process. */
let chromiumPath;
export function findChromium() {
  chromiumPath ??= provideBrowser('chromium');
  return chromiumPath;
}

/**
 * Launches Chromium with the unpacked extension at `extensionPath`.
 * hostRules: e.g. ['MAP mail.google.com 127.0.0.1:8443'], sends those hosts to a local fixture server
 * so the manifest's real `matches` apply; certificate errors are then ignored (self-signed cert).
 * lang: e.g. 'zh-CN', the browser's language (UI locale, navigator.languages, Accept-Language).
 * network: a watch from network-watch.mjs, told of every request of the new context.
 * revealClosedRoots: our UI's closed shadow roots made readable to the test's code (closed-roots.mjs);
 *   false only for a test that plays the mail page's scripts and must see what they see.
 * extraArgs: more Chromium flags (e.g. `--js-flags=--expose-gc` for a test that seeds a large desk).
 * @param {E2eLaunchOptions} [options]
 */
export async function launchWithExtension({
  extensionPath,
  headless = true,
  hostRules = [],
  userDataDir,
  /** The browser's language, e.g. `zh-CN`: UI locale (what extensions see), navigator.languages. */
  lang,
  network,
  revealClosedRoots = true,
  extraArgs = [],
} = {}) {
  const ownDir = !userDataDir;
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'photo-triage-e2e-'));
  // Debian's /usr/bin/chromium wrapper adds an empty --load-extension= first; the last one wins.
  const args = [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--no-sandbox', // CI runs as root, where Chromium's sandbox refuses to start.
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic', // the fixture server speaks HTTP/1.1 over TCP only
    ...extraArgs,
  ];
  if (lang) {
    // The browser's language as a buyer's Chinese Chromium has it: UI locale and navigator.languages.
    args.push(`--lang=${lang}`, `--accept-lang=${lang}`);
  }
  if (hostRules.length > 0) {
    // No quotes around the value: Playwright spawns Chromium without a shell.
    args.push(`--host-resolver-rules=${hostRules.join(', ')}`, '--ignore-certificate-errors');
  }
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    // Playwright passes plain `--headless`; since Chromium 132 that *is* the new headless mode
    // (the old one moved to chrome-headless-shell), and new headless runs extensions and their
    // MV3 service workers. Verified with Debian chromium 156: see tests/e2e/README.md.
    headless,
    args,
    // Playwright adds --disable-extensions by default; drop it so only --disable-extensions-except applies.
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang.replace('-', '_') } } : {}),
  });
  // The runner's privacy watch (network-watch.mjs), attached before any page or worker does anything.
  network?.attach(context);
  if (revealClosedRoots) revealClosedShadowRoots(context);
  let extensionId;
  try {
    // The MV3 background is a service worker at chrome-extension://<id>/background.js.
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      }));
    extensionId = new URL(worker.url()).host;
  } catch (error) {
    await context.close().catch(() => {});
    if (ownDir) rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `The extension at ${extensionPath} did not load (no service worker appeared): ${error.message}`,
    );
  }
  const close = async () => {
    await context.close().catch(() => {});
    if (ownDir) rmSync(dir, { recursive: true, force: true });
  };
  return { context, extensionId, close };
}
