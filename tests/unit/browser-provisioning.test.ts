// The browser-provisioning step shared by `npm run demo`, the e2e runner and .ci/run: which browser it
// picks, and what it would install where, decided on a described machine; the commands are recorded, not run.
import { describe, expect, it } from 'vitest';
import { type Host, planBrowser, provideBrowser } from '../e2e/browsers.mjs';

function host(overrides: Partial<Host> & { files?: string[] } = {}): Host & { ran: string[] } {
  const files = new Set(overrides.files ?? []);
  const ran: string[] = [];
  return {
    env: {},
    argv: [],
    home: '/home/buyer',
    platform: 'linux',
    isRoot: false,
    exists: (path) => files.has(path),
    hasAptGet: () => true,
    canSudo: () => false,
    playwrightPath: () => '/home/buyer/.cache/ms-playwright/chromium-1200/chrome-linux/chrome',
    mozillaPath: (dir) => `${dir}/firefox/linux-140.6.0esr/firefox/firefox`,
    missingLibraries: () => [],
    ran,
    run: (cmd, args) => {
      ran.push([cmd, ...args].join(' '));
      return 0;
    },
    ...overrides,
  };
}

describe('planBrowser', () => {
  it('takes CHROME_PATH first, and refuses a CHROME_PATH that does not exist', () => {
    expect(
      planBrowser(
        'chromium',
        host({ env: { CHROME_PATH: '/opt/c' }, files: ['/opt/c', '/usr/bin/chromium'] }),
      ),
    ).toEqual({
      path: '/opt/c',
      source: 'CHROME_PATH',
    });
    const plan = planBrowser('chromium', host({ env: { CHROME_PATH: '/opt/none' }, isRoot: true }));
    expect(plan).toHaveProperty('refuse');
    expect((plan as { refuse: string }).refuse).toContain('CHROME_PATH=/opt/none does not exist');
  });

  it("finds the system's Chromium, then Playwright's cached one", () => {
    expect(planBrowser('chromium', host({ files: ['/usr/bin/chromium-browser'] }))).toEqual({
      path: '/usr/bin/chromium-browser',
      source: 'system',
    });
    const cached = '/home/buyer/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';
    expect(planBrowser('chromium', host({ files: [cached] }))).toEqual({
      path: cached,
      source: 'playwright',
    });
  });

  it('installs with apt-get as root, and with sudo -n where sudo needs no password', () => {
    const asRoot = planBrowser('chromium', host({ isRoot: true }));
    expect(asRoot).toMatchObject({ install: { how: 'apt', path: '/usr/bin/chromium' } });
    const root = (asRoot as { install: { commands: string[][]; say: string } }).install;
    expect(root.commands).toEqual([
      ['apt-get', 'update', '-qq'],
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium'],
    ]);
    expect(root.say).toMatch(/Installing Chromium with apt-get .* into \/usr\/bin\/chromium/);

    const sudo = planBrowser('chromium', host({ canSudo: () => true }));
    expect((sudo as { install: { commands: string[][] } }).install.commands[1].slice(0, 3)).toEqual([
      'sudo',
      '-n',
      'env',
    ]);
    const firefox = planBrowser('firefox', host({ isRoot: true }));
    expect(firefox).toMatchObject({ install: { how: 'apt', path: '/usr/bin/firefox-esr' } });
  });

  it("falls back to Playwright's Chromium without root, sudo or apt-get (macOS, Windows)", () => {
    for (const machine of [
      host(),
      host({ platform: 'darwin', hasAptGet: () => false }),
      host({ platform: 'win32', hasAptGet: () => false, home: 'C:/Users/buyer' }),
    ]) {
      const plan = planBrowser('chromium', machine) as {
        install: { how: string; commands: string[][]; say: string };
      };
      expect(plan.install.how).toBe('playwright');
      expect(plan.install.commands).toHaveLength(1);
      expect(plan.install.commands[0].slice(-3)).toEqual(['install', '--no-shell', 'chromium']);
      expect(plan.install.commands[0][1]).toMatch(/playwright-core[/\\]cli\.js$/);
    }
    const mac = planBrowser('chromium', host({ platform: 'darwin', hasAptGet: () => false }));
    expect((mac as { install: { say: string } }).install.say).toContain(
      '/home/buyer/Library/Caches/ms-playwright',
    );
  });

  it("falls back to Mozilla's Firefox ESR through @puppeteer/browsers where apt-get cannot run", () => {
    for (const [machine, cache] of [
      [host(), '/home/buyer/.cache/photo-triage-browsers'],
      [
        host({ platform: 'darwin', hasAptGet: () => false }),
        '/home/buyer/Library/Caches/photo-triage-browsers',
      ],
      [
        host({ platform: 'win32', hasAptGet: () => false, home: 'C:/Users/buyer' }),
        'C:/Users/buyer/AppData/Local/photo-triage-browsers',
      ],
    ] as const) {
      const plan = planBrowser('firefox', machine) as {
        install: { how: string; commands: string[][]; say: string; cacheDir: string };
      };
      expect(plan.install.how).toBe('mozilla');
      expect(plan.install.cacheDir.replaceAll('\\', '/')).toBe(cache);
      expect(plan.install.commands).toHaveLength(1);
      expect(plan.install.commands[0][1]).toMatch(/@puppeteer[/\\]browsers[/\\]lib[/\\]main-cli\.js$/);
      expect(plan.install.commands[0].slice(2)).toEqual([
        'install',
        'firefox@esr',
        '--path',
        plan.install.cacheDir,
      ]);
      expect(plan.install.say).toContain("Installing Mozilla's Firefox ESR");
    }
    // Installed by an earlier run: found, not downloaded again.
    const earlier = '/home/buyer/.cache/photo-triage-browsers/firefox/linux-140.6.0esr/firefox/firefox';
    expect(planBrowser('firefox', host({ files: [earlier] }))).toEqual({ path: earlier, source: 'mozilla' });
  });

  it('refuses with instructions when installing is turned off', () => {
    const plan = planBrowser('chromium', host({ isRoot: true }), { install: false });
    const text = (plan as { refuse: string }).refuse;
    expect(text).toContain('installing is turned off');
    expect(text).toContain('sudo apt-get install chromium');
    expect(text).toContain('npx playwright-core install --no-shell chromium');
    expect(text).toContain('CHROME_PATH');
  });

  it('ignores installed browsers on request, as on a fresh machine (how CI proves the install path)', () => {
    const plan = planBrowser(
      'chromium',
      host({ isRoot: true, files: ['/usr/bin/chromium'], env: { E2E_IGNORE_INSTALLED_BROWSERS: '1' } }),
    );
    expect(plan).toMatchObject({ install: { how: 'apt' } });
  });
});

describe('provideBrowser', () => {
  it('honours PHOTO_TRIAGE_NO_INSTALL and --no-install without running anything', () => {
    expect(() =>
      provideBrowser('chromium', { host: host({ isRoot: true, env: { PHOTO_TRIAGE_NO_INSTALL: '1' } }) }),
    ).toThrow(/installing is turned off/);
    expect(() =>
      provideBrowser('chromium', {
        host: host({ isRoot: true, argv: ['node', 'demo.mjs', '--no-install'] }),
      }),
    ).toThrow(/installing is turned off/);
  });

  it('returns a found browser without installing or logging', () => {
    const lines: string[] = [];
    expect(
      provideBrowser('chromium', { host: host({ files: ['/usr/bin/chromium'] }), log: (l) => lines.push(l) }),
    ).toBe('/usr/bin/chromium');
    expect(lines).toEqual([]);
  });

  it('runs the apt-get commands and returns where the package put the browser', () => {
    const files = new Set<string>();
    const machine = host({ isRoot: true, exists: (p) => files.has(p) });
    machine.run = (cmd, args) => {
      machine.ran.push([cmd, ...args].join(' '));
      if (args.includes('install')) files.add('/usr/bin/chromium');
      return 0;
    };
    const lines: string[] = [];
    expect(provideBrowser('chromium', { host: machine, log: (l) => lines.push(l) })).toBe(
      '/usr/bin/chromium',
    );
    expect(machine.ran).toEqual([
      'apt-get update -qq',
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
    ]);
    expect(lines[0]).toMatch(/^Installing Chromium with apt-get/);
  });

  it("says exactly what to run when Playwright's Chromium lacks system libraries", () => {
    const chrome = '/home/buyer/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';
    const files = new Set<string>();
    const machine = host({
      exists: (p) => files.has(p),
      missingLibraries: () => ['libnss3.so', 'libatk-1.0.so.0'],
    });
    machine.run = (_cmd, args) => {
      machine.ran.push(args.slice(-3).join(' '));
      files.add(chrome);
      return 0;
    };
    expect(() => provideBrowser('chromium', { host: machine, log: () => {} })).toThrow(
      /lacks 2 of its libraries \(libnss3\.so, libatk-1\.0\.so\.0\)\.\nRun once, as an administrator:\n {2}sudo npx playwright-core install-deps chromium/,
    );
    expect(machine.ran).toEqual(['install --no-shell chromium']);
  });

  it('runs the Firefox download and returns the executable its folder holds', () => {
    const files = new Set<string>();
    const machine = host({ platform: 'darwin', hasAptGet: () => false, exists: (p) => files.has(p) });
    machine.mozillaPath = (dir) =>
      files.size > 0 ? `${dir}/firefox/mac-140.6.0esr/Firefox.app/Contents/MacOS/firefox` : undefined;
    machine.run = (_cmd, args) => {
      machine.ran.push(args.slice(1).join(' '));
      files.add(
        '/home/buyer/Library/Caches/photo-triage-browsers/firefox/mac-140.6.0esr/Firefox.app/Contents/MacOS/firefox',
      );
      return 0;
    };
    const lines: string[] = [];
    expect(provideBrowser('firefox', { host: machine, log: (l) => lines.push(l) })).toBe(
      '/home/buyer/Library/Caches/photo-triage-browsers/firefox/mac-140.6.0esr/Firefox.app/Contents/MacOS/firefox',
    );
    expect(machine.ran).toEqual([
      'install firefox@esr --path /home/buyer/Library/Caches/photo-triage-browsers',
    ]);
    expect(lines.at(-1)).toMatch(/^Firefox installed: /);
  });

  it('says which command failed and how to install by hand', () => {
    const machine = host({ isRoot: true, run: () => 100 });
    expect(() => provideBrowser('chromium', { host: machine, log: () => {} })).toThrow(
      /"apt-get update -qq" failed \(exit 100\)\.\nInstall Chromium/,
    );
  });
});
