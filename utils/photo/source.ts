// A photo is a photo wherever it came from: a dropped file, a zip entry, later a mail attachment.
// Everything becomes a PhotoSource, and zips expand into more of them before analysis.
import type { PhotoInput } from './byte-reader';
import { LIMITS } from './limits';
import { listZip, looksLikeZip, readZipEntry, ZipError } from './zip';

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
 */
export async function expandSource(
  source: PhotoSource,
  signal?: AbortSignal,
  depth = 0,
): Promise<Expanded[]> {
  const input = await source.read();
  const head = await firstBytes(input);
  if (!looksLikeZip(head)) return [{ kind: 'photo', source }];
  if (depth > LIMITS.zip.maxDepth) return [{ kind: 'skipped', name: source.name, reason: 'too-deep' }];
  const zip = await allBytes(input);
  let entries: ReturnType<typeof listZip>;
  try {
    entries = listZip(zip);
  } catch (e) {
    return [
      { kind: 'refused', source, error: e instanceof ZipError ? e : new ZipError(String(e), 'corrupt') },
    ];
  }
  const out: Expanded[] = [];
  for (const entry of entries) {
    const name = `${source.name}/${entry.name}`;
    const child: PhotoSource = {
      id: `${source.id}/${entry.name}`,
      name,
      sizeHint: entry.size,
      date: source.date,
      read: () => readZipEntry(zip, entry, signal),
    };
    if (ZIP_EXT.test(entry.name)) {
      try {
        const inner = await readZipEntry(zip, entry, signal);
        out.push(...(await expandSource({ ...child, read: async () => inner }, signal, depth + 1)));
      } catch (e) {
        if (e instanceof ZipError) out.push({ kind: 'refused', source: child, error: e });
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
