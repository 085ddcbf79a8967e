// A photo is a photo wherever it came from: a dropped file, a zip entry, later a mail attachment.
// Everything becomes a PhotoSource, and zips expand into more of them before analysis.
import type { PhotoInput } from './byte-reader';
import { LIMITS } from './limits';
import { listZip, looksLikeZip, readZipEntry, treeBudget, type ZipBudget, ZipError, zipBudget } from './zip';

export interface PhotoSource {
  /** Unique within a batch. */
  id: string;
  /** What the buyer sees: `photos.zip/front.jpg` for a zip entry. Always rendered as text. */
  name: string;
  sizeHint?: number;
  /** When the file was last modified or received, ISO 8601, if known. */
  date?: string;
  read(): Promise<PhotoInput>;
}

/** What expanding a source gave: photos to analyse, or why a zip was refused. */
export type Expanded =
  | { kind: 'photo'; source: PhotoSource }
  | { kind: 'refused'; source: PhotoSource; error: ZipError }
  | { kind: 'skipped'; name: string; reason: 'not-an-image' | 'too-deep' };

const IMAGE_EXT = /\.(jpe?g|jfif|png|gif|webp|bmp|tiff?|heic|heif|avif)$/i;
const ZIP_EXT = /\.zip$/i;

async function firstBytes(input: PhotoInput): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input.subarray(0, 4);
  if (input instanceof ArrayBuffer) return new Uint8Array(input, 0, Math.min(4, input.byteLength));
  if (input instanceof Blob) return new Uint8Array(await input.slice(0, 4).arrayBuffer());
  return new Uint8Array(0); // streams are photos: mail adapters send zips as blobs
}

async function allBytes(input: PhotoInput): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (input instanceof Blob) return new Uint8Array(await input.arrayBuffer());
  return new Uint8Array(await new Response(input).arrayBuffer());
}

/**
 * Expand zips (one level of nesting) into their image entries; pass photos through. Entries are
 * inflated lazily, when the analysis reads them, so memory holds one entry per running analysis.
 *
 * Every zip of the tree is charged to one `budget` (pass the same one for every file of a drop). A tree
 * that breaks a limit anywhere is refused whole, as one verdict on the outer file: a bomb's harmless-
 * looking parts are not worth listing, and what it charged is given back. A zip inside that is merely
 * broken is refused on its own.
 */
export async function expandSource(
  source: PhotoSource,
  signal?: AbortSignal,
  budget: ZipBudget = zipBudget(),
): Promise<Expanded[]> {
  const input = await source.read();
  const head = await firstBytes(input);
  if (!looksLikeZip(head)) return [{ kind: 'photo', source }];
  const tree = treeBudget(budget);
  try {
    return await expandZip(source, await allBytes(input), 0, tree, signal);
  } catch (e) {
    // Refused, the tree keeps nothing: what it charged goes back to the drop's other files.
    tree.release();
    if (!(e instanceof ZipError)) throw e;
    return [{ kind: 'refused', source, error: e }];
  }
}

async function expandZip(
  source: PhotoSource,
  zip: Uint8Array,
  depth: number,
  budget: ZipBudget,
  signal?: AbortSignal,
): Promise<Expanded[]> {
  const entries = listZip(zip, budget, depth > 0 ? source.name : undefined);
  const out: Expanded[] = [];
  for (const entry of entries) {
    signal?.throwIfAborted();
    const name = `${source.name}/${entry.name}`;
    const child: PhotoSource = {
      id: `${source.id}/${entry.name}`,
      name,
      sizeHint: entry.size,
      date: source.date,
      read: () => readZipEntry(zip, entry, signal, budget),
    };
    if (ZIP_EXT.test(entry.name)) {
      // Too deep: said so, and never inflated (the name decides; a zip named .jpg is read as a photo).
      if (depth + 1 > LIMITS.zip.maxDepth) {
        out.push({ kind: 'skipped', name, reason: 'too-deep' });
        continue;
      }
      let inner: Uint8Array;
      try {
        inner = await readZipEntry(zip, entry, signal, budget);
        if (!looksLikeZip(inner)) {
          out.push({ kind: 'photo', source: { ...child, read: async () => inner } });
          continue;
        }
        out.push(
          ...(await expandZip({ ...child, read: async () => inner }, inner, depth + 1, budget, signal)),
        );
      } catch (e) {
        // A limit met inside refuses the whole tree (the caller's catch); a broken inner zip, only itself.
        if (e instanceof ZipError && e.reason !== 'limit')
          out.push({ kind: 'refused', source: child, error: e });
        else throw e;
      }
    } else if (IMAGE_EXT.test(entry.name)) {
      out.push({ kind: 'photo', source: child });
    } else {
      out.push({ kind: 'skipped', name, reason: 'not-an-image' });
    }
  }
  return out;
}
