// A realistic re-request for the template editor's live preview: a pre-shipment stage of a lamp order,
// two photos with problems (a WeChat-compressed front view, a blurred label close-up), the shipping marks
// not sent yet, everything else accepted. Pure: the buyer's settings and today's date in, a draft out.
import { draftReRequest, type ReRequestDraft } from '@/utils/reply/draft';
import type {
  DateOnly,
  Order,
  PhotoRecord,
  PhotoStatus,
  Settings,
  Stage,
  Supplier,
} from '@/utils/store/types';
import { buildChecklist } from '@/utils/triage/checklist';
import { BUILT_IN_TEMPLATES, stageFromTemplate } from '@/utils/triage/shot-list-templates';

const ORDER_ID = 'sample-order';
const STAGE_ID = 'sample-pre-shipment';

export const SAMPLE_SUPPLIER: Supplier = {
  id: 'sample-supplier',
  company: 'Ningbo Bright Lighting Co., Ltd.',
  contactName: 'Amy Chen',
  emails: ['amy@ningbo-bright.cn'],
  domains: ['ningbo-bright.cn'],
  // Empty: the preview follows the buyer's reply languages.
  replyLanguages: [],
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-05T08:00:00.000Z',
};

/** Signs the preview when the buyer has not filled in their details yet. */
const SAMPLE_BUYER: Settings['buyer'] = {
  name: 'Sam Taylor',
  company: 'Brightlight Home',
  signature: '',
};

/** `date` plus `days`, as a calendar date. */
function addDays(date: DateOnly, days: number): DateOnly {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function sampleStage(today: DateOnly): Stage {
  const template = BUILT_IN_TEMPLATES.find((t) => t.kind === 'pre-shipment')!;
  // The template's own shot ids: stable, and readable in the sample photos below.
  const ids = template.shots.map((s) => s.id);
  let next = 0;
  return stageFromTemplate(
    template,
    { id: STAGE_ID, gateDueDate: addDays(today, 3) },
    () => ids[next++] ?? `shot-${next}`,
  );
}

function sampleOrder(stage: Stage): Order {
  return {
    id: ORDER_ID,
    poNumbers: ['PO-2026-0412'],
    supplierId: SAMPLE_SUPPLIER.id,
    product: 'LED desk lamp, matte black',
    quantity: 1200,
    stages: [stage],
    currentStageId: stage.id,
    status: 'open',
    createdAt: '2026-09-01T08:00:00.000Z',
    updatedAt: '2026-09-01T08:00:00.000Z',
  };
}

function samplePhoto(
  n: number,
  fileName: string,
  shotId: string,
  report: Partial<PhotoRecord['report']>,
  status: PhotoStatus,
  receivedAt: string,
): PhotoRecord {
  return {
    sha256: n.toString(16).padStart(64, '0'),
    report: {
      format: 'jpeg',
      width: 4032,
      height: 3024,
      bytes: 3_100_000,
      bytesRead: 40_000,
      findings: [],
      verdict: 'ok',
      ...report,
    },
    origins: [{ source: 'gmail', fileName, receivedAt, messageId: `sample-${n}`, orderId: ORDER_ID }],
    orderId: ORDER_ID,
    stageId: STAGE_ID,
    shotId,
    status,
    createdAt: receivedAt,
    updatedAt: receivedAt,
  };
}

/** The photos of the sample message: two to retake, the shipping marks missing, the rest accepted. */
function samplePhotos(stage: Stage, today: DateOnly): PhotoRecord[] {
  const receivedAt = `${addDays(today, -1)}T02:30:00.000Z`;
  const accepted: PhotoStatus = { state: 'accepted', at: `${addDays(today, -1)}T09:00:00.000Z` };
  const front = samplePhoto(
    1,
    'IMG_0412.jpg',
    'ps-front',
    {
      width: 1280,
      height: 960,
      bytes: 68_000,
      jpeg: { quality: 50, progressive: false },
      // The 68 KB picture WeChat sends without 原图.
      findings: [
        { code: 'too-small', severity: 'fail', measured: 1280, threshold: 1600 },
        { code: 'small-file', severity: 'fail', measured: 68_000, threshold: 102_400 },
        { code: 'chat-recompressed', severity: 'warn', measured: '1280×960' },
      ],
      verdict: 'fail',
    },
    { state: 'pending' },
    receivedAt,
  );
  const labels = samplePhoto(
    2,
    'label_closeup.jpg',
    'ps-labels',
    {
      findings: [{ code: 'blurry', severity: 'fail', measured: 9, threshold: 20 }],
      verdict: 'fail',
    },
    { state: 'pending' },
    receivedAt,
  );
  const asked = new Set(['ps-front', 'ps-labels', 'ps-shipping-mark']);
  const rest = stage.shots
    .filter((s) => !asked.has(s.id))
    .map((s, i) => samplePhoto(10 + i, `${s.id.replace('ps-', '')}.jpg`, s.id, {}, accepted, receivedAt));
  return [front, labels, ...rest];
}

/**
 * The draft the preview renders: the buyer's languages, layout, detail and signature (a sample name
 * while theirs is empty), the sample order's checklist as of `today`.
 */
export function sampleDraft(settings: Settings, today: DateOnly): ReRequestDraft {
  const stage = sampleStage(today);
  const order = sampleOrder(stage);
  const checklist = buildChecklist({
    order,
    stage,
    photos: samplePhotos(stage, today),
    history: [],
    thresholds: settings.thresholds,
    today,
    orders: [order],
  });
  const buyer = settings.buyer.name.trim() ? settings.buyer : { ...settings.buyer, ...SAMPLE_BUYER };
  const draft = draftReRequest({
    order,
    stage,
    checklist,
    settings: { ...settings, buyer },
    supplier: SAMPLE_SUPPLIER,
    today,
  });
  // The sample always has something to ask (two poor shots, one missing).
  if (!draft) throw new Error('The sample order has nothing to ask for');
  return draft;
}
