// The buyer's settings. Only what the buyer changed is stored; defaults are merged on every read, so a
// default tuned in a later release reaches everyone who never touched it.
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import type { Store } from './db';
import { nextRev, revOf, staleError } from './revision';
import { SETTINGS_KEY, type StoredSettings } from './stored';
import { normalizeAddress } from './suppliers';
import { assertValid, read, write } from './tx';
import type { Settings } from './types';
import { validateSettings } from './validate';

export const DEFAULT_SETTINGS: Settings = {
  thresholds: DEFAULT_THRESHOLDS,
  replyLanguages: ['en', 'zh-CN'],
  replyLayout: 'sequential',
  replyDetail: 'detailed',
  buyer: { name: '', company: '', signature: '' },
  ignoredSenders: [],
};

/** A change to the settings. A field set to `undefined` goes back to its default. */
export type SettingsPatch = StoredSettings;

export function mergeSettings(stored: StoredSettings | undefined): Settings {
  const s = stored ?? {};
  const merged: Settings = {
    ...DEFAULT_SETTINGS,
    ...withoutUndefined(s),
    thresholds: { ...DEFAULT_THRESHOLDS, ...withoutUndefined(s.thresholds ?? {}) },
    buyer: { ...DEFAULT_SETTINGS.buyer, ...withoutUndefined(s.buyer ?? {}) },
  };
  // The buyer's templates only: a language left out renders with the default template (utils/reply), so
  // improved default wording reaches everyone who never edited it.
  const templates = withoutUndefined(s.replyTemplates ?? {});
  if (Object.keys(templates).length) merged.replyTemplates = templates;
  else delete merged.replyTemplates;
  return merged;
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function applyPatch(stored: StoredSettings, patch: SettingsPatch): StoredSettings {
  const next: StoredSettings = withoutUndefined({ ...stored, ...patch });
  // Merged field by field: `{ buyer: { name: undefined } }` resets the name only, `{ buyer: undefined }` all.
  for (const key of ['thresholds', 'buyer', 'replyTemplates'] as const) {
    if (!(key in patch)) continue;
    const part = patch[key] === undefined ? {} : withoutUndefined({ ...stored[key], ...patch[key] });
    if (Object.keys(part).length) (next as Record<string, unknown>)[key] = part;
    else delete next[key];
  }
  return next;
}

export async function getSettings(store: Store): Promise<Settings> {
  return mergeSettings(await read(store, ['settings'], (tx) => tx.objectStore('settings').get(SETTINGS_KEY)));
}

/** The stored record itself (only the buyer's changes), for backups. */
export const getStoredSettings = (store: Store): Promise<StoredSettings | undefined> =>
  read(store, ['settings'], (tx) => tx.objectStore('settings').get(SETTINGS_KEY));

async function change(store: Store, fn: (s: StoredSettings) => StoredSettings): Promise<Settings> {
  return write(store, ['settings'], async (tx) => {
    const settings = tx.objectStore('settings');
    const stored = (await settings.get(SETTINGS_KEY)) ?? {};
    const next = { ...fn(stored), rev: nextRev(stored) };
    assertValid(validateSettings, next, 'settings', 'Settings not saved');
    await settings.put(next, SETTINGS_KEY);
    return mergeSettings(next);
  });
}

const NESTED = ['thresholds', 'buyer', 'replyTemplates'] as const;
type Nested = (typeof NESTED)[number];
const isNested = (k: string): k is Nested => (NESTED as readonly string[]).includes(k);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const field = (o: object | undefined, k: string) => (o as Record<string, unknown> | undefined)?.[k];

/**
 * The revision rule (utils/store/revision) for settings, whose patches name fields: a field the page
 * left as it was in `base` is dropped from the patch (another tab's value stays); a field changed here
 * and, differently, in another tab since `base` is stale.
 */
function rebase(
  stored: StoredSettings,
  patch: SettingsPatch,
  base: Settings,
): { patch: SettingsPatch; stale: string[] } {
  const now = mergeSettings(stored);
  const after = mergeSettings(applyPatch(stored, patch));
  const out: Record<string, unknown> = {};
  const stale: string[] = [];
  const check = (path: string, b: unknown, mine: unknown, cur: unknown) => {
    if (same(b, mine)) return false;
    if (!same(b, cur) && !same(mine, cur)) stale.push(path);
    return true;
  };
  for (const key of Object.keys(patch)) {
    if (key === 'rev') continue;
    const value = (patch as Record<string, unknown>)[key];
    if (isNested(key) && value !== undefined) {
      const part: Record<string, unknown> = {};
      for (const [f, v] of Object.entries(value as object)) {
        const path = `settings.${key}.${f}`;
        if (check(path, field(base[key], f), field(after[key], f), field(now[key], f))) part[f] = v;
      }
      if (Object.keys(part).length) out[key] = part;
    } else if (
      check(
        `settings.${key}`,
        base[key as keyof Settings],
        after[key as keyof Settings],
        now[key as keyof Settings],
      )
    )
      out[key] = value;
  }
  return { patch: out as SettingsPatch, stale };
}

/**
 * `base`: the settings as the page showed them when the edit began; without it the patch is written
 * over whatever another tab saved meanwhile.
 */
export const updateSettings = (store: Store, patch: SettingsPatch, base?: Settings): Promise<Settings> =>
  change(store, (s) => {
    if (!base || revOf(base) === revOf(s)) return applyPatch(s, patch);
    const rebased = rebase(s, patch, base);
    if (rebased.stale.length) throw staleError(rebased.stale);
    return applyPatch(s, rebased.patch);
  });

/** "Never for this sender": unknown senders the buyer does not want triaged. */
export const addIgnoredSender = (store: Store, email: string): Promise<Settings> =>
  change(store, (s) => {
    const address = normalizeAddress(email);
    const list = s.ignoredSenders ?? [];
    return list.includes(address) ? s : { ...s, ignoredSenders: [...list, address] };
  });

export const removeIgnoredSender = (store: Store, email: string): Promise<Settings> =>
  change(store, (s) => ({
    ...s,
    ignoredSenders: (s.ignoredSenders ?? []).filter((e) => e !== normalizeAddress(email)),
  }));
