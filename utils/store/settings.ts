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

/**
 * The revision rule (utils/store/revision) for settings, whose patches already name only what changed,
 * field by field: a field changed in another tab since `base` and set to something else here is 'stale'.
 */
function staleFields(stored: StoredSettings, patch: SettingsPatch, base: Settings): string[] {
  const now = mergeSettings(stored);
  const after = mergeSettings(applyPatch(stored, patch));
  const leaf = (o: object | undefined, k: string) => (o as Record<string, unknown> | undefined)?.[k];
  const paths: [string, unknown, unknown, unknown][] = [];
  for (const key of Object.keys(patch) as (keyof SettingsPatch)[]) {
    if (key === 'rev') continue;
    if ((NESTED as readonly string[]).includes(key)) {
      const k = key as (typeof NESTED)[number];
      const fields = new Set([
        ...Object.keys(patch[k] ?? {}),
        ...Object.keys(base[k] ?? {}),
        ...Object.keys(now[k] ?? {}),
      ]);
      if (patch[k] !== undefined)
        for (const f of [...fields]) if (!(f in (patch[k] as object))) fields.delete(f);
      for (const f of fields)
        paths.push([`settings.${k}.${f}`, leaf(base[k], f), leaf(after[k], f), leaf(now[k], f)]);
    } else paths.push([`settings.${key}`, base[key], after[key], now[key]]);
  }
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return paths.filter(([, b, mine, cur]) => !same(b, cur) && !same(mine, cur)).map(([p]) => p);
}

/**
 * `base`: the settings as the page showed them when the edit began; without it the patch is written
 * over whatever another tab saved meanwhile.
 */
export const updateSettings = (store: Store, patch: SettingsPatch, base?: Settings): Promise<Settings> =>
  change(store, (s) => {
    if (base && revOf(base) !== revOf(s)) {
      const stale = staleFields(s, patch, base);
      if (stale.length) throw staleError(stale);
    }
    return applyPatch(s, patch);
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
