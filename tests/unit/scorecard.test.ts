// The supplier scorecard on a seeded history small enough to count by hand (the counts are in comments).
import { describe, expect, it } from 'vitest';
import type { PhotoReport } from '@/utils/photo/types';
import type { Order, PhotoRecord, RequestLogEntry, Stage } from '@/utils/store/types';
import {
  computeScorecard,
  median,
  problemsOf,
  type ScorecardInput,
  type ScorePhoto,
  weakestLink,
} from '@/utils/triage/scorecard';
import { scorecardInput } from '@/utils/triage/scorecard-input';

const photo = (
  sha256: string,
  stage: string,
  shotId: string | undefined,
  day: string,
  problems: ScorePhoto['problems'] = [],
  rejected = false,
): ScorePhoto => ({
  sha256,
  orderId: stage[0]!.toUpperCase(),
  stageId: stage,
  ...(shotId ? { shotId } : {}),
  receivedAt: `2026-${day}T08:00:00.000Z`,
  rejected,
  problems,
});

// Orders A (stages a1, a2) and B (b1, b2); October 2026; today 2026-11-15.
const history: ScorecardInput = {
  photos: [
    photo('p1', 'a1', 'front', '10-02'), // first for a1/front: good
    photo('p2', 'a1', 'back', '10-02', ['too-small']), // first for a1/back: not good
    photo('p3', 'a1', 'back', '10-05'), // second for a1/back: not a first
    photo('p4', 'a1', 'label', '10-02', [], true), // first for a1/label, rejected: not good
    photo('p5', 'a2', 'front', '10-12', ['blurry', 'dark']), // first for a2/front: not good
    photo('p6', 'a2', 'front', '10-14'),
    photo('p7', 'b1', 'front', '10-21', ['chat-app']), // first for b1/front: not good
    photo('p8', 'b1', 'side', '10-21', ['dark']), // first for b1/side: not good
    photo('p9', 'b1', undefined, '10-22'), // unassigned: received, no shot
    photo('p10', 'a1', 'front', '09-20', ['blurry']), // before the period
  ],
  requests: [
    {
      id: 'r1',
      orderId: 'A',
      stageId: 'a1',
      askedAt: '2026-10-03T00:00:00Z',
      answeredAt: '2026-10-05T12:00:00Z',
    }, // 2.5 days
    {
      id: 'r2',
      orderId: 'A',
      stageId: 'a2',
      askedAt: '2026-10-13T00:00:00Z',
      answeredAt: '2026-10-14T00:00:00Z',
    }, // 1 day
    { id: 'r3', orderId: 'B', stageId: 'b1', askedAt: '2026-10-22T00:00:00Z' }, // unanswered
    {
      id: 'r4',
      orderId: 'A',
      stageId: 'a1',
      askedAt: '2026-09-25T00:00:00Z',
      answeredAt: '2026-10-01T00:00:00Z',
    }, // before
  ],
  stages: [
    // label never accepted: passed its gate without it
    {
      orderId: 'A',
      stageId: 'a1',
      gateDate: '2026-10-10',
      requiredShotIds: ['front', 'back', 'label'],
      acceptedShotIds: ['front', 'back'],
    },
    {
      orderId: 'A',
      stageId: 'a2',
      gateDate: '2026-10-20',
      requiredShotIds: ['front'],
      acceptedShotIds: ['front'],
    },
    // nothing accepted: passed without
    {
      orderId: 'B',
      stageId: 'b1',
      gateDate: '2026-10-25',
      requiredShotIds: ['front', 'side'],
      acceptedShotIds: [],
    },
    // gate not reached yet
    { orderId: 'B', stageId: 'b2', gateDate: '2026-12-01', requiredShotIds: ['front'], acceptedShotIds: [] },
  ],
};
const october = { from: '2026-10-01', to: '2026-10-31' };

describe('computeScorecard', () => {
  const card = computeScorecard(history, october, '2026-11-15');

  it('counts the photos received in the period, and names them', () => {
    expect(card.photosReceived.count).toBe(9);
    expect(card.photosReceived.photos.sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
  });

  it('counts shots good the first time: 1 of 6', () => {
    expect(card.firstTime).toMatchObject({ shots: 6, good: 1, share: 1 / 6 });
    expect(card.firstTime.notGoodPhotos.sort()).toEqual(['p2', 'p4', 'p5', 'p7', 'p8']);
  });

  it('ranks the problems, most frequent first, ties in the usual order', () => {
    expect(card.problems).toEqual([
      { problem: 'dark', count: 2, photos: ['p5', 'p8'] },
      { problem: 'too-small', count: 1, photos: ['p2'] },
      { problem: 'blurry', count: 1, photos: ['p5'] },
      { problem: 'chat-app', count: 1, photos: ['p7'] },
    ]);
  });

  it('counts re-requests and the median days to the answer (2.5 and 1 → 1.8)', () => {
    expect(card.requests).toEqual({
      sent: 3,
      answered: 2,
      medianDaysToAnswer: 1.8,
      stages: [
        { orderId: 'A', stageId: 'a1' },
        { orderId: 'A', stageId: 'a2' },
        { orderId: 'B', stageId: 'b1' },
      ],
    });
  });

  it('names the gates passed without the required photos', () => {
    expect(card.gatesPassedWithout).toEqual({
      count: 2,
      stages: [
        { orderId: 'A', stageId: 'a1' },
        { orderId: 'B', stageId: 'b1' },
      ],
    });
  });

  it('a gate in the period but not yet passed does not count; nor does an empty period', () => {
    const early = computeScorecard(history, october, '2026-10-15');
    expect(early.gatesPassedWithout.stages).toEqual([{ orderId: 'A', stageId: 'a1' }]);
    const empty = computeScorecard(history, { from: '2025-01-01', to: '2025-12-31' }, '2026-11-15');
    expect(empty.photosReceived.count).toBe(0);
    expect(empty.firstTime.share).toBeUndefined();
    expect(empty.requests.medianDaysToAnswer).toBeUndefined();
  });

  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});

describe('weakestLink', () => {
  it('names the most frequent problem when the last three stages each needed a re-request', () => {
    // Last three stages: b1, a2, a1 — all asked again. Blurry (p5, p10) ties dark (p5, p8): blurry first.
    expect(weakestLink(history)).toBe('blurry');
  });
  it('says nothing when one of the three needed none', () => {
    expect(
      weakestLink({ ...history, requests: history.requests.filter((r) => r.id !== 'r3') }),
    ).toBeUndefined();
  });
  it('says nothing with fewer than three stages', () => {
    const two = { ...history, photos: history.photos.filter((p) => p.stageId !== 'b1') };
    expect(weakestLink(two)).toBeUndefined();
  });
  it('asks for originals when no photo problem stands out', () => {
    const clean = { ...history, photos: history.photos.map((p) => ({ ...p, problems: [] })) };
    expect(weakestLink(clean)).toBe('originals');
  });
});

describe('scorecardInput (store records → scorecard input)', () => {
  const report = (findings: PhotoReport['findings']): PhotoReport => ({
    format: 'jpeg',
    width: 4000,
    height: 3000,
    bytesRead: 0,
    findings,
    verdict: 'ok',
  });
  const stage: Stage = {
    id: 's1',
    kind: 'pre-shipment',
    name: { en: 'Pre-shipment', zh: '出货前' },
    gate: { label: { en: 'packing', zh: '包装' }, dueDate: '2026-10-10' },
    shots: [
      {
        id: 'front',
        label: { en: 'Front', zh: '正面' },
        instructions: { en: '', zh: '' },
        required: true,
        referencePhotoIds: [],
      },
      {
        id: 'back',
        label: { en: 'Back', zh: '背面' },
        instructions: { en: '', zh: '' },
        required: true,
        referencePhotoIds: [],
      },
    ],
  };
  const order = { id: 'A', supplierId: 'sup', stages: [stage] } as unknown as Order;
  const record = (sha256: string, p: Partial<PhotoRecord>): PhotoRecord => ({
    sha256,
    report: report([]),
    origins: [
      { source: 'gmail', fileName: `${sha256}.jpg`, receivedAt: '2026-10-02T00:00:00Z', orderId: 'A' },
    ],
    orderId: 'A',
    stageId: 's1',
    status: { state: 'pending' },
    createdAt: '2026-10-02T00:00:00Z',
    updatedAt: '2026-10-02T00:00:00Z',
    ...p,
  });
  const photos: PhotoRecord[] = [
    record('x1', {
      shotId: 'front',
      status: { state: 'accepted', at: '2026-10-03T00:00:00Z' },
      // Warned chat-app copy counts; an info finding does not.
      report: report([
        { code: 'chat-recompressed', severity: 'warn' },
        { code: 'metadata-stripped', severity: 'info' },
        { code: 'small-file', severity: 'warn' },
      ]),
    }),
    record('x2', {
      shotId: 'back',
      // Sent for order Z a month earlier: reused.
      origins: [
        { source: 'gmail', fileName: 'old.jpg', receivedAt: '2026-09-01T00:00:00Z', orderId: 'Z' },
        { source: 'gmail', fileName: 'back.jpg', receivedAt: '2026-10-02T00:00:00Z', orderId: 'A' },
      ],
      report: report([{ code: 'dark', severity: 'fail' }]),
    }),
    record('other-order', { orderId: 'Q' }),
  ];
  const requests = [
    { id: 'r', orderId: 'A', stageId: 's1', askedAt: '2026-10-03T00:00:00Z', channel: 'gmail', items: [] },
  ] as RequestLogEntry[];

  it('maps findings to problems, finds reuse across orders, and the accepted shots', () => {
    const input = scorecardInput([order], photos, requests);
    expect(input.photos.map((p) => [p.sha256, p.problems, p.receivedAt])).toEqual([
      ['x1', ['chat-app'], '2026-10-02T00:00:00Z'],
      ['x2', ['dark', 'reused'], '2026-10-02T00:00:00Z'],
    ]);
    expect(input.stages).toEqual([
      {
        orderId: 'A',
        stageId: 's1',
        gateDate: '2026-10-10',
        requiredShotIds: ['front', 'back'],
        acceptedShotIds: ['front'],
      },
    ]);
    expect(input.requests).toEqual([
      { id: 'r', orderId: 'A', stageId: 's1', askedAt: '2026-10-03T00:00:00Z' },
    ]);
    const card = computeScorecard(input, october, '2026-11-15');
    expect(card.gatesPassedWithout.count).toBe(1);
    expect(card.problems.map((p) => p.problem)).toEqual(['dark', 'chat-app', 'reused']);
  });

  it('problemsOf keeps fail findings and chat-app copies only', () => {
    expect(problemsOf([{ code: 'blurry', severity: 'warn' }])).toEqual([]);
    expect(
      problemsOf([
        { code: 'over-compressed', severity: 'fail' },
        { code: 'too-small', severity: 'fail' },
      ]),
    ).toEqual(['too-small']);
  });
});
