// Zip expansion that refuses bombs before inflating anything. fflate does the inflating; the central
// directory is read here so that every declared size, the entry count, the ratio and overlapping
// entries are checked first, and actual output is counted while inflating.
import { Inflate } from 'fflate';
import { LIMITS } from './limits';
import { yieldToMain } from './yield';

/** Which safety limit a zip broke, with the numbers: the UI words it in the buyer's language. */
export type ZipRefusal =
  | { limit: 'entries'; count: number; max: number }
  | { limit: 'entry-bytes'; entry: string; bytes: number; max: number }
  | { limit: 'total-bytes'; bytes: number; max: number }
  | { limit: 'ratio'; entry?: string; ratio: number; max: number }
  | { limit: 'overlap' }
  | { limit: 'beyond-declared'; entry: string };

export class ZipError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-zip' | 'corrupt' | 'limit' | 'unsupported',
    /** Set for reason 'limit'. */
    readonly refusal?: ZipRefusal,
    /** The zip inside the zip where the limit was met, when it was not the outer one. */
    readonly inside?: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

const limitError = (message: string, refusal: ZipRefusal, inside?: string) =>
  new ZipError(inside ? `${inside}: ${message}` : message, 'limit', refusal, inside);

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  method: number;
  /** Offset of the compressed data in the archive. */
  dataStart: number;
}

/** The limits one budget holds to (the ratio floor defaults to LIMITS.zip's). */
export type ZipLimits = { [K in Exclude<keyof typeof LIMITS.zip, 'ratioFloorBytes'>]: number } & {
  ratioFloorBytes?: number;
};

/**
 * What one attachment, or one drop on Check photos, has used of the zip limits so far: every zip of
 * the tree (zips inside zips, and the other zips of the same drop) is charged to the same budget, so
 * nesting never multiplies a limit.
 */
export interface ZipBudget {
  readonly limits: ZipLimits;
  /** Central-directory records read. */
  entries: number;
  /** Sizes the entries declare, and what they take compressed. */
  declaredBytes: number;
  compressedBytes: number;
  /** Bytes actually produced by inflating (or copying out stored) entries. */
  inflatedBytes: number;
}

export function zipBudget(limits: ZipLimits = LIMITS.zip): ZipBudget {
  return { limits, entries: 0, declaredBytes: 0, compressedBytes: 0, inflatedBytes: 0 };
}

const COUNTERS = ['entries', 'declaredBytes', 'compressedBytes', 'inflatedBytes'] as const;

/**
 * A view of `shared` for one tree: limits are checked against the shared totals, and what the tree
 * charged can be given back with `release()` when the tree is refused. A refused bomb keeps nothing (one
 * card), so it must not use up the allowance of the good zips dropped with it.
 */
export function treeBudget(shared: ZipBudget): ZipBudget & { release(): void } {
  const own = { entries: 0, declaredBytes: 0, compressedBytes: 0, inflatedBytes: 0 };
  const view = {
    limits: shared.limits,
    release() {
      for (const k of COUNTERS) {
        shared[k] -= own[k];
        own[k] = 0;
      }
    },
  } as ZipBudget & { release(): void };
  for (const k of COUNTERS) {
    Object.defineProperty(view, k, {
      get: () => shared[k],
      set: (value: number) => {
        own[k] += value - shared[k];
        shared[k] = value;
      },
    });
  }
  return view;
}

const ratioOf = (size: number, compressed: number) => Math.round(size / Math.max(compressed, 1));

export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) =>
  (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Zip names are UTF-8 when flag bit 11 says so; otherwise they are in the zipping machine's code page,
 * which for a Chinese factory's Windows PC is GBK. Try UTF-8, then GBK, then Latin-1.
 */
function decodeName(raw: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(raw);
  try {
    return utf8.decode(raw);
  } catch {
    try {
      return new TextDecoder('gbk', { fatal: true }).decode(raw);
    } catch {
      return Array.from(raw, (c) => String.fromCharCode(c)).join('');
    }
  }
}

/** Entries worth opening: not folders, not macOS resource forks or hidden files. */
function isJunk(name: string): boolean {
  const base = name.split('/').pop() ?? '';
  return name.endsWith('/') || name.startsWith('__MACOSX/') || base.startsWith('.') || base === 'Thumbs.db';
}

/**
 * Read and check the central directory, charging its entries to `budget` (a fresh one: this zip alone).
 * `inside` names the zip when it is itself an entry of another. Throws ZipError; inflates nothing.
 */
export function listZip(
  zip: Uint8Array,
  budgetOrLimits: ZipBudget | ZipLimits = zipBudget(),
  inside?: string,
): ZipEntry[] {
  const budget = 'limits' in budgetOrLimits ? budgetOrLimits : zipBudget(budgetOrLimits);
  if (!looksLikeZip(zip)) throw new ZipError('Not a zip archive.', 'not-zip');
  const table = readTrailer(zip);
  chargeEntries(budget, table.count, inside);
  if (table.cdOffset + table.cdSize > table.eocd) {
    throw new ZipError('The zip table of contents is corrupt.', 'corrupt');
  }
  const entries: ZipEntry[] = [];
  const ranges: [number, number][] = [];
  let p = table.cdOffset;
  for (let i = 0; i < table.count; i++) {
    const record = readRecord(zip, p, table.eocd);
    p = record.next;
    if (isJunk(record.name)) continue;
    const entry = checkEntry(zip, record, budget, table.cdOffset, inside);
    ranges.push([record.localOffset, entry.dataStart + entry.compressedSize]);
    entries.push(entry);
  }
  refuseOverlap(ranges, inside);
  refuseTreeRatio(budget, inside);
  return entries;
}

/** Where the central directory is and how many records it holds, from the end-of-central-directory record. */
function readTrailer(zip: Uint8Array): { eocd: number; count: number; cdSize: number; cdOffset: number } {
  // The end-of-central-directory record sits in the last 22 + 65 535 (comment) bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (u32(zip, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('The zip is truncated: its table of contents is missing.', 'corrupt');
  const count = u16(zip, eocd + 10);
  const cdSize = u32(zip, eocd + 12);
  const cdOffset = u32(zip, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new ZipError('ZIP64 archives are not supported.', 'unsupported');
  }
  return { eocd, count, cdSize, cdOffset };
}

/** Counted before a single record is read: the count in the table's trailer is what the work would be. */
function chargeEntries(budget: ZipBudget, count: number, inside: string | undefined): void {
  budget.entries += count;
  const max = budget.limits.maxEntries;
  if (budget.entries <= max) return;
  throw limitError(
    budget.entries === count
      ? `The zip has ${count} entries; more than ${max} is refused.`
      : `The zips hold ${budget.entries} entries in all; more than ${max} is refused.`,
    { limit: 'entries', count: budget.entries, max },
    inside,
  );
}

interface DirectoryRecord {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Where the next record starts. */
  next: number;
}

/** One central-directory record at `p`, as it declares itself (nothing checked but its place). */
function readRecord(zip: Uint8Array, p: number, eocd: number): DirectoryRecord {
  if (p + 46 > eocd || u32(zip, p) !== 0x02014b50) {
    throw new ZipError('The zip table of contents is corrupt.', 'corrupt');
  }
  const flags = u16(zip, p + 8);
  const nameLength = u16(zip, p + 28);
  return {
    name: decodeName(zip.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0),
    flags,
    method: u16(zip, p + 10),
    compressedSize: u32(zip, p + 20),
    size: u32(zip, p + 24),
    localOffset: u32(zip, p + 42),
    next: p + 46 + nameLength + u16(zip, p + 30) + u16(zip, p + 32),
  };
}

/** A record we can open, within the limits, whose data lies inside the archive; charged to `budget`. */
function checkEntry(
  zip: Uint8Array,
  record: DirectoryRecord,
  budget: ZipBudget,
  cdOffset: number,
  inside: string | undefined,
): ZipEntry {
  const { name, flags, method, compressedSize, size, localOffset } = record;
  const limits = budget.limits;
  if (flags & 1) throw new ZipError(`“${name}” is encrypted.`, 'unsupported');
  if (method !== 0 && method !== 8) {
    throw new ZipError(`“${name}” uses a compression method we cannot open (${method}).`, 'unsupported');
  }
  if (size > limits.maxEntryBytes) {
    throw limitError(
      `“${name}” would expand to ${size} bytes, over the limit.`,
      { limit: 'entry-bytes', entry: name, bytes: size, max: limits.maxEntryBytes },
      inside,
    );
  }
  budget.declaredBytes += size;
  budget.compressedBytes += compressedSize;
  if (budget.declaredBytes > limits.maxTotalBytes) {
    throw limitError(
      `The zip would expand to ${budget.declaredBytes} bytes in all, over the limit.`,
      { limit: 'total-bytes', bytes: budget.declaredBytes, max: limits.maxTotalBytes },
      inside,
    );
  }
  if (method === 8 && size > ratioFloorOf(limits) && size > limits.maxRatio * compressedSize) {
    const ratio = ratioOf(size, compressedSize);
    throw limitError(
      `“${name}” is compressed ${ratio}:1 — a zip bomb.`,
      { limit: 'ratio', entry: name, ratio, max: limits.maxRatio },
      inside,
    );
  }
  if (method === 0 && size !== compressedSize) throw new ZipError(`“${name}” is corrupt.`, 'corrupt');
  if (localOffset + 30 > cdOffset || u32(zip, localOffset) !== 0x04034b50) {
    throw new ZipError(`“${name}” points outside the archive.`, 'corrupt');
  }
  const dataStart = localOffset + 30 + u16(zip, localOffset + 26) + u16(zip, localOffset + 28);
  if (dataStart + compressedSize > cdOffset) throw new ZipError(`“${name}” is truncated.`, 'corrupt');
  return { name, compressedSize, size, method, dataStart };
}

const ratioFloorOf = (limits: ZipLimits) => limits.ratioFloorBytes ?? LIMITS.zip.ratioFloorBytes;

/** Entries sharing bytes are the trick of overlapping-file bombs; real zips never do it. */
function refuseOverlap(ranges: [number, number][], inside: string | undefined): void {
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i][0] < ranges[i - 1][1])
      throw limitError('The zip has overlapping entries — a zip bomb.', { limit: 'overlap' }, inside);
  }
}

/** Many small entries, each under the ratio floor, add up: the tree as a whole stays under the ratio. */
function refuseTreeRatio(budget: ZipBudget, inside: string | undefined): void {
  const { declaredBytes, compressedBytes, limits } = budget;
  if (declaredBytes > ratioFloorOf(limits) && declaredBytes > limits.maxRatio * compressedBytes) {
    const ratio = ratioOf(declaredBytes, compressedBytes);
    throw limitError(
      `The zip is compressed ${ratio}:1 in all — a zip bomb.`,
      { limit: 'ratio', ratio, max: limits.maxRatio },
      inside,
    );
  }
}

const STEP = 16 * 1024;

/**
 * Inflate one entry, counting output and yielding to the page between steps. With a budget, the entry's
 * size is charged before its buffer is allocated: what is inflated across the tree stays under the limit
 * even if an entry were read more than once.
 */
export async function readZipEntry(
  zip: Uint8Array,
  entry: ZipEntry,
  signal?: AbortSignal,
  budget?: ZipBudget,
): Promise<Uint8Array> {
  if (budget) {
    const max = budget.limits.maxTotalBytes;
    if (budget.inflatedBytes + entry.size > max) {
      throw limitError(`Reading “${entry.name}” would inflate more than ${max} bytes in all.`, {
        limit: 'total-bytes',
        bytes: budget.inflatedBytes + entry.size,
        max,
      });
    }
    budget.inflatedBytes += entry.size;
  }
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return data;
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) {
      throw limitError(`“${entry.name}” expands beyond its declared size — a zip bomb.`, {
        limit: 'beyond-declared',
        entry: entry.name,
      });
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  let last = performance.now();
  try {
    for (let i = 0; i < data.length; i += STEP) {
      inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
      if (performance.now() - last > 8) {
        await yieldToMain();
        signal?.throwIfAborted();
        last = performance.now();
      }
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof ZipError || (e as Error)?.name === 'AbortError') throw e;
    throw new ZipError(`“${entry.name}” is corrupt (${(e as Error).message}).`, 'corrupt');
  }
  if (written !== entry.size) throw new ZipError(`“${entry.name}” is truncated.`, 'corrupt');
  return out;
}
