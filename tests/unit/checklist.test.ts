import { describe, expect, it } from 'vitest';
import type { Finding, PhotoReport } from '@/utils/photo/types';
import type { Order, PhotoOrigin, PhotoRecord, PhotoStatus, Stage } from '@/utils/store/types';
import { buildChecklist, type ChecklistInput } from '@/utils/triage/checklist';
import { BUILT_IN_TEMPLATES, stageFromTemplate } from '@/utils/triage/shot-list-templates';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { report } from './helpers/report';

// A pre-shipment stage whose shot ids are the template's (ps-front, ps-labels…), for readable tests.
const template = BUILT_IN_TEMPLATES.find((t) => t.kind === 'pre-shipment')!;
const ids = template.shots.map((s) => s.id);
let next = 0;
const stage: Stage = stageFromTemplate(
  template,
  { id: 'psi', gateDueDate: '2026-11-28' },
  () => ids[next++]!,
);
const REQUIRED = template.shots.filter((s) => s.required).length;

const at = '2026-11-01T00:00:00.000Z';
const order: Order = {
  id: 'order-0412',
  poNumbers: ['PO-2026-0412'],
  supplierId: 'ningbo',
  product: 'Canvas tote bag',
  stages: [stage],
  currentStageId: 'psi',
  status: 'open',
  createdAt: at,
  updatedAt: at,
};
const otherOrder: Order = { ...order, id: 'order-0311', poNumbers: ['PO-2026-0311'], stages: [] };

function origin(fileName: string, receivedAt: string, messageId: string, orderId = order.id): PhotoOrigin {
  return {
    source: 'gmail',
    fileName,
    receivedAt,
    messageId,
    threadId: 't-1',
    sender: 'amy@nbtextile.com',
    orderId,
  };
}

interface PhotoOptions {
  shotId?: string;
  status?: PhotoStatus;
  findings?: Finding[];
  report?: Partial<PhotoReport>;
  dHash?: string;
  origins?: PhotoOrigin[];
  orderId?: string;
}

let serial = 0;
function photo(name: string, o: PhotoOptions = {}): PhotoRecord {
  serial++;
  const origins = o.origins ?? [origin(name, '2026-11-20T02:00:00.000Z', 'msg-3')];
  return {
    sha256: `${name}-${serial}`.padEnd(64, '0'),
    ...(o.dHash ? { dHash: o.dHash } : {}),
    report: report({ findings: o.findings ?? [], ...o.report }),
    origins,
    orderId: o.orderId ?? order.id,
    stageId: stage.id,
    ...(o.shotId ? { shotId: o.shotId } : {}),
    status: o.status ?? { state: 'pending' },
    createdAt: origins[0]!.receivedAt,
    updatedAt: origins[0]!.receivedAt,
  };
}

const accepted: PhotoStatus = { state: 'accepted', at: '2026-11-21T08:00:00.000Z' };
const rejected: PhotoStatus = { state: 'rejected', at: '2026-11-21T08:00:00.000Z', reason: 'wrong product' };
const tooSmall: Finding = { code: 'too-small', severity: 'fail', measured: 1280, threshold: 1600 };
const smallFile: Finding = { code: 'small-file', severity: 'fail', measured: 68_000, threshold: 102_400 };

const input = (over: Partial<ChecklistInput> = {}): ChecklistInput => ({
  order,
  stage,
  photos: [],
  history: [],
  thresholds: DEFAULT_THRESHOLDS,
  today: '2026-11-25',
  orders: [order, otherOrder],
  ...over,
});
const statusOf = (c: ReturnType<typeof buildChecklist>, shotId: string) =>
  c.shots.find((s) => s.shot.id === shotId)!.status;

describe('buildChecklist', () => {
  it('shows a fresh stage as all missing, blocked by every required shot', () => {
    const c = buildChecklist(input());
    expect(c.shots.map((s) => s.status)).toEqual(template.shots.map(() => 'missing'));
    expect(c.counts).toEqual({
      total: template.shots.length,
      required: REQUIRED,
      requiredAccepted: 0,
      accepted: 0,
      pending: 0,
      poor: 0,
      missing: template.shots.length,
      rejected: 0,
    });
    expect(c.gate).toMatchObject({ hasGate: true, canProceed: false, dueDate: '2026-11-28', daysToDue: 3 });
    expect(c.gate.overdue).toBe(false);
    expect(c.gate.blockers).toHaveLength(REQUIRED);
    expect(c.gate.blockers[0]).toEqual({ shot: stage.shots[0], status: 'missing' });
    expect(c.unassigned).toEqual([]);
    expect(c.reused).toEqual([]);
  });

  it('judges a typical message: accepted, pending, poor, missing and unassigned photos', () => {
    const front = photo('front.jpg', { shotId: 'ps-front', status: accepted });
    const back = photo('back.jpg', { shotId: 'ps-back' });
    const mark = photo('唛头.jpg', { shotId: 'ps-shipping-mark', findings: [smallFile] });
    const stray = photo('微信图片_20261120.jpg');
    const c = buildChecklist(input({ photos: [front, back, mark, stray] }));

    expect(statusOf(c, 'ps-front')).toBe('accepted');
    expect(statusOf(c, 'ps-back')).toBe('pending');
    expect(statusOf(c, 'ps-shipping-mark')).toBe('poor');
    expect(statusOf(c, 'ps-labels')).toBe('missing');
    const markResult = c.shots.find((s) => s.shot.id === 'ps-shipping-mark')!;
    expect(markResult.best).toBe(mark);
    expect(markResult.findings).toEqual([smallFile]);
    expect(c.unassigned).toEqual([stray]);
    expect(c.counts).toMatchObject({ accepted: 1, pending: 1, poor: 1, missing: template.shots.length - 3 });
    expect(c.counts.requiredAccepted).toBe(1);
    expect(c.gate.blockers.map((b) => b.shot.id)).not.toContain('ps-front');
    expect(c.gate.blockers.find((b) => b.shot.id === 'ps-shipping-mark')!.status).toBe('poor');
  });

  it('keeps warnings out: only fail findings make a shot poor', () => {
    const warned = photo('back.jpg', {
      shotId: 'ps-back',
      findings: [
        { code: 'chat-recompressed', severity: 'warn', measured: '1280×960' },
        { code: 'metadata-stripped', severity: 'info' },
      ],
    });
    const c = buildChecklist(input({ photos: [warned] }));
    expect(statusOf(c, 'ps-back')).toBe('pending');
    expect(c.shots.find((s) => s.shot.id === 'ps-back')!.findings).toEqual([]);
  });

  it('judges a shot by its newest photo that was not rejected', () => {
    const older = photo('front-old.jpg', {
      shotId: 'ps-front',
      findings: [tooSmall],
      origins: [origin('front-old.jpg', '2026-11-18T02:00:00.000Z', 'msg-1')],
    });
    const retake = photo('front-original.jpg', { shotId: 'ps-front' });
    expect(statusOf(buildChecklist(input({ photos: [older, retake] })), 'ps-front')).toBe('pending');

    const badRetake = photo('front-again.jpg', { shotId: 'ps-front', findings: [tooSmall] });
    const goodOld = photo('front-ok.jpg', {
      shotId: 'ps-front',
      origins: [origin('front-ok.jpg', '2026-11-18T02:00:00.000Z', 'msg-1')],
    });
    const c = buildChecklist(input({ photos: [goodOld, badRetake] }));
    expect(statusOf(c, 'ps-front')).toBe('poor');
    expect(c.shots[0]!.photos).toEqual([badRetake, goodOld]);

    // The buyer rejected the newest: the one before it stands for the shot again.
    const rejectedRetake = { ...badRetake, status: rejected };
    const c2 = buildChecklist(input({ photos: [goodOld, rejectedRetake] }));
    expect(statusOf(c2, 'ps-front')).toBe('pending');
    expect(c2.shots[0]!.best).toBe(goodOld);
  });

  it('marks a shot rejected when every photo of it was rejected', () => {
    const one = photo('labels.jpg', { shotId: 'ps-labels', status: rejected });
    const two = photo('labels2.jpg', {
      shotId: 'ps-labels',
      status: rejected,
      origins: [origin('labels2.jpg', '2026-11-19T02:00:00.000Z', 'msg-2')],
    });
    const c = buildChecklist(input({ photos: [two, one] }));
    expect(statusOf(c, 'ps-labels')).toBe('rejected');
    expect(c.shots.find((s) => s.shot.id === 'ps-labels')!.best).toBe(one);
    expect(c.counts.rejected).toBe(1);
    expect(c.gate.blockers.find((b) => b.shot.id === 'ps-labels')!.status).toBe('rejected');
  });

  it("applies the shot's own minimum long edge instead of the general one", () => {
    // 1800 px passes the general 1600 px but not the 2000 px a label close-up needs.
    const labels = photo('labels.jpg', { shotId: 'ps-labels', report: { width: 1800, height: 1350 } });
    const c = buildChecklist(input({ photos: [labels] }));
    expect(statusOf(c, 'ps-labels')).toBe('poor');
    expect(c.shots.find((s) => s.shot.id === 'ps-labels')!.findings).toEqual([
      { code: 'too-small', severity: 'fail', measured: 1800, threshold: 2000 },
    ]);
    // The same photo for an angle without an override is fine.
    const back = photo('back.jpg', { shotId: 'ps-back', report: { width: 1800, height: 1350 } });
    expect(statusOf(buildChecklist(input({ photos: [back] })), 'ps-back')).toBe('pending');
    // A report's too-small (1280 < 1600) is replaced, not repeated.
    const tiny = photo('mark.jpg', {
      shotId: 'ps-shipping-mark',
      findings: [tooSmall],
      report: { width: 1280, height: 960 },
    });
    const findings = buildChecklist(input({ photos: [tiny] })).findings[tiny.sha256];
    expect(findings).toEqual([{ code: 'too-small', severity: 'fail', measured: 1280, threshold: 2000 }]);
  });

  describe('reused photos', () => {
    const hash = 'f0e1d2c3b4a59687';
    const near = 'f0e1d2c3b4a59684'; // 2 bits apart
    const far = '0f1e2d3c4b5a6978';

    it('flags the same file sent before for another order', () => {
      const earlier = photo('IMG_0412.jpg', {
        orderId: otherOrder.id,
        origins: [origin('IMG_0412.jpg', '2026-10-02T03:00:00.000Z', 'msg-old', otherOrder.id)],
      });
      const now = { ...photo('front.jpg', { shotId: 'ps-front' }), sha256: earlier.sha256 };
      const c = buildChecklist(input({ photos: [now], history: [earlier] }));
      expect(c.reused).toEqual([
        { photo: now, firstSeen: earlier.origins[0], sameOrder: false, match: 'exact' },
      ]);
      expect(statusOf(c, 'ps-front')).toBe('poor');
      expect(c.shots[0]!.findings).toEqual([
        { code: 'reused', severity: 'fail', other: 'IMG_0412.jpg, 2026-10-02, PO-2026-0311' },
      ]);
    });

    it('flags a near duplicate (resized, re-encoded) of a photo sent for another order', () => {
      const earlier = photo('IMG_0412.jpg', {
        dHash: hash,
        orderId: otherOrder.id,
        origins: [origin('IMG_0412.jpg', '2026-10-02T03:00:00.000Z', 'msg-old', otherOrder.id)],
      });
      const now = photo('back.jpg', { shotId: 'ps-back', dHash: near, report: { width: 1280, height: 960 } });
      const c = buildChecklist(input({ photos: [now], history: [earlier] }));
      expect(c.reused).toEqual([
        { photo: now, firstSeen: earlier.origins[0], sameOrder: false, match: 'near', distance: 2 },
      ]);
      expect(c.findings[now.sha256]).toContainEqual({
        code: 'reused',
        severity: 'fail',
        other: 'IMG_0412.jpg, 2026-10-02, PO-2026-0311',
        measured: 2,
        threshold: DEFAULT_THRESHOLDS.nearDuplicateBits,
      });
      expect(statusOf(c, 'ps-back')).toBe('poor');

      // A different picture is not reused.
      const different = photo('back.jpg', { shotId: 'ps-back', dHash: far });
      expect(buildChecklist(input({ photos: [different], history: [earlier] })).reused).toEqual([]);
    });

    it('reads the dHash from the report when the record has none', () => {
      const metrics = {
        sampleWidth: 1024,
        sampleHeight: 768,
        sharpness: 500,
        meanLuminance: 120,
        clippedDark: 0,
        clippedBright: 0,
      };
      const earlier = photo('old.jpg', {
        orderId: otherOrder.id,
        report: { pixels: { ok: true, metrics: { ...metrics, dHash: hash } } },
        origins: [origin('old.jpg', '2026-10-02T03:00:00.000Z', 'msg-old', otherOrder.id)],
      });
      const now = photo('front.jpg', {
        shotId: 'ps-front',
        report: { pixels: { ok: true, metrics: { ...metrics, dHash: near } } },
      });
      expect(buildChecklist(input({ photos: [now], history: [earlier] })).reused[0]!.match).toBe('near');
    });

    it('flags a photo of this order first sent in an older message, also through its own origins', () => {
      // The supplier sends last week's during-production photo again as a pre-shipment photo.
      const resent = photo('carton.jpg', {
        shotId: 'ps-carton',
        origins: [
          { ...origin('DSC_0871.jpg', '2026-11-10T01:00:00.000Z', 'msg-1'), orderId: undefined },
          origin('carton.jpg', '2026-11-20T02:00:00.000Z', 'msg-3'),
        ],
      });
      const c = buildChecklist(input({ photos: [resent] }));
      expect(c.reused).toEqual([
        { photo: resent, firstSeen: resent.origins[0], sameOrder: true, match: 'exact' },
      ]);
      expect(c.findings[resent.sha256]).toEqual([
        { code: 'reused', severity: 'fail', other: 'DSC_0871.jpg, 2026-11-10' },
      ]);
      expect(statusOf(c, 'ps-carton')).toBe('poor');
    });

    it('does not flag photos seen only in the same message, or later for another order', () => {
      // One email for two POs sharing a container: the same photo for both is not reuse.
      const shared = photo('loading.jpg', {
        shotId: 'ps-stacked',
        origins: [
          origin('loading.jpg', '2026-11-20T02:00:00.000Z', 'msg-3', otherOrder.id),
          origin('loading.jpg', '2026-11-20T02:00:00.000Z', 'msg-3'),
        ],
      });
      // Later sent again for another order: that order's checklist flags it, not this one.
      const later = photo('front.jpg', {
        shotId: 'ps-front',
        origins: [
          origin('front.jpg', '2026-11-20T02:00:00.000Z', 'msg-3'),
          origin('front.jpg', '2026-12-05T02:00:00.000Z', 'msg-9', otherOrder.id),
        ],
      });
      const c = buildChecklist(input({ photos: [shared, later], history: [shared, later] }));
      expect(c.reused).toEqual([]);
      expect(statusOf(c, 'ps-stacked')).toBe('pending');
    });

    it('does not flag the original the buyer asked for, sent after its compressed copy', () => {
      const compressed = photo('微信图片_1.jpg', {
        dHash: hash,
        shotId: 'ps-front',
        status: rejected,
        report: { width: 1280, height: 960, bytes: 68_000 },
        origins: [origin('微信图片_1.jpg', '2026-11-18T02:00:00.000Z', 'msg-1')],
      });
      const original = photo('IMG_2034.jpg', { dHash: near, shotId: 'ps-front' });
      const c = buildChecklist(input({ photos: [compressed, original] }));
      expect(c.reused).toEqual([]);
      expect(statusOf(c, 'ps-front')).toBe('pending');
    });

    it('flags the same small copy sent again in a later message', () => {
      const first = photo('mark.jpg', {
        dHash: hash,
        orderId: order.id,
        report: { width: 1280, height: 960 },
        origins: [origin('mark.jpg', '2026-11-18T02:00:00.000Z', 'msg-1')],
      });
      const again = photo('mark(1).jpg', {
        dHash: near,
        shotId: 'ps-shipping-mark',
        report: { width: 1280, height: 960 },
      });
      const c = buildChecklist(input({ photos: [again], history: [first] }));
      expect(c.reused).toEqual([
        { photo: again, firstSeen: first.origins[0], sameOrder: true, match: 'near', distance: 2 },
      ]);
    });
  });

  describe('gate', () => {
    const allRequiredAccepted = () =>
      template.shots
        .filter((s) => s.required)
        .map((s) => photo(`${s.id}.jpg`, { shotId: s.id, status: accepted }));

    it('lets the stage proceed when every required shot is accepted, optional shots missing', () => {
      const c = buildChecklist(input({ photos: allRequiredAccepted() }));
      expect(c.gate).toEqual({
        hasGate: true,
        canProceed: true,
        blockers: [],
        dueDate: '2026-11-28',
        daysToDue: 3,
        overdue: false,
      });
      expect(statusOf(c, 'ps-detail')).toBe('missing');
      expect(statusOf(c, 'ps-measurement')).toBe('missing');
      expect(c.counts.requiredAccepted).toBe(REQUIRED);
    });

    it('is overdue past the due date with blockers left, and not once they are cleared', () => {
      const late = input({ today: '2026-12-01' });
      expect(buildChecklist(late).gate).toMatchObject({ daysToDue: -3, overdue: true, canProceed: false });
      expect(buildChecklist({ ...late, photos: allRequiredAccepted() }).gate).toMatchObject({
        daysToDue: -3,
        overdue: false,
      });
      expect(buildChecklist(input({ today: '2026-11-28' })).gate).toMatchObject({
        daysToDue: 0,
        overdue: false,
      });
    });

    it("uses the stage's due date when there is no gate", () => {
      const during = BUILT_IN_TEMPLATES.find((t) => t.kind === 'during-production')!;
      const duringStage = stageFromTemplate(
        during,
        { id: 'dupro', dueDate: '2026-11-10' },
        () => `s${next++}`,
      );
      const c = buildChecklist(input({ stage: duringStage }));
      expect(c.gate).toMatchObject({
        hasGate: false,
        canProceed: false,
        dueDate: '2026-11-10',
        daysToDue: -15,
      });
      expect(c.gate.overdue).toBe(true);
      expect(c.gate.blockers.every((b) => b.shot.required)).toBe(true);
      expect(c.gate.blockers).toHaveLength(during.shots.filter((s) => s.required).length);
    });

    it('has no due date when none is set', () => {
      const undated = { ...stage, gate: { label: stage.gate!.label } };
      const c = buildChecklist(input({ stage: undated }));
      expect(c.gate.dueDate).toBeUndefined();
      expect(c.gate.daysToDue).toBeUndefined();
      expect(c.gate.overdue).toBe(false);
    });
  });
});
