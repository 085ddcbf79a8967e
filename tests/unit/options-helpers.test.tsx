// The options page's pure helpers: routes, lists typed by hand, error wording, threshold units, dates,
// gate lines.

import { describe, expect, it } from 'vitest';
import { countsText, gateLabel, gateLineParts } from '@/components/checklist/checklist-text';
import { explainError, humanizeProblem } from '@/components/desk/errors';
import { splitList } from '@/components/options/labels';
import { parseRoute, type Route, routeHref } from '@/components/options/router';
import { shownValue, THRESHOLD_GROUPS, thresholdPatch } from '@/components/options/settings-fields';
import { agoText, daysLeftText } from '@/components/shared-text';
import { todayLocal } from '@/utils/dates';
import { StoreError, validationError } from '@/utils/store/errors';
import type { Stage } from '@/utils/store/types';
import type { GateStatus } from '@/utils/triage/checklist';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { page: 'orders' }],
    ['#/', { page: 'orders' }],
    ['#/orders', { page: 'orders' }],
    ['#/orders/new', { page: 'orders', newOrder: true }],
    ['#/orders/ab-12', { page: 'order', id: 'ab-12' }],
    ['#/suppliers', { page: 'suppliers' }],
    ['#/suppliers/s1', { page: 'suppliers', id: 's1' }],
    ['#/templates/t%2F1', { page: 'templates', id: 't/1' }],
    ['#/settings', { page: 'settings' }],
    ['#/backup', { page: 'backup' }],
    ['#/nonsense', { page: 'orders' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    // And back: every route has one address that parses to it.
    expect(parseRoute(routeHref(route))).toEqual(route);
  });
});

describe('splitList', () => {
  it('splits on commas, semicolons and newlines (also full-width), trims, drops blanks and repeats', () => {
    expect(splitList('a@x.cn, b@x.cn\nc@x.cn;;  \n a@x.cn，d@x.cn')).toEqual([
      'a@x.cn',
      'b@x.cn',
      'c@x.cn',
      'd@x.cn',
    ]);
    expect(splitList('  ')).toEqual([]);
  });
});

describe('error wording', () => {
  it('names the field instead of the record path', () => {
    expect(
      humanizeProblem(
        "supplier.domains[0]: qq.com is a public email service; add the supplier's own addresses instead",
      ),
    ).toBe("Domains: qq.com is a public email service; add the supplier's own addresses instead");
    expect(humanizeProblem('supplier.emails[1]: amy@x.cn already belongs to Ningbo Textile')).toBe(
      'Email addresses: amy@x.cn already belongs to Ningbo Textile',
    );
    expect(humanizeProblem('order.stages[0].shots[2].label.en: expected a string, got 3')).toBe(
      'Label: 3 is not a string',
    );
    expect(humanizeProblem('no colon here')).toBe('no colon here');
  });

  it('explains a validation error as what was not saved plus each problem', () => {
    const e = validationError('Supplier not saved', [
      'supplier.company: expected a non-empty string, got ""',
    ]);
    expect(explainError(e)).toEqual({
      message: 'Supplier not saved.',
      problems: ['Company: "" is not a non-empty string'],
    });
    // Backups name records by path on purpose: kept as they are.
    expect(explainError(e, { humanize: false }).problems).toEqual([
      'supplier.company: expected a non-empty string, got ""',
    ]);
    expect(explainError(new StoreError('quota'))).toEqual({
      message: expect.stringMatching(/storage for Photo Triage is full/),
      problems: [],
    });
    expect(explainError(new Error('plain'))).toEqual({ message: 'plain', problems: [] });
  });
});

describe('threshold fields', () => {
  it('cover every threshold exactly once', () => {
    const keys = THRESHOLD_GROUPS.flatMap((g) => g.fields.map((f) => f.key)).sort();
    expect(keys).toEqual(Object.keys(DEFAULT_THRESHOLDS).sort());
  });

  it('show KB and percent, store bytes and fractions; a default stays "default"', () => {
    const shown = Object.fromEntries(
      THRESHOLD_GROUPS.flatMap((g) =>
        g.fields.map((f) => [f.key, String(shownValue(f, DEFAULT_THRESHOLDS[f.key]))]),
      ),
    );
    expect(shown.failBelowBytes).toBe('100');
    expect(shown.maxClippedBright).toBe('25');
    // Unchanged: nothing is stored, so improved defaults reach the buyer.
    expect(Object.values(thresholdPatch(shown).patch).every((v) => v === undefined)).toBe(true);
    const { patch, problems } = thresholdPatch({
      ...shown,
      failBelowBytes: '80',
      maxClippedDark: '50',
      minLongEdge: '',
    });
    expect(problems).toEqual([]);
    expect(patch.failBelowBytes).toBe(80 * 1024);
    expect(patch.maxClippedDark).toBe(0.5);
    expect(patch.minLongEdge).toBeUndefined(); // blank = default
  });

  it('refuses what is not a number of 0 or more, naming the field', () => {
    const { problems } = thresholdPatch({ minLongEdge: '-3', warnBelowQuality: 'abc' });
    expect(problems).toEqual([
      'Resolution, Minimum long edge: enter a number of 0 or more',
      'JPEG quality, Check below: enter a number of 0 or more',
    ]);
  });
});

describe('dates', () => {
  it('today is the local calendar date', () => {
    expect(todayLocal(new Date(2026, 11, 1, 0, 30))).toBe('2026-12-01');
    expect(todayLocal(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });

  it('days left and overdue', () => {
    expect([5, 1, 0, -1, -3].map(daysLeftText)).toEqual([
      '5 days left',
      '1 day left',
      'due today',
      '1 day overdue',
      '3 days overdue',
    ]);
  });

  it('how long ago', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    expect(agoText('2026-11-26T11:59:40Z', now)).toBe('just now');
    expect(agoText('2026-11-26T11:15:00Z', now)).toBe('45 min ago');
    expect(agoText('2026-11-25T06:00:00Z', now)).toBe('30 h ago');
    expect(agoText('2026-11-20T12:00:00Z', now)).toBe('6 days ago');
    expect(agoText('not a date', now)).toBe('');
  });
});

describe('gate line', () => {
  const stage: Stage = {
    id: 'st',
    kind: 'pre-production',
    name: { en: 'Pre-production', zh: '产前' },
    shots: [],
    gate: { label: { en: 'cutting fabric', zh: '裁布' }, dueDate: '2026-12-01' },
  };
  const gate = (over: Partial<GateStatus>): GateStatus => ({
    hasGate: true,
    canProceed: false,
    blockers: [],
    dueDate: '2026-12-01',
    daysToDue: 5,
    overdue: false,
    ...over,
  });

  it('says before what, when, how long, and what blocks it', () => {
    const blockers = [1, 2, 3].map(() => ({ shot: {} as never, status: 'missing' as const }));
    const p = gateLineParts(stage, gate({ blockers }));
    expect(p).toMatchObject({
      label: { en: 'Before cutting fabric', zh: '裁布前' },
      due: 'due 2026-12-01',
      days: '5 days left',
      state: '3 required shots not accepted yet',
      overdue: false,
    });
    expect(gateLineParts(stage, gate({ blockers, daysToDue: -2, overdue: true })).days).toBe(
      '2 days overdue',
    );
  });

  it('once cleared, no countdown', () => {
    const p = gateLineParts(stage, gate({ canProceed: true }));
    expect(p.days).toBeUndefined();
    expect(p.state).toBe('All required shots accepted');
  });

  it('a stage without a gate or date', () => {
    const { gate: _, ...plain } = stage;
    const p = gateLineParts(plain, gate({ dueDate: undefined, daysToDue: undefined }));
    expect(p.label).toBeUndefined();
    expect(p.due).toBe('no due date');
    expect(gateLabel({ en: 'loading', zh: '' })).toEqual({ en: 'Before loading', zh: '' });
  });

  it('counts in words, zero counts left out', () => {
    expect(
      countsText({
        total: 11,
        required: 9,
        requiredAccepted: 1,
        accepted: 1,
        pending: 0,
        poor: 3,
        missing: 6,
        rejected: 1,
      }),
    ).toBe('1 of 9 required accepted · 3 poor · 1 rejected · 6 missing');
  });
});
