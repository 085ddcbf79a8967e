// Types of browsers.mjs, for the unit test that drives its decisions (tests/unit/browser-provisioning.test.ts).
export type BrowserKind = 'chromium' | 'firefox';

/** The facts about a machine that the choice rests on. */
export interface Host {
  env: Record<string, string | undefined>;
  argv?: string[];
  home: string;
  platform: string;
  isRoot: boolean;
  exists(path: string): boolean;
  hasAptGet(): boolean;
  canSudo(): boolean;
  playwrightPath(name: string): string | undefined;
  /** The Firefox that @puppeteer/browsers installed into `dir`, if any. */
  mozillaPath(dir: string): string | undefined;
  missingLibraries(path: string): string[];
  /** Runs an install command; its exit status, or an error's message. */
  run(cmd: string, args: string[]): number | string | null;
}

export interface InstallStep {
  how: 'apt' | 'playwright' | 'mozilla';
  say: string;
  commands: string[][];
  path: string | undefined;
  playwright?: string;
  cacheDir?: string;
}

export type Plan = { path: string; source: string } | { install: InstallStep } | { refuse: string };

export const BROWSERS: Record<BrowserKind, { label: string; envVar: string; systemPaths: string[] }>;
export const NO_INSTALL_ENV: string;
export function currentHost(): Host;
export function planBrowser(kind: BrowserKind, host: Host, options?: { install?: boolean }): Plan;
export function provideBrowser(
  kind: BrowserKind,
  options?: { host?: Host; install?: boolean; log?: (line: string) => void },
): string;
