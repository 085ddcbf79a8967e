import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/utils/photo/limits';
import { expandSource, type PhotoSource } from '@/utils/photo/source';
import { listZip, readZipEntry, ZipError } from '@/utils/photo/zip';
import { photo } from './helpers/fixtures';
import { buildZip } from './helpers/zip-builder';

const source = (name: string, bytes: Uint8Array): PhotoSource => ({
  id: name,
  name,
  read: async () => bytes,
});

async function refusal(fn: () => unknown): Promise<ZipError> {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ZipError);
    return e as ZipError;
  }
  throw new Error('expected a ZipError');
}

describe('supplier zips', () => {
  it('expands the real supplier zip into its four photos, which analyse like files', async () => {
    const parts = await expandSource(source('supplier-photos.zip', photo('generated/supplier-photos.zip')));
    expect(parts.map((p) => p.kind)).toEqual(['photo', 'photo', 'photo', 'photo']);
    const names = parts.map((p) => (p.kind === 'photo' ? p.source.name : ''));
    expect(names).toEqual([
      'supplier-photos.zip/good-3000.jpg',
      'supplier-photos.zip/chat-recompressed-1280.jpg',
      'supplier-photos.zip/email-downsized-640.jpg',
      'supplier-photos.zip/dark-2400.jpg',
    ]);
    const first = parts[0].kind === 'photo' ? await parts[0].source.read() : undefined;
    // Compare as one buffer: element-wise deep equality of 1.7 MB takes seconds.
    expect(Buffer.compare(first as Uint8Array, photo('generated/good-3000.jpg'))).toBe(0);
  });

  it('skips folders, macOS resource forks and non-photos; names in GBK (Chinese Windows) decode', async () => {
    const gbkFront = new Uint8Array([0xd5, 0xfd, 0xc3, 0xe6, 0x2e, 0x6a, 0x70, 0x67]); // 正面.jpg in GBK
    const zip = buildZip([
      { name: gbkFront, data: photo('generated/email-downsized-640.jpg') },
      { name: '__MACOSX/._正面.jpg', data: new Uint8Array(10) },
      { name: 'report.pdf', data: new Uint8Array(10) },
      { name: '标签.jpg', data: photo('generated/email-downsized-640.jpg'), utf8Flag: true, deflate: true },
    ]);
    const parts = await expandSource(source('photos.zip', zip));
    expect(
      parts.map((p) => (p.kind === 'skipped' ? `skip:${p.name}` : `${p.kind}:${p.source.name}`)),
    ).toEqual(['photo:photos.zip/正面.jpg', 'skip:photos.zip/report.pdf', 'photo:photos.zip/标签.jpg']);
  });

  it('opens a zip inside a zip one level deep, not deeper', async () => {
    const jpg = photo('generated/email-downsized-640.jpg');
    const innermost = zipSync({ 'deep.jpg': jpg });
    const inner = zipSync({ 'a.jpg': jpg, 'innermost.zip': innermost });
    const outer = zipSync({ 'inner.zip': inner });
    const parts = await expandSource(source('outer.zip', outer));
    expect(parts.map((p) => p.kind)).toEqual(['photo', 'skipped']);
    expect(parts[1]).toMatchObject({ kind: 'skipped', reason: 'too-deep' });
  });
});

describe('zip bombs and broken zips are refused before inflating', () => {
  it('a deflate bomb (20 MB of zeros in 20 KB) is refused by its ratio', async () => {
    const bomb = zipSync({ 'bomb.jpg': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const e = await refusal(() => listZip(bomb));
    expect(e.reason).toBe('limit');
    expect(e.message).toMatch(/zip bomb/);
    const parts = await expandSource(source('bomb.zip', bomb));
    expect(parts[0].kind).toBe('refused');
  });

  it('an entry that lies about its size stops inflating at the declared size', async () => {
    const zip = buildZip([
      {
        name: 'liar.jpg',
        data: new Uint8Array(4 * 1024 * 1024).fill(7),
        deflate: true,
        declaredSize: 300_000,
      },
    ]);
    const [entry] = listZip(zip, { ...LIMITS.zip, maxRatio: 1000 });
    const e = await refusal(() => readZipEntry(zip, entry));
    expect(e.message).toMatch(/beyond its declared size/);
  });

  it('ten thousand entries are refused by count, quickly', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 10_000; i++) files[`${i}.jpg`] = new Uint8Array(1);
    const zip = zipSync(files, { level: 0 });
    const start = performance.now();
    const e = await refusal(() => listZip(zip));
    expect(e.message).toMatch(/10000 entries/);
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('entries sharing the same bytes (overlapping-file bomb) are refused', async () => {
    const data = new Uint8Array(2000).fill(1);
    const zip = buildZip(
      [
        { name: 'a.jpg', data, deflate: true },
        { name: 'b.jpg', data, deflate: true },
        { name: 'c.jpg', data, deflate: true },
      ],
      { shareFirstLocalHeader: true },
    );
    const e = await refusal(() => listZip(zip));
    expect(e.message).toMatch(/overlapping/);
  });

  it('declared totals over the limit are refused without allocating', async () => {
    const zip = buildZip([{ name: 'huge.jpg', data: new Uint8Array(10), declaredSize: 0xfff00000 }]);
    const e = await refusal(() => listZip(zip));
    expect(e.reason).toBe('limit');
  });

  it('a truncated zip, a corrupt entry and an encrypted one each say what is wrong', async () => {
    const real = photo('generated/supplier-photos.zip');
    expect((await refusal(() => listZip(real.slice(0, real.length / 2)))).message).toMatch(/truncated/);

    const zip = zipSync({ 'x.jpg': new Uint8Array(5000).fill(3) });
    const [entry] = listZip(zip);
    const broken = zip.slice();
    broken.fill(0xff, entry.dataStart, entry.dataStart + entry.compressedSize);
    expect((await refusal(() => readZipEntry(broken, entry))).reason).toBe('corrupt');

    const encrypted = buildZip([{ name: 'secret.jpg', data: new Uint8Array(10) }]);
    encrypted[encrypted.length - 22 - 46 - 10 + 8] |= 1; // central directory flag bit 0
    expect((await refusal(() => listZip(encrypted))).message).toMatch(/encrypted/);
  });
});
