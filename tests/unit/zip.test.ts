import { deflateSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addFiles, clearBatch, setAnalyzer, views } from '@/components/check/state';
import { describeZipRefusal, zipRefusalCatalogs } from '@/components/zip-refusal-text';
import { applyUiLanguage } from '@/utils/i18n';
import { createInlineAnalyzer } from '@/utils/photo/analyzer-client';
import type { FoundPhoto } from '@/utils/photo/check-source';
import { LIMITS } from '@/utils/photo/limits';
import { type Expanded, expandSource, type PhotoSource } from '@/utils/photo/source';
import { listZip, readZipEntry, ZipError, type ZipRefusal, zipBudget } from '@/utils/photo/zip';
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
    const [entry] = listZip(zip, zipBudget({ ...LIMITS.zip, maxRatio: 1000 }));
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

const MiB = 1024 * 1024;
/** 1 MiB of zeros deflated once (about 1 KB): shared by many entries, as a bomb maker would. */
const zeros1MiB = deflateSync(new Uint8Array(MiB), { level: 9 });
/** A zip of `n` entries that each declare 1 MiB of zeros, at about 1000:1. */
const zerosZip = (n: number) =>
  buildZip(
    Array.from({ length: n }, (_, i) => ({
      name: `IMG_${i}.jpg`,
      data: new Uint8Array(0),
      compressed: zeros1MiB,
      declaredSize: MiB,
    })),
  );
/** A zip holding these zips, stored (1:1): no ratio to catch at the outer level. */
const zipOfZips = (inner: Uint8Array[], level: 0 | 9 = 0) =>
  zipSync(Object.fromEntries(inner.map((z, i) => [`part-${i}.zip`, [z, { level }]])));
const kinds = (parts: Expanded[]) => parts.map((p) => p.kind);
const refusalOf = (parts: Expanded[]) => (parts[0].kind === 'refused' ? parts[0].error : undefined);

describe('a tree of zips is one budget (issue 19: zips inside zips multiplied every limit)', () => {
  it("the issue's zip of zips (64 zips of 850 × 1 MiB entries, 54 400 photos declared) is one refusal, found inflating at most one of its parts", async () => {
    const inner = zerosZip(850);
    // Each inner zip stays under 1 MiB, where the old ratio check did not look.
    expect(inner.length).toBeLessThan(MiB);
    const deflatedInner = deflateSync(inner, { level: 9 });
    const outer = buildZip(
      Array.from({ length: 64 }, (_, i) => ({
        name: `part-${i}.zip`,
        data: new Uint8Array(0),
        compressed: deflatedInner,
        declaredSize: inner.length,
      })),
    );
    expect(outer.length).toBeLessThan(MiB);
    const budget = zipBudget();
    const parts = await expandSource(source('photos.zip', outer), undefined, budget);
    expect(kinds(parts)).toEqual(['refused']);
    expect(refusalOf(parts)).toMatchObject({ reason: 'limit', refusal: { limit: 'ratio' } });
    // At most one inner zip was inflated to find it out.
    expect(budget.inflatedBytes).toBeLessThanOrEqual(inner.length);
  });

  it('the same tree with every level stored is refused inside, and the refusal names the inner zip', async () => {
    const parts = await expandSource(source('photos.zip', zipOfZips([zerosZip(850), zerosZip(850)])));
    expect(kinds(parts)).toEqual(['refused']);
    const error = refusalOf(parts)!;
    expect(error.refusal).toMatchObject({ limit: 'ratio', entry: 'IMG_0.jpg' });
    expect(error.inside).toBe('photos.zip/part-0.zip');
  });

  it('entries are counted across the tree: three zips of 800 small photos each are 2 400, over 2 000', async () => {
    const small = () =>
      zipSync(Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`p${i}.jpg`, new Uint8Array(1)])), {
        level: 0,
      });
    expect(kinds(await expandSource(source('one.zip', zipOfZips([small()]))))).toHaveLength(800);
    const parts = await expandSource(source('three.zip', zipOfZips([small(), small(), small()])));
    expect(kinds(parts)).toEqual(['refused']);
    expect(refusalOf(parts)?.refusal).toMatchObject({ limit: 'entries', max: LIMITS.zip.maxEntries });
    expect(refusalOf(parts)?.refusal).toMatchObject({ count: 3 + 3 * 800 });
  });

  it('declared bytes are counted across the tree: eleven zips of 100 MiB each are over 1 GiB', async () => {
    // One entry per inner zip declaring 100 MiB from 1.1 MB (91:1, under the ratio): each alone is fine.
    const body = new Uint8Array(1_100_000).map((_, i) => (i * 7919) & 0xff);
    const inner = buildZip([
      { name: 'big.jpg', data: new Uint8Array(0), compressed: body, declaredSize: 100 * MiB },
    ]);
    expect(kinds(await expandSource(source('one.zip', zipOfZips([inner]))))).toEqual(['photo']);
    const parts = await expandSource(source('eleven.zip', zipOfZips(Array(11).fill(inner))));
    expect(kinds(parts)).toEqual(['refused']);
    expect(refusalOf(parts)?.refusal).toMatchObject({ limit: 'total-bytes', max: LIMITS.zip.maxTotalBytes });
  });

  it('small entries get the ratio check too: a flat zip of 1 000 × 1 MiB at ~1000:1 is refused', async () => {
    const zip = zerosZip(1000);
    const e = await refusal(() => listZip(zip));
    expect(e.refusal).toMatchObject({ limit: 'ratio', entry: 'IMG_0.jpg', max: 100 });
    expect(e.refusal && 'ratio' in e.refusal && e.refusal.ratio).toBeGreaterThan(900);
  });

  it('entries under the 64 KB floor add up: 1 500 × 60 KB of zeros is refused by the ratio of the whole', async () => {
    const body = deflateSync(new Uint8Array(60 * 1024), { level: 9 });
    const zip = buildZip(
      Array.from({ length: 1500 }, (_, i) => ({
        name: `${i}.jpg`,
        data: new Uint8Array(0),
        compressed: body,
        declaredSize: 60 * 1024,
      })),
    );
    const e = await refusal(() => listZip(zip));
    expect(e.refusal).toMatchObject({ limit: 'ratio', max: 100 });
    expect(e.refusal && 'entry' in e.refusal && e.refusal.entry).toBeFalsy();
  });

  it('a small text that compresses past 100:1 beside real photos is not refused (the floor)', async () => {
    const text = new TextEncoder().encode(' '.repeat(4000));
    const zip = zipSync({
      'front.jpg': [photo('generated/email-downsized-640.jpg'), { level: 0 }],
      'readme.txt': [text, { level: 9 }],
    });
    const [, readme] = listZip(zip);
    expect(readme.size / readme.compressedSize).toBeGreaterThan(100);
    const parts = await expandSource(source('photos.zip', zip));
    expect(kinds(parts)).toEqual(['photo', 'skipped']);
  });

  it('a zip too deep to open is never inflated; a broken zip inside is refused alone', async () => {
    const jpg = photo('generated/email-downsized-640.jpg');
    const innermost = zipSync({ 'deep.jpg': jpg });
    const inner = zipSync({ 'a.jpg': jpg, 'innermost.zip': innermost }, { level: 0 });
    const broken = zipSync({ 'b.jpg': jpg }).slice(0, 1000);
    const outer = zipSync({ 'inner.zip': inner, 'broken.zip': broken, 'c.jpg': jpg }, { level: 0 });
    const budget = zipBudget();
    const parts = await expandSource(source('outer.zip', outer), undefined, budget);
    expect(
      parts.map((p) => (p.kind === 'skipped' ? `${p.kind}:${p.name}` : `${p.kind}:${p.source.name}`)),
    ).toEqual([
      'photo:outer.zip/inner.zip/a.jpg',
      'skipped:outer.zip/inner.zip/innermost.zip',
      'refused:outer.zip/broken.zip',
      'photo:outer.zip/c.jpg',
    ]);
    expect(budget.inflatedBytes).toBe(inner.length + broken.length);
  });

  it('what is inflated is counted: reading entries past the total is refused before allocating', async () => {
    let seed = 1;
    const data = new Uint8Array(300_000).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 16;
    });
    const zip = zipSync({ 'a.jpg': data });
    const budget = zipBudget({ ...LIMITS.zip, maxTotalBytes: 500_000 });
    const [entry] = listZip(zip, budget);
    expect((await readZipEntry(zip, entry, undefined, budget)).length).toBe(300_000);
    const e = await refusal(() => readZipEntry(zip, entry, undefined, budget));
    expect(e.refusal).toMatchObject({ limit: 'total-bytes', bytes: 600_000, max: 500_000 });
    expect(budget.inflatedBytes).toBe(300_000);
  });

  it('one drop on Check photos is one budget: its second zip of 1 200 entries is one refused card', async () => {
    const zipOf = (n: number) =>
      new Blob([
        zipSync(Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}.jpg`, new Uint8Array(0)])), {
          level: 0,
        }),
      ]);
    const found: Record<string, FoundPhoto[]> = {};
    const analyzer = createInlineAnalyzer();
    const check = (name: string, drop?: { id: number; files: number }) =>
      analyzer.check(
        zipOf(1200),
        name,
        { onFound: (photos) => (found[name] = photos), onReport: () => {} },
        undefined,
        drop,
      );
    // Apart, each zip is fine.
    await Promise.all([check('alone-a.zip'), check('alone-b.zip')]);
    expect(found['alone-a.zip']).toHaveLength(1200);
    expect(found['alone-b.zip']).toHaveLength(1200);
    // In one drop: the first listed keeps its photos, the second is one card.
    const drop = { id: 1, files: 2 };
    await Promise.all([check('a.zip', drop), check('b.zip', drop)]);
    const sizes = [found['a.zip'].length, found['b.zip'].length].sort((x, y) => x - y);
    expect(sizes).toEqual([1, 1200]);
    const refused = [...found['a.zip'], ...found['b.zip']].find((p) => p.report);
    expect(refused?.report?.error).toMatchObject({ code: 'zip-refused', zip: { limit: 'entries' } });
  });

  it('a refused zip gives back what it charged: a bomb dropped with a good zip does not refuse the good one', async () => {
    const manyEntries = zipSync(
      Object.fromEntries(Array.from({ length: 1900 }, (_, i) => [`b${i}.jpg`, new Uint8Array(1)])),
      { level: 0 },
    );
    const bomb = buildZip([{ name: 'zeros.jpg', data: new Uint8Array(8 * MiB), deflate: true }]);
    const good = zipSync(
      Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`p${i}.jpg`, new Uint8Array(1)])),
      { level: 0 },
    );
    const budget = zipBudget();
    // 1 900 entries, then refused by the ratio: they are not counted against the good zip's 500.
    const nested = zipSync({ 'many.zip': manyEntries, 'bomb.zip': bomb }, { level: 0 });
    expect(kinds(await expandSource(source('bomb.zip', nested), undefined, budget))).toEqual(['refused']);
    expect(budget).toMatchObject({ entries: 0, declaredBytes: 0, compressedBytes: 0, inflatedBytes: 0 });
    expect(kinds(await expandSource(source('good.zip', good), undefined, budget))).toHaveLength(500);
    expect(budget.entries).toBe(500);
  });

  it('the Check page sends one drop as one budget', async () => {
    setAnalyzer(createInlineAnalyzer());
    clearBatch();
    const zipOf = () =>
      new Blob([
        zipSync(
          Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`p${i}.jpg`, new Uint8Array(0)])),
          {
            level: 0,
          },
        ),
      ]);
    await addFiles([
      { file: zipOf(), name: 'a.zip' },
      { file: zipOf(), name: 'b.zip' },
    ]);
    const errors = views.value.filter((v) => v.report?.error?.code === 'zip-refused');
    expect(views.value).toHaveLength(1201);
    expect(errors).toHaveLength(1);
    clearBatch();
  });

  it('a refusal is worded in English and Chinese with its numbers', () => {
    const r = { limit: 'entries', count: 54_400, max: 2000 } as const;
    applyUiLanguage('en');
    expect(describeZipRefusal(r)).toMatch(/54,400 files.*at most 2,000/);
    expect(describeZipRefusal({ limit: 'ratio', ratio: 933, max: 100 })).toMatch(/933:1 in all — a zip bomb/);
    applyUiLanguage('zh-CN');
    expect(describeZipRefusal(r)).toMatch(/54,400 个文件.*最多打开 2,000 个/);
    expect(describeZipRefusal({ limit: 'total-bytes', bytes: 52.7 * 1024 ** 3, max: 1024 ** 3 })).toMatch(
      /52\.7 GB.*1\.0 GB/,
    );
    applyUiLanguage('en');
  });

  it('every limit has words in both languages, the Chinese in Chinese, the numbers in both', () => {
    const samples: ZipRefusal[] = [
      { limit: 'entries', count: 2403, max: 2000 },
      { limit: 'entry-bytes', entry: 'a.jpg', bytes: 200 * MiB, max: 128 * MiB },
      { limit: 'total-bytes', bytes: 1100 * MiB, max: 1024 * MiB },
      { limit: 'ratio', entry: 'a.jpg', ratio: 1000, max: 100 },
      { limit: 'ratio', ratio: 933, max: 100 },
      { limit: 'overlap' },
      { limit: 'beyond-declared', entry: 'a.jpg' },
    ];
    expect(Object.keys(zipRefusalCatalogs['zh-CN'])).toEqual(Object.keys(zipRefusalCatalogs.en));
    for (const r of samples) {
      applyUiLanguage('en');
      const en = describeZipRefusal(r);
      applyUiLanguage('zh-CN');
      const zh = describeZipRefusal(r);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      for (const n of en.match(/[\d,.]+(?=:1| GB| MB| files)/g) ?? []) expect(zh).toContain(n);
    }
    applyUiLanguage('en');
  });
});
