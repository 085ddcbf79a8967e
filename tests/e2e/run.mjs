// End-to-end runner: loads the built extension into a real Chromium and/or a real Firefox and runs
// tests/e2e/*.e2e.mjs in order, once per browser.
// Usage: node tests/e2e/run.mjs [name-filter] [--browser=chromium|firefox|all]   (default chromium)
//   E2E_BROWSERS=all           the same as --browser=all (npm run test:e2e passes it)
//   E2E_HEADED=1               show the browser (needs a display)
//   E2E_EXTENSION=dir          test another unpacked build than .output/chrome-mv3
//   E2E_FIREFOX_EXTENSION=dir  the same for Firefox (default .output/firefox-mv2-e2e)
// Each test file exports `name` and `default async function (t)`; see the `t` object below. It runs in
// Firefox too when it exports `firefox = true`; `firefox = '<why not>'` is printed in the Firefox run.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium, launchWithExtension } from './chromium.mjs';
import { findFirefox, launchFirefoxWithExtension } from './firefox.mjs';
import { startHttpsServer } from './https-server.mjs';
import { createNetworkWatch } from './network-watch.mjs';
import { startTeamServer } from './team-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
/** Per browser: the build it loads, how to find and launch it. */
const BROWSERS = {
  chromium: {
    extensionPath: resolve(process.env.E2E_EXTENSION ?? join(root, '.output/chrome-mv3')),
    find: findChromium,
    launch: launchWithExtension,
    build: 'npm run build',
  },
  firefox: {
    // The e2e build: the store build with our mail UI's shadow roots open (see firefox.mjs).
    extensionPath: resolve(process.env.E2E_FIREFOX_EXTENSION ?? join(root, '.output/firefox-mv2-e2e')),
    find: findFirefox,
    launch: launchFirefoxWithExtension,
    build: 'npm run build:firefox-e2e',
  },
};
/** Tests not yet run in Firefox say so; this is what the run prints for them. */
const NOT_PORTED = 'not ported to Firefox yet (no `export const firefox`): runs in Chromium only';
const outputDir = join(root, 'test-output/e2e');
const TEST_TIMEOUT_MS = 120_000;

// The harness's own check: a page served by the fixture server under a mail host name, through Chromium.
// If this fails, every mail-site test would fail for a reason that has nothing to do with the extension.
const selfTest = {
  name: 'harness: fixture server answers as mail.google.com',
  firefox: true,
  async run(t) {
    const server = await t.startHttpsServer({
      routes: (req, res) => {
        if (req.url !== '/mail/u/0/') return false;
        res.writeHead(200, { 'content-type': 'text/html' }).end('<title>fake gmail</title><h1>inbox</h1>');
        return true;
      },
    });
    const { context } = await t.launch({ hostRules: [`MAP mail.google.com 127.0.0.1:${server.port}`] });
    const page = await context.newPage();
    const response = await page.goto('https://mail.google.com/mail/u/0/');
    t.assert.equal(response.status(), 200);
    t.assert.equal(await page.title(), 'fake gmail');
    t.assert.equal(await page.textContent('h1'), 'inbox');
  },
};

// The privacy watch's own check: requests to a host outside the mail hosts, from a page and from the
// extension's service worker, are both seen. If this fails, the watch on every other test proves nothing.
const watchSelfTest = {
  name: 'harness: the network watch sees pages, workers and the extension service worker',
  // In Firefox: pages, their workers and extension pages; WebDriver BiDi cannot evaluate in the MV2
  // background page, so that part is Chromium's only (the run says so).
  firefox: true,
  async run(t) {
    const server = await t.startHttpsServer({
      routes: (req, res) => {
        if (req.url !== '/mail/u/0/') return false;
        res.writeHead(200, { 'content-type': 'text/html' }).end('<title>fake gmail</title>');
        return true;
      },
    });
    const launched = await t.launch({ hostRules: [`MAP mail.google.com 127.0.0.1:${server.port}`] });
    const { context, extensionId } = launched;
    const page = await context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/');
    await page.evaluate(async () => {
      await fetch('https://canary.invalid/from-page').catch(() => {});
      const code = "fetch('https://canary.invalid/from-worker').catch(() => {}).then(() => postMessage(1))";
      const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
      await new Promise((resolve) => worker.addEventListener('message', resolve));
    });
    const expected = ['from-page', 'from-worker'];
    if (t.browser === 'firefox') {
      const extensionPage = await context.newPage();
      await extensionPage.goto(`${launched.extensionOrigin}/popup.html`);
      await extensionPage.evaluate(() => fetch('https://canary.invalid/from-extension-page').catch(() => {}));
      expected.push('from-extension-page');
      t.log('firefox: the background page is not checked (WebDriver BiDi cannot evaluate there)');
    } else {
      const extensionPage = await context.newPage();
      await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
      await extensionPage.evaluate(() => fetch('https://canary.invalid/from-extension-page').catch(() => {}));
      const sw = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
      await sw.evaluate(() => fetch('https://canary.invalid/from-service-worker').catch(() => {}));
      expected.unshift('from-extension-page');
      expected.push('from-service-worker');
    }
    // A request event may trail the fetch's rejection by a moment.
    for (let i = 0; i < 20 && t.network.offHost().length < expected.length; i++) await sleep(100);
    const off = t.network.offHost().map((r) => r.url.replace('https://canary.invalid/', ''));
    t.assert.deepEqual(
      off.sort(),
      expected.sort(),
      `every off-host request recorded (${t.network.summary()})`,
    );
    t.assert.ok(
      t.network.requests.some((r) => r.url === 'https://mail.google.com/mail/u/0/'),
      'allowed requests are recorded too',
    );
    t.network.reset();
  },
};

async function loadTests() {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.e2e.mjs'))
    .sort();
  const tests = [selfTest, watchSelfTest];
  for (const file of files) {
    const mod = await import(pathToFileURL(join(here, file)).href);
    if (typeof mod.default !== 'function') throw new Error(`${file} has no default export function`);
    // A test may ask for more time (`export const timeoutMs`): the backup round trip of 20,000 photos.
    tests.push({ name: mod.name ?? file, run: mod.default, timeoutMs: mod.timeoutMs, firefox: mod.firefox });
  }
  return tests;
}

// Everything a test opens goes through `t`, so the runner can close it even after a timeout.
function makeContext(cleanups, network, browserName) {
  const headless = !process.env.E2E_HEADED;
  const { extensionPath, launch } = BROWSERS[browserName];
  return {
    /** `chromium` or `firefox`: for the few steps that differ (say why where they do). */
    browser: browserName,
    extensionPath,
    /** Every request of every browser the test launched; see network-watch.mjs. */
    network,
    assert,
    fixtures: join(root, 'tests/fixtures'),
    headless,
    async launch(opts = {}) {
      const browser = await launch({ extensionPath, headless, ...opts, network });
      cleanups.push(browser.close);
      // Extension pages: `${extensionOrigin}/check.html` (chrome-extension:// or moz-extension://).
      browser.extensionOrigin ??= `chrome-extension://${browser.extensionId}`;
      browser.browser ??= 'chromium';
      return browser;
    },
    async startHttpsServer(opts) {
      const server = await startHttpsServer(opts);
      cleanups.push(server.close);
      return server;
    },
    /**
     * The team's CouchDB (PouchDB Server in memory on 127.0.0.1), stopped after the test. Its origin is
     * then the one more place requests may go (the privacy watch allows exactly it).
     */
    async startTeamServer(opts) {
      const server = await startTeamServer(opts);
      cleanups.push(server.close);
      network.allowTeamServer(server.url);
      return server;
    },
    async screenshot(page, name) {
      mkdirSync(outputDir, { recursive: true });
      // Firefox's beside Chromium's: test-output/e2e/firefox-<name>.png
      const path = join(outputDir, `${browserName === 'firefox' ? 'firefox-' : ''}${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    log: (...args) => console.log('   ', ...args),
    /** Run `fn` after the test, pass or fail (servers and browsers started outside `t`). */
    cleanup: (fn) => cleanups.push(fn),
  };
}

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function parseArgs(argv) {
  const flag = argv.find((a) => a.startsWith('--browser='));
  const which = flag?.slice('--browser='.length) ?? process.env.E2E_BROWSERS ?? 'chromium';
  const browsers = which === 'all' ? ['chromium', 'firefox'] : which.split(',');
  for (const b of browsers) {
    if (!BROWSERS[b]) throw new Error(`Unknown browser "${b}": chromium, firefox or all`);
  }
  return { filter: argv.find((a) => !a.startsWith('--')), browsers };
}

async function runBrowser(browserName, tests) {
  const { extensionPath, find, build } = BROWSERS[browserName];
  const started = Date.now();
  // Missing prerequisites fail the run (never skip): a green CI without e2e would be a lie.
  const problems = [];
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    problems.push(`No built extension at ${extensionPath}: run ${build} first.`);
  }
  try {
    console.log(`== ${browserName}: ${find()}`);
  } catch (error) {
    problems.push(error.message);
  }
  if (problems.length > 0) {
    console.log(`✗ e2e prerequisites (${browserName})\n${problems.join('\n')}`);
    return { browserName, passed: 0, failed: tests.length, notRun: 0, ms: 0 };
  }

  let passed = 0;
  let failed = 0;
  let notRun = 0;
  for (const test of tests) {
    if (browserName === 'firefox' && test.firefox !== true) {
      notRun++;
      console.log(
        `– ${test.name} [firefox] not run: ${typeof test.firefox === 'string' ? test.firefox : NOT_PORTED}`,
      );
      continue;
    }
    const cleanups = [];
    const network = createNetworkWatch();
    const testStarted = Date.now();
    try {
      await withTimeout(
        Promise.resolve(test.run(makeContext(cleanups, network, browserName))),
        (test.timeoutMs ?? TEST_TIMEOUT_MS) * (browserName === 'firefox' ? 2 : 1),
        test.name,
      );
      // Every test is also a privacy test: nothing may have left for a host other than the mail hosts.
      await network.settle();
      const off = network.offHost();
      if (off.length > 0) {
        throw new Error(
          `requests off the mail hosts:\n${off.map((r) => `  ${r.method} ${r.url} (from the ${r.from})`).join('\n')}`,
        );
      }
      passed++;
      console.log(
        `✓ ${test.name} [${browserName}] (${Date.now() - testStarted} ms; ${network.summary()}, none off the mail hosts)`,
      );
    } catch (error) {
      failed++;
      console.log(`✗ ${test.name} [${browserName}] (${Date.now() - testStarted} ms)`);
      console.log(String(error?.stack ?? error).replace(/^/gm, '    '));
    } finally {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    }
  }
  return { browserName, passed, failed, notRun, ms: Date.now() - started };
}

async function main() {
  const { filter, browsers } = parseArgs(process.argv.slice(2));
  const tests = (await loadTests()).filter((t) => !filter || t.name.includes(filter));
  const results = [];
  for (const browserName of browsers) results.push(await runBrowser(browserName, tests));
  for (const r of results) {
    const notRun = r.notRun ? `, ${r.notRun} not run in ${r.browserName} (reasons above)` : '';
    console.log(
      `${r.browserName}: ${r.passed} passed, ${r.failed} failed${notRun} in ${Math.round(r.ms / 1000)} s`,
    );
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

// Exit explicitly: a timed-out test may still hold timers or sockets that would keep Node alive.
process.exit(
  await main().catch((error) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    return 1;
  }),
);
