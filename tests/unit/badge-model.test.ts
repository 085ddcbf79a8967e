import { describe, expect, it } from 'vitest';
import { badgeView } from '@/components/mail/badge-model';
import { DEFAULT_THRESHOLDS as T } from '@/utils/triage/thresholds';
import { report } from './helpers/report';

describe('badge text, stage by stage', () => {
  it('at once: the displayed size alone flags a 68 KB photo in red', () => {
    expect(badgeView({ phase: 'displayed', displayedSize: 68 * 1024 }, T)).toMatchObject({
      text: '68 KB ✗',
      tone: 'fail',
    });
    expect(badgeView({ phase: 'displayed', displayedSize: 3_000_000 }, T)).toMatchObject({
      tone: 'neutral',
      text: '2.9 MB · checking…',
    });
  });

  it('from the header: dimensions and size with a check mark, or the worst problem', () => {
    expect(badgeView({ phase: 'full', report: report(), findings: [] }, T)).toMatchObject({
      text: '4032×3024 · 3.1 MB ✓',
      tone: 'ok',
      verdict: 'ok',
    });
    const small = report({ width: 640, height: 480, bytes: 68 * 1024 });
    const findings = [
      { code: 'too-small' as const, severity: 'fail' as const, measured: 640, threshold: 1600 },
    ];
    expect(badgeView({ phase: 'header', report: { ...small, findings } }, T)).toMatchObject({
      text: '640×480 · 68 KB ✗ too small',
      tone: 'fail',
      verdict: 'fail',
    });
    expect(badgeView({ phase: 'header', report: report() }, T)).toMatchObject({
      verdict: 'pending',
      text: '4032×3024 · 3.1 MB ✓ · checking pixels…',
    });
  });

  it('then the pixel checks and the message’s duplicates', () => {
    const v = badgeView(
      {
        phase: 'full',
        report: report(),
        findings: [{ code: 'blurry', severity: 'fail', measured: 4, threshold: 20 }],
      },
      T,
    );
    expect(v.text).toBe('4032×3024 · 3.1 MB ✗ blurry');
    expect(v.title).toMatch(/out of focus/);
  });

  it('failures, Drive links and zips', () => {
    expect(
      badgeView({ phase: 'failed', failure: { code: 'http', status: 404, message: '' } }, T),
    ).toMatchObject({ text: '⚠ couldn’t download', tone: 'error' });
    for (const [failure, why] of [
      [{ code: 'http', status: 401, message: '' }, /the server answered 401/],
      [{ code: 'timeout', message: '' }, /took too long/],
      [{ code: 'network', message: '' }, /connection failed/],
      [{ code: 'interrupted', message: '' }, /interrupted.*retry/],
    ] as const)
      expect(badgeView({ phase: 'failed', failure }, T)).toMatchObject({
        text: '⚠ couldn’t download',
        verdict: 'error',
        title: expect.stringMatching(why),
      });
    expect(badgeView({ phase: 'not-measurable', reason: 'drive' }, T).text).toBe(
      'Drive link · not measurable',
    );
    expect(
      badgeView({ phase: 'zip', photos: 4, done: 4, verdicts: { ok: 1, warn: 0, fail: 3, error: 0 } }, T),
    ).toMatchObject({ text: 'zip · 4 photos: 3 ✗ 1 ✓', tone: 'fail' });
  });
});

describe('final verdicts for what will never be measured (issue 11, Gmail 3)', () => {
  it('not measurable and preview-only badges are final (`none`), never `pending`', () => {
    for (const reason of ['drive', 'no-link', 'download-to-check'] as const)
      expect(badgeView({ phase: 'not-measurable', reason }, T).verdict).toBe('none');
    expect(
      badgeView({ phase: 'preview', width: 2400, height: 1800, displayedSize: 1_800_000 }, T).verdict,
    ).toBe('none');
    // Its displayed size alone fails it: final too.
    expect(
      badgeView({ phase: 'preview', width: 900, height: 600, displayedSize: 60 * 1024 }, T).verdict,
    ).toBe('fail');
  });

  it('checking only while something runs', () => {
    expect(badgeView({ phase: 'displayed', displayedSize: 2_000_000 }, T).verdict).toBe('pending');
    expect(
      badgeView({ phase: 'zip', photos: 4, done: 1, verdicts: { ok: 1, warn: 0, fail: 0, error: 0 } }, T)
        .verdict,
    ).toBe('pending');
  });
});

describe('Outlook without bytes', () => {
  it('a preview gives a lower bound; a download-only file says how to check it', () => {
    expect(
      badgeView({ phase: 'preview', width: 2400, height: 1800, displayedSize: 1_800_000 }, T),
    ).toMatchObject({
      text: '≥ 2400×1800 · 1.7 MB · preview only',
      tone: 'neutral',
    });
    expect(
      badgeView({ phase: 'preview', width: 900, height: 600, displayedSize: 60 * 1024 }, T),
    ).toMatchObject({ tone: 'fail', text: '60 KB ✗' });
    expect(badgeView({ phase: 'not-measurable', reason: 'download-to-check' }, T).text).toBe(
      'download to check',
    );
  });
});
