// Finds the browser the demo and the end-to-end tests drive, and installs it when none is there.
// One step shared by `npm run demo`, `npm test` (its e2e part) and `.ci/run`:
//   node tests/e2e/browsers.mjs [chromium|firefox] [--no-install]   prints the browser's path
// Order: CHROME_PATH / FIREFOX_PATH, the system's browser, one we installed before; then, unless
// installing is turned off (--no-install or PHOTO_TRIAGE_NO_INSTALL=1), Debian's package where apt-get can
// run (root, or sudo without a password), else a download that runs on Linux, macOS and Windows:
// Playwright's Chromium (Chrome for Testing: it honours --load-extension; its headless shell cannot load
// extensions, hence --no-shell), and Mozilla's own Firefox ESR through @puppeteer/browsers (Playwright's
// Firefox is a patched build that cannot install an extension over WebDriver BiDi).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What each browser is called where we look for it, and how it is installed. */
export const BROWSERS = {
  chromium: {
    label: 'Chromium',
    envVar: 'CHROME_PATH',
    // Branded Google Chrome ignores --load-extension (since 137): only Chromium builds qualify.
    systemPaths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    aptPackage: 'chromium',
    aptSize: 'about 100 MB download, 350 MB installed',
    playwright: 'chromium',
    playwrightSize: 'about 180 MB download',
  },
  firefox: {
    label: 'Firefox',
    envVar: 'FIREFOX_PATH',
    systemPaths: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
    ],
    aptPackage: 'firefox-esr',
    aptSize: 'about 80 MB download, 250 MB installed',
    playwright: undefined,
    // Mozilla's release archive, as @puppeteer/browsers names it.
    mozilla: 'firefox@esr',
    mozillaSize: 'about 80 MB download, 250 MB unpacked',
  },
};

export const NO_INSTALL_ENV = 'PHOTO_TRIAGE_NO_INSTALL';

/** The facts about this machine that the choice rests on; tests hand in their own. */
export function currentHost() {
  const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
  return {
    env: process.env,
    argv: process.argv,
    home: homedir(),
    platform: process.platform,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    exists: existsSync,
    hasAptGet: () => process.platform === 'linux' && run('sh', ['-c', 'command -v apt-get']),
    canSudo: () => run('sudo', ['-n', 'true']),
    playwrightPath: (name) => playwrightExecutable(name),
    mozillaPath: (dir) => mozillaExecutable(dir),
    missingLibraries: (path) => missingLibraries(path),
    /** Runs an install command with its output shown; the exit status, or an error. */
    run: (cmd, args) => {
      const result = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
      return result.error ? result.error.message : result.status;
    },
  };
}

/**
 * Decides, without running anything: `{ path }` when a usable browser is there, `{ install }` with the
 * commands that would install it (and where it will then be), or `{ refuse }` with instructions.
 */
export function planBrowser(kind, host, { install = true } = {}) {
  const browser = BROWSERS[kind];
  if (!browser) throw new Error(`Unknown browser "${kind}" (chromium or firefox).`);
  const fromEnv = host.env[browser.envVar];
  if (fromEnv) {
    if (host.exists(fromEnv)) return { path: fromEnv, source: browser.envVar };
    return { refuse: `${browser.envVar}=${fromEnv} does not exist.\n${instructions(browser)}` };
  }
  // A fresh machine as CI makes it: what is installed is ignored, so the install path is taken.
  const ignoreInstalled = host.env.E2E_IGNORE_INSTALLED_BROWSERS === '1';
  if (!ignoreInstalled) {
    const system = browser.systemPaths.find((path) => host.exists(path));
    if (system) return { path: system, source: 'system' };
    const cached = browser.playwright && host.playwrightPath(browser.playwright);
    if (cached && host.exists(cached)) return { path: cached, source: 'playwright' };
    const downloaded = browser.mozilla && host.mozillaPath(ownCache(host));
    if (downloaded && host.exists(downloaded)) return { path: downloaded, source: 'mozilla' };
  }
  if (!install) {
    return { refuse: `No ${browser.label} found, and installing is turned off.\n${instructions(browser)}` };
  }
  if (host.platform === 'linux' && host.hasAptGet() && (host.isRoot || host.canSudo())) {
    const sudo = host.isRoot ? [] : ['sudo', '-n'];
    const env = ['env', 'DEBIAN_FRONTEND=noninteractive'];
    return {
      install: {
        how: 'apt',
        say: `Installing ${browser.label} with apt-get (Debian's ${browser.aptPackage} package, ${browser.aptSize}) into ${browser.systemPaths[0]}`,
        commands: [
          [...sudo, 'apt-get', 'update', '-qq'],
          [...sudo, ...env, 'apt-get', 'install', '-y', '-qq', browser.aptPackage],
        ],
        path: browser.systemPaths[0],
      },
    };
  }
  if (browser.playwright) {
    return {
      install: {
        how: 'playwright',
        say: `Installing Playwright's ${browser.label} (Chrome for Testing, ${browser.playwrightSize}) into ${playwrightCache(host)}`,
        commands: [[process.execPath, playwrightCli(), 'install', '--no-shell', browser.playwright]],
        // Known only once installed: playwright-core's registry says where it put it.
        path: undefined,
        playwright: browser.playwright,
      },
    };
  }
  if (browser.mozilla) {
    const dir = ownCache(host);
    return {
      install: {
        how: 'mozilla',
        say: `Installing Mozilla's ${browser.label} ESR (${browser.mozillaSize}) into ${dir}`,
        commands: [[process.execPath, puppeteerBrowsersCli(), 'install', browser.mozilla, '--path', dir]],
        // Known only once installed: the download's folder names the version.
        path: undefined,
        cacheDir: dir,
      },
    };
  }
  return { refuse: `No ${browser.label} found, and none can be installed here.\n${instructions(browser)}` };
}

/** Finds or installs the browser; returns its path or throws with what to do. */
export function provideBrowser(kind, { host = currentHost(), install, log = console.log } = {}) {
  const allowed = install ?? (host.env[NO_INSTALL_ENV] !== '1' && !host.argv?.includes('--no-install'));
  const plan = planBrowser(kind, host, { install: allowed });
  if (plan.refuse) throw new Error(plan.refuse);
  if (plan.path) return plan.path;
  const { install: step } = plan;
  log(`${step.say} …`);
  for (const [cmd, ...args] of step.commands) {
    const status = host.run(cmd, args);
    if (status !== 0) {
      throw new Error(
        `"${[cmd, ...args].join(' ')}" failed (${typeof status === 'number' ? `exit ${status}` : status}).\n${instructions(BROWSERS[kind])}`,
      );
    }
  }
  const path =
    step.path ??
    (step.how === 'mozilla' ? host.mozillaPath(step.cacheDir) : host.playwrightPath(step.playwright));
  if (!path || !host.exists(path)) {
    throw new Error(`The install finished but no browser is at ${path ?? 'the path its installer gives'}.`);
  }
  // A downloaded browser runs only with the system's libraries; installing those needs root.
  if (step.how !== 'apt') {
    const missing = host.missingLibraries(path);
    if (missing.length > 0) {
      const fix =
        step.how === 'playwright'
          ? `sudo npx playwright-core install-deps ${step.playwright}`
          : `sudo apt-get install ${BROWSERS[kind].aptPackage} (it brings the libraries), or your system's packages for ${missing[0]}`;
      throw new Error(
        `The downloaded ${BROWSERS[kind].label} is installed at ${path} but this system lacks ${missing.length} of its libraries (${missing.slice(0, 4).join(', ')}${missing.length > 4 ? ', …' : ''}).\nRun once, as an administrator:\n  ${fix}`,
      );
    }
  }
  log(`${BROWSERS[kind].label} installed: ${path}`);
  return path;
}

function instructions(browser) {
  const lines = [
    `Install ${browser.label} for the demo and the end-to-end tests, then run the command again:`,
    `  - Debian/Ubuntu: sudo apt-get install ${browser.aptPackage}`,
  ];
  if (browser.playwright)
    lines.push(`  - anywhere: npx playwright-core install --no-shell ${browser.playwright}`);
  if (browser.mozilla)
    lines.push(
      `  - anywhere: npx @puppeteer/browsers install ${browser.mozilla} --path <folder>, then set ${browser.envVar}`,
    );
  lines.push(`  - or point ${browser.envVar} at a ${browser.label} binary`);
  if (browser.playwright) lines.push('    (not branded Google Chrome: it ignores --load-extension).');
  lines.push(`Run without ${NO_INSTALL_ENV}=1 / --no-install and this step installs it for you.`);
  return lines.join('\n');
}

const require = createRequire(import.meta.url);

/** Where Playwright puts its browsers (its documented defaults, or PLAYWRIGHT_BROWSERS_PATH). */
function playwrightCache(host) {
  if (host.env.PLAYWRIGHT_BROWSERS_PATH) return host.env.PLAYWRIGHT_BROWSERS_PATH;
  if (host.platform === 'darwin') return join(host.home, 'Library/Caches/ms-playwright');
  if (host.platform === 'win32') return join(host.home, 'AppData/Local/ms-playwright');
  return join(host.env.XDG_CACHE_HOME ?? join(host.home, '.cache'), 'ms-playwright');
}

/** Where this step keeps the browsers it downloads itself (beside Playwright's, in the user's cache). */
function ownCache(host) {
  return join(
    dirname(playwrightCache({ ...host, env: { ...host.env, PLAYWRIGHT_BROWSERS_PATH: undefined } })),
    'photo-triage-browsers',
  );
}

function puppeteerBrowsersCli() {
  return join(dirname(require.resolve('@puppeteer/browsers/package.json')), 'lib/main-cli.js');
}

/** The Firefox @puppeteer/browsers put in `dir`, newest first; undefined when none is there. */
function mozillaExecutable(dir) {
  try {
    const { Cache } = require('@puppeteer/browsers');
    const found = new Cache(dir).getInstalledBrowsers().filter((b) => b.browser === 'firefox');
    return found.sort((a, b) => b.buildId.localeCompare(a.buildId, 'en', { numeric: true }))[0]
      ?.executablePath;
  } catch {
    return undefined;
  }
}

function playwrightCli() {
  return join(dirname(require.resolve('playwright-core/package.json')), 'cli.js');
}

function playwrightExecutable(name) {
  try {
    const playwright = require('playwright-core');
    return playwright[name]?.executablePath();
  } catch {
    // playwright-core throws when its browser registry has nothing installed.
    return undefined;
  }
}

/** Shared libraries the binary needs that the system does not have (Linux; elsewhere none known). */
function missingLibraries(path) {
  if (process.platform !== 'linux') return [];
  try {
    const out = execFileSync('ldd', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return [...out.matchAll(/^\s*(\S+) => not found/gm)].map((m) => m[1]);
  } catch {
    return [];
  }
}

// CLI: prints the path (the last line of output), so scripts can use it.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const kinds = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  try {
    for (const kind of kinds.length > 0 ? kinds : ['chromium']) {
      const path = provideBrowser(kind);
      const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout?.trim();
      console.log(`${BROWSERS[kind].label}: ${path}${version ? ` (${version})` : ''}`);
    }
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
