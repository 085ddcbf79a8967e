// The one write rule for records the buyer edits (suppliers, orders with their stages and shots,
// templates, settings), the same for two tabs today and two people with team sync later:
//
// - every record carries `rev`, a number raised by one on each write (absent = 0: records saved before
//   revisions existed need no migration);
// - a page's write names the record as the page showed it when the edit began (its `base`). When the
//   stored `rev` is still the base's, the change is written as it is. When another tab wrote meanwhile,
//   the change is replayed as what it changed — field by field, lists of records (stages, shots) item
//   by item by id, lists of words (PO numbers, addresses) as additions and removals — over what is
//   stored now. Only a value changed on both sides, differently, stops the write: a StoreError
//   'stale' ("changed in another tab — reload") naming each such path, and nothing is written.
//
// Pure and synchronous: it runs inside the write transaction, between the read and the put.
import { StoreError } from './errors';

export interface Revised {
  rev?: number;
}

export const revOf = (r: Revised | undefined): number => r?.rev ?? 0;

/** The next revision of a stored record. */
export const nextRev = (stored: Revised | undefined): number => revOf(stored) + 1;

type Json = unknown;

function same(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as Json[];
    return a.length === bb.length && a.every((x, i) => same(x, bb[i]));
  }
  // Blobs and other non-plain objects are compared by identity only.
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype)
    return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, Json>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, Json>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => same((a as Record<string, Json>)[k], (b as Record<string, Json>)[k]))
  );
}

const isPlain = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

const hasId = (v: Json): v is { id: string } => isPlain(v) && typeof v.id === 'string';

const isIdList = (v: Json): v is { id: string }[] => Array.isArray(v) && v.every(hasId);
const isWordList = (v: Json): v is (string | number)[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number');

/**
 * Three-way merge of one value: `base` what the page started from, `mine` what it wants, `theirs` what
 * is stored now. Conflicting paths are pushed to `conflicts`; the result is then not to be written.
 */
export function merge3(base: Json, mine: Json, theirs: Json, path: string, conflicts: string[]): Json {
  if (same(mine, base)) return theirs;
  if (same(theirs, base) || same(mine, theirs)) return mine;
  if (isPlain(base) && isPlain(mine) && isPlain(theirs)) {
    const out: Record<string, Json> = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)])) {
      const v = merge3(base[key], mine[key], theirs[key], `${path}.${key}`, conflicts);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  if (isIdList(base) && isIdList(mine) && isIdList(theirs))
    return mergeById(base, mine, theirs, path, conflicts);
  if (isWordList(base) && isWordList(mine) && isWordList(theirs)) {
    const removed = new Set(base.filter((x) => !mine.includes(x)));
    const added = mine.filter((x) => !base.includes(x) && !theirs.includes(x));
    return [...theirs.filter((x) => !removed.has(x)), ...added];
  }
  conflicts.push(path);
  return theirs;
}

/** Items matched by id: each one merged; added and removed ones kept; a removal of an item changed elsewhere conflicts. */
function mergeById(
  base: { id: string }[],
  mine: { id: string }[],
  theirs: { id: string }[],
  path: string,
  conflicts: string[],
): Json[] {
  const byId = (list: { id: string }[]) => new Map(list.map((x) => [x.id, x]));
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  const merged = new Map<string, Json>();
  for (const id of new Set([...t.keys(), ...m.keys()])) {
    const at = `${path}[${JSON.stringify(id)}]`;
    const inBase = b.get(id);
    const inMine = m.get(id);
    const inTheirs = t.get(id);
    if (inMine && inTheirs) merged.set(id, merge3(inBase, inMine, inTheirs, at, conflicts));
    else if (inMine) {
      // Removed elsewhere: gone unless this page changed it (then both cannot hold).
      if (!inBase) merged.set(id, inMine);
      else if (!same(inMine, inBase)) conflicts.push(at);
    } else if (inTheirs) {
      // Removed here: kept when it was added or changed elsewhere meanwhile.
      if (!inBase) merged.set(id, inTheirs);
      else if (!same(inTheirs, inBase)) conflicts.push(at);
    }
  }
  // Order: this page's when it reordered, else the stored one; items new here go after their
  // predecessor in this page's list.
  const order = (list: { id: string }[]) => list.map((x) => x.id).filter((id) => merged.has(id));
  const reordered = !same(
    order(base).filter((id) => m.has(id)),
    order(mine).filter((id) => b.has(id)),
  );
  const ids = reordered ? order(mine) : order(theirs);
  for (const id of reordered ? order(theirs) : order(mine)) {
    if (ids.includes(id)) continue;
    const list = reordered ? theirs : mine;
    const i = list.findIndex((x) => x.id === id);
    const before = list
      .slice(0, i)
      .reverse()
      .find((x) => ids.includes(x.id));
    ids.splice(before ? ids.indexOf(before.id) + 1 : 0, 0, id);
  }
  return ids.map((id) => merged.get(id));
}

/**
 * The record to write: `patch` over `stored`, checked against `base` (the record the page edited).
 * Without a base the patch is written over what is stored (callers that read and write in one
 * transaction). Throws StoreError('stale') when a patched value was also changed elsewhere.
 */
export function applyEdit<T extends Revised & object>(
  stored: T,
  patch: Partial<T>,
  base: T | undefined,
  what: string,
): T {
  const next = { ...stored } as Record<string, Json>;
  if (!base || revOf(base) === revOf(stored)) Object.assign(next, patch);
  else {
    const conflicts: string[] = [];
    for (const key of Object.keys(patch)) {
      if (key === 'rev') continue;
      const b = (base as Record<string, Json>)[key];
      const v = merge3(
        b,
        (patch as Record<string, Json>)[key],
        (stored as Record<string, Json>)[key],
        `${what}.${key}`,
        conflicts,
      );
      next[key] = v;
    }
    if (conflicts.length) throw staleError(conflicts);
  }
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  next.rev = nextRev(stored);
  return next as T;
}

export function staleError(paths: string[]): StoreError {
  return new StoreError('stale', undefined, { problems: paths.map((p) => `${p}: changed in another tab`) });
}
