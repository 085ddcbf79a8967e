// Team sync in the background: when passes run, one at a time, and the status every page shows.
//
// Passes run after a local write (debounced), on an alarm (every 30 s: Chrome's minimum, and a stopped
// service worker is woken by it), and every 15 s while an extension page or a mail panel holds the
// team port open. A pass that cannot reach the server leaves everything where it is: the next one
// catches up. Firefox's background page is never stopped; the same passes run there (no live replication:
// one schedule for both browsers; team.e2e.mjs proves the alarm's pass with no page open in each).
import { DB_NAME, type Store } from '@/utils/store';
import { watchChanges } from '@/utils/store/changes';
import type { StoreName } from '@/utils/store/db';
import {
  CONFIG_KEY,
  databaseUrl,
  EMPTY_CONFIG,
  mirrorName,
  originPattern,
  STATUS_KEY,
  statusProblem,
  TEAM_PORT,
  type TeamConfig,
  type TeamStatus,
  withDefaults,
} from './config';
import type { Db } from './db';
import { syncPass } from './engine';
import type { SharedKind } from './mapping';
import { openMirror, openRemote } from './pouch';

const ALARM = 'team-sync';
const DEBOUNCE_MS = 2000;
const OPEN_PAGE_MS = 15_000;

const KIND_OF: Partial<Record<StoreName, SharedKind>> = {
  suppliers: 'supplier',
  orders: 'order',
  templates: 'template',
  referencePhotos: 'reference',
  photos: 'photo',
  requests: 'request',
};

const setStatus = (status: TeamStatus) => browser.storage.local.set({ [STATUS_KEY]: status });

export async function readConfig(): Promise<TeamConfig> {
  const got = await browser.storage.local.get(CONFIG_KEY);
  return withDefaults(got[CONFIG_KEY]);
}

/** A failure outside a pass (opening the mirror): shown as the status, never swallowed. */
function report(e: unknown) {
  console.error('Team sync:', e);
  void setStatus({ state: 'error', problem: 'server', detail: e instanceof Error ? e.message : String(e) });
}

/** The status a pass ends with: synced, records refused, offline or what the server said. */
function statusAfter(result: { refused: { problem: string }[] } | undefined, error?: unknown): TeamStatus {
  if (result)
    return result.refused.length
      ? { state: 'error', problem: 'refused-records', detail: result.refused[0].problem }
      : { state: 'synced', at: new Date().toISOString() };
  const problem = statusProblem((error as { status?: number }).status ?? 0);
  return problem === 'offline'
    ? { state: 'offline', since: new Date().toISOString() }
    : { state: 'error', problem, detail: error instanceof Error ? error.message : undefined };
}

/** While a page or a mail panel holds the team port: a pass now, then every 15 s until all are closed. */
function runWhilePortsOpen(run: () => void): void {
  const ports = new Set<unknown>();
  let openTimer: ReturnType<typeof setInterval> | undefined;
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== TEAM_PORT || port.sender?.id !== browser.runtime.id) return;
    ports.add(port);
    run();
    openTimer ??= setInterval(run, OPEN_PAGE_MS);
    port.onMessage.addListener(run);
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      if (!ports.size) {
        clearInterval(openTimer);
        openTimer = undefined;
      }
    });
  });
}

export function startTeamSync(open: () => Promise<Store>): void {
  let config: TeamConfig = EMPTY_CONFIG;
  let mirror: Db | undefined;
  let remote: Db | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  /** Kinds written here since the last pass; undefined: look at all (first pass, a new server). */
  let changed: Set<SharedKind> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function pass(): Promise<void> {
    if (!config.enabled || !mirror || !remote) return;
    if (!(await browser.permissions.contains({ origins: [originPattern(config.server)] }))) {
      await setStatus({ state: 'error', problem: 'no-permission' });
      return;
    }
    const kinds = changed;
    changed = new Set();
    const on = mirror;
    // Turned off (or pointed at another server) while this pass ran: its end is not the status any more.
    const current = () => config.enabled && mirror === on;
    await setStatus({ state: 'syncing', pending: kinds ? kinds.size : 0 });
    try {
      const store = await open();
      const result = await syncPass(store, mirror, remote, {
        me: config.name,
        thumbnails: config.thumbnails,
        changed: kinds,
      });
      if (current()) await setStatus(statusAfter(result));
    } catch (e) {
      // What was written here stays in the mirror: the next pass sends it.
      for (const k of kinds ?? []) changed?.add(k);
      if (!kinds) changed = undefined;
      if (current()) await setStatus(statusAfter(undefined, e));
    }
  }

  /** One pass at a time; a request during a pass runs one more after it. */
  function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = pass().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void run();
      }
    });
    return running;
  }

  async function configure(next: TeamConfig) {
    const before = config;
    config = next;
    const same = before.server === next.server && before.database === next.database;
    if (!same || !next.enabled) {
      await mirror?.close().catch(() => {});
      await remote?.close().catch(() => {});
      mirror = remote = undefined;
    }
    if (!next.enabled) {
      await browser.alarms.clear(ALARM);
      await setStatus({ state: 'off' });
      return;
    }
    mirror ??= openMirror(mirrorName(next));
    remote ??= openRemote(databaseUrl(next), { username: next.username, password: next.password });
    changed = undefined;
    await browser.alarms.create(ALARM, { periodInMinutes: 0.5 });
    void run();
  }

  watchChanges({ name: DB_NAME }, (change) => {
    if (!config.enabled) return;
    for (const s of change.stores) {
      const kind = KIND_OF[s];
      if (kind) changed?.add(kind);
    }
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void run();
  });

  runWhilePortsOpen(() => void run());

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[CONFIG_KEY])
      configure(withDefaults(changes[CONFIG_KEY].newValue)).catch(report);
  });

  readConfig().then(configure).catch(report);
}
