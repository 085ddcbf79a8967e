// A backup zip read from its File, one entry at a time: the table of contents is read from the end of
// the file, and each entry's bytes are read (and inflated, and checked against their CRC) only when
// import needs them. A backup of tens of thousands of photos is never held in memory whole.
import { looksLikeZip, readZipEntry, ZipError } from '@/utils/photo/zip';
import { crc32 } from './crc32';

export interface BackupZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  localOffset: number;
  /** Name and extra field lengths in the central directory (the local header usually repeats them). */
  headerGuess: number;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) =>
  (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

export class BackupZip {
  private constructor(
    private readonly file: Blob,
    /** Where the central directory starts: no entry's data may reach past it. */
    private readonly cdOffset: number,
    readonly entries: Map<string, BackupZipEntry>,
  ) {}

  /** Reads and checks the table of contents (names unique, nothing overlapping). Throws ZipError. */
  static async open(file: Blob, maxEntries: number): Promise<BackupZip> {
    if (!looksLikeZip(await bytesOf(file.slice(0, 4)))) throw new ZipError('Not a zip archive.', 'not-zip');
    // The end record is the last 22 bytes unless the zip has a comment (ours never do): look there
    // first, then in the last 64 KiB.
    let tailStart = 0;
    let tail = new Uint8Array(0);
    let eocd = -1;
    for (const span of [22, 22 + 0xffff]) {
      tailStart = Math.max(0, file.size - span);
      tail = await bytesOf(file.slice(tailStart));
      for (let i = tail.length - 22; i >= 0; i--) {
        if (u32(tail, i) === 0x06054b50) {
          eocd = i;
          break;
        }
      }
      if (eocd >= 0) break;
    }
    if (eocd < 0) throw new ZipError('The zip is truncated: its table of contents is missing.', 'corrupt');
    const count = u16(tail, eocd + 10);
    const cdSize = u32(tail, eocd + 12);
    const cdOffset = u32(tail, eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
      throw new ZipError('ZIP64 archives (over 65,535 files or 4 GiB) are not supported.', 'unsupported');
    if (count > maxEntries)
      throw new ZipError(`The zip has ${count} entries; more than ${maxEntries} is refused.`, 'limit');
    if (cdOffset + cdSize > tailStart + eocd)
      throw new ZipError('The zip table of contents is corrupt.', 'corrupt');
    const cd = await bytesOf(file.slice(cdOffset, cdOffset + cdSize));
    const entries = new Map<string, BackupZipEntry>();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || u32(cd, p) !== 0x02014b50)
        throw new ZipError('The zip table of contents is corrupt.', 'corrupt');
      const flags = u16(cd, p + 8);
      const nameLength = u16(cd, p + 28);
      const extraLength = u16(cd, p + 30);
      // Our names are ASCII; any other archive's non-UTF-8 names are simply not ones we look for.
      const name = new TextDecoder('utf-8').decode(cd.subarray(p + 46, p + 46 + nameLength));
      const entry: BackupZipEntry = {
        name,
        method: u16(cd, p + 10),
        crc: u32(cd, p + 16),
        compressedSize: u32(cd, p + 20),
        size: u32(cd, p + 24),
        localOffset: u32(cd, p + 42),
        headerGuess: nameLength + extraLength,
      };
      p += 46 + nameLength + extraLength + u16(cd, p + 32);
      if (flags & 1) throw new ZipError(`“${name}” is encrypted.`, 'unsupported');
      if (entry.method !== 0 && entry.method !== 8)
        throw new ZipError(
          `“${name}” uses a compression method we cannot open (${entry.method}).`,
          'unsupported',
        );
      if (entry.method === 0 && entry.size !== entry.compressedSize)
        throw new ZipError(`“${name}” is corrupt.`, 'corrupt');
      if (entries.has(name)) throw new ZipError(`“${name}” appears twice in the zip.`, 'corrupt');
      entries.set(name, entry);
    }
    // Entries sharing bytes are the trick of overlapping-file bombs; real zips never do it.
    const sorted = [...entries.values()].sort((a, b) => a.localOffset - b.localOffset);
    sorted.forEach((e, i) => {
      const end = e.localOffset + 30 + e.compressedSize;
      const next = i + 1 < sorted.length ? sorted[i + 1].localOffset : cdOffset;
      if (end > next) {
        throw next === cdOffset
          ? new ZipError(`“${e.name}” is truncated.`, 'corrupt')
          : new ZipError('The zip has overlapping entries — a zip bomb.', 'limit');
      }
    });
    return new BackupZip(file, cdOffset, entries);
  }

  /** One entry's bytes, inflated (never past its declared size) and checked against its CRC. */
  async read(entry: BackupZipEntry): Promise<Uint8Array> {
    let slice = await bytesOf(
      this.file.slice(entry.localOffset, entry.localOffset + 30 + entry.headerGuess + entry.compressedSize),
    );
    if (slice.length < 30 || u32(slice, 0) !== 0x04034b50)
      throw new ZipError(`“${entry.name}” points outside the archive.`, 'corrupt');
    const dataStart = 30 + u16(slice, 26) + u16(slice, 28);
    if (entry.localOffset + dataStart + entry.compressedSize > this.cdOffset)
      throw new ZipError(`“${entry.name}” is truncated.`, 'corrupt');
    if (dataStart !== 30 + entry.headerGuess) {
      slice = await bytesOf(
        this.file.slice(entry.localOffset, entry.localOffset + dataStart + entry.compressedSize),
      );
    }
    const data = slice.subarray(dataStart, dataStart + entry.compressedSize);
    const out = await readZipEntry(data, {
      name: entry.name,
      compressedSize: entry.compressedSize,
      size: entry.size,
      method: entry.method,
      dataStart: 0,
    });
    if (crc32(out) !== entry.crc)
      throw new ZipError(`“${entry.name}” is damaged (its checksum does not match).`, 'corrupt');
    return out;
  }
}
