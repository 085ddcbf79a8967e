// What the scenarios' page-side functions (page.evaluate, addInitScript) find in the pages they run in:
// the extension APIs on our own pages, and the probes the scenarios themselves install on window.
// biome-ignore-all lint/suspicious/noExplicitAny: probes of many shapes, each read by the scenario that set it

/** chrome.* on extension pages and in the service worker (Chromium). */
declare const chrome: any;

interface Window {
  /** Frame and timer gaps and long tasks, by the responsiveness heartbeats. */
  __heartbeat: any;
  __longTasks: any;
  __peaks: any;
  /** Set by hostile payloads if they ever run. */
  __pwned: any;
  /** The page-isolation spy on attachShadow and fetch. */
  __spy: any;
  __inputs: any;
  __refocused: any;
  axe: any;
  trustedTypes: any;
}

/**
 * The Outlook fixture pages' own function for an attachment's URL: a top-level `const` of their classic
 * script, so a global binding the page's functions see, but not a property of window.
 */
declare const endpoint: (host: string, name: string) => string;

/** The options of chromium.mjs launchWithExtension and firefox.mjs launchFirefoxWithExtension. */
interface E2eLaunchOptions {
  extensionPath?: string;
  headless?: boolean;
  /** e.g. ['MAP mail.google.com 127.0.0.1:8443']. */
  hostRules?: string[];
  userDataDir?: string;
  /** The browser's language, e.g. 'zh-CN'. */
  lang?: string;
  /** A watch from network-watch.mjs. */
  network?: any;
  revealClosedRoots?: boolean;
  extraArgs?: string[];
  /** Firefox only, more profile prefs (team-helpers.mjs: optional permission prompts answered). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}
