import { describe, expect, it } from 'vitest';
import type { PhotoReport } from '@/utils/photo/types';
import { evaluatePhoto, findBatchDuplicates, verdictOf } from '@/utils/triage/rules';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { report as baseReport } from './helpers/report';

const camera = {
  make: 'Xiaomi',
  model: 'Redmi Note 13',
  takenAt: '2026-11-20T10:15:00',
  orientation: 1,
  hasGps: false,
};
const metrics = {
  sampleWidth: 1024,
  sampleHeight: 768,
  sharpness: 900,
  meanLuminance: 125,
  clippedDark: 0.01,
  clippedBright: 0.01,
  dHash: '0f0f0f0f0f0f0f0f',
};

/** A camera photo with its EXIF and sharp, well-exposed pixels: what every rule here starts from. */
const report = (over: Partial<PhotoReport> = {}) =>
  baseReport({ exif: camera, pixels: { ok: true, metrics }, ...over });
const codes = (r: PhotoReport, receivedAt?: string) =>
  evaluatePhoto(r, DEFAULT_THRESHOLDS, { receivedAt }).map((f) => f.code);

describe('rules', () => {
  it('a good camera photo has no findings', () => {
    expect(codes(report(), '2026-11-21T08:00:00Z')).toEqual([]);
  });

  it('too small fails with the measured long edge and threshold', () => {
    const [f] = evaluatePhoto(report({ width: 640, height: 480, bytes: 400_000 }));
    expect(f).toEqual({ code: 'too-small', severity: 'fail', measured: 640, threshold: 1600 });
  });

  it('the 68 KB photo fails as a small file; 150 KB only warns', () => {
    expect(evaluatePhoto(report({ bytes: 68 * 1024 })).find((f) => f.code === 'small-file')?.severity).toBe(
      'fail',
    );
    expect(evaluatePhoto(report({ bytes: 150 * 1024 })).find((f) => f.code === 'small-file')?.severity).toBe(
      'warn',
    );
  });

  it('over-compression from JPEG quality, or bytes per pixel when quality is unknown', () => {
    expect(
      evaluatePhoto(report({ jpeg: { quality: 50, progressive: false } })).find(
        (f) => f.code === 'over-compressed',
      )?.severity,
    ).toBe('fail');
    expect(
      evaluatePhoto(report({ jpeg: { quality: 70, progressive: false } })).find(
        (f) => f.code === 'over-compressed',
      )?.severity,
    ).toBe('warn');
    expect(codes(report({ jpeg: { progressive: false }, bytes: 400_000 }))).toContain('over-compressed');
  });

  it('chat-app recompression needs the chat size, no EXIF and low quality together', () => {
    const chat = report({
      width: 1280,
      height: 960,
      bytes: 120_000,
      exif: undefined,
      jpeg: { quality: 50, progressive: false },
    });
    expect(codes(chat)).toContain('chat-recompressed');
    expect(codes({ ...chat, exif: camera })).not.toContain('chat-recompressed');
    expect(codes({ ...chat, jpeg: { quality: 95, progressive: false } })).not.toContain('chat-recompressed');
    // Newer WeChat keeps 1440 on the short side.
    expect(
      codes(
        report({ width: 1920, height: 1440, exif: undefined, jpeg: { quality: 70, progressive: false } }),
      ),
    ).toContain('chat-recompressed');
  });

  it('missing EXIF alone is information, not a failure', () => {
    const f = evaluatePhoto(report({ exif: undefined }));
    expect(f).toEqual([{ code: 'metadata-stripped', severity: 'info' }]);
    expect(verdictOf(f)).toBe('ok');
  });

  it('a PNG in a phone screen’s shape is a screenshot; a JPEG photo is not', () => {
    expect(codes(report({ format: 'png', width: 1170, height: 2532, jpeg: undefined }))).toContain(
      'screenshot',
    );
    expect(codes(report({ width: 1170, height: 2532 }))).not.toContain('screenshot');
  });

  it('blurry, dark and overexposed from the pixel metrics', () => {
    const withMetrics = (m: Partial<typeof metrics>) =>
      report({ pixels: { ok: true, metrics: { ...metrics, ...m } } });
    expect(evaluatePhoto(withMetrics({ sharpness: 4 })).find((f) => f.code === 'blurry')?.severity).toBe(
      'fail',
    );
    expect(evaluatePhoto(withMetrics({ sharpness: 40 })).find((f) => f.code === 'blurry')?.severity).toBe(
      'warn',
    );
    expect(evaluatePhoto(withMetrics({ meanLuminance: 16 })).find((f) => f.code === 'dark')?.severity).toBe(
      'fail',
    );
    expect(codes(withMetrics({ meanLuminance: 230 }))).toContain('overexposed');
    expect(codes(withMetrics({ clippedBright: 0.4 }))).toContain('overexposed');
  });

  it('pixel bombs and undecodable formats are reported, not hidden', () => {
    expect(
      codes(report({ width: 100_000, height: 100_000, pixels: { ok: false, reason: 'too-many-pixels' } })),
    ).toContain('too-many-pixels');
    const heic = evaluatePhoto(
      report({ format: 'heic', jpeg: undefined, pixels: { ok: false, reason: 'cannot-decode' } }),
    );
    expect(heic).toEqual([{ code: 'not-decodable', severity: 'info', measured: 'heic' }]);
  });

  it('a JPEG or PNG whose header reads but whose pixels do not is damaged (cut short, broken bytes): fail', () => {
    for (const format of ['jpeg', 'png', 'webp', 'gif'] as const) {
      const damaged = evaluatePhoto(report({ format, pixels: { ok: false, reason: 'cannot-decode' } }));
      expect(damaged).toContainEqual({ code: 'unreadable', severity: 'fail', measured: 'corrupt' });
      expect(damaged.map((f) => f.code)).not.toContain('not-decodable');
    }
  });

  it('a capture date long before the message is an old photo', () => {
    expect(codes(report(), '2027-02-01T00:00:00Z')).toContain('old-capture');
    expect(codes(report(), '2026-11-26T00:00:00Z')).not.toContain('old-capture');
  });

  it('unreadable and unsupported files fail with their code', () => {
    expect(evaluatePhoto(report({ error: { code: 'truncated', message: '' } }))).toEqual([
      { code: 'unreadable', severity: 'fail', measured: 'truncated' },
    ]);
    expect(codes(report({ error: { code: 'unsupported', message: '' } }))).toEqual(['unsupported']);
    expect(verdictOf([], { code: 'corrupt' })).toBe('error');
  });
});

describe('duplicates in a batch', () => {
  it('flags the later exact copy and the smaller near copy', () => {
    const a = report({ sha256: 'aa' });
    const items = [
      { name: 'good.jpg', report: a },
      { name: 'again.jpg', report: { ...a } },
      {
        name: 'resized.jpg',
        report: report({
          sha256: 'bb',
          width: 1600,
          height: 1200,
          pixels: { ok: true, metrics: { ...metrics, dHash: '0f0f0f0f0f0f0f0e' } },
        }),
      },
      {
        name: 'other.jpg',
        report: report({
          sha256: 'cc',
          pixels: { ok: true, metrics: { ...metrics, dHash: 'f0f0f0f0f0f0f0f0' } },
        }),
      },
    ];
    const extra = findBatchDuplicates(items);
    expect(extra[0]).toEqual([]);
    expect(extra[1]).toEqual([{ code: 'duplicate', severity: 'fail', other: 'good.jpg' }]);
    expect(extra[2]).toMatchObject([{ code: 'near-duplicate', other: 'good.jpg', measured: 1 }]);
    expect(extra[3]).toEqual([]);
  });
});
