// An order's photo record as plain data: what the record file shows, before any words or markup.
// Pure: store records in, a model out; pictures are named (the zip's paths) and read later.
import type { Finding } from '@/utils/photo/types';
import type {
  DateOnly,
  LocalText,
  Order,
  PhotoRecord,
  PhotoStatus,
  ReferencePhoto,
  RequestLogEntry,
  Stage,
  StageKind,
  Supplier,
  Timestamp,
} from '@/utils/store/types';
import { buildChecklist, type ShotResult, type ShotStatus } from '@/utils/triage/checklist';
import { isLastBeforeShipment } from '@/utils/triage/shipment';
import type { Thresholds } from '@/utils/triage/thresholds';

/** A picture the record shows and the zip holds: its path in the zip, and where its bytes are. */
export interface RecordPicture {
  path: string;
  source: { kind: 'thumbnail'; sha256: string } | { kind: 'reference'; id: string };
}

export interface RecordPhoto {
  picture?: RecordPicture;
  fileName: string;
  width: number;
  height: number;
  bytes?: number;
  /** Camera local time as written (EXIF), with its offset when the camera wrote one. */
  takenAt?: string;
  receivedAt: Timestamp;
  state: PhotoStatus['state'];
  rejectReason?: string;
  /** Fail-severity findings as the checklist judged them. */
  findings: Finding[];
}

export interface RecordShot {
  label: LocalText;
  instructions: LocalText;
  required: boolean;
  status: ShotStatus;
  references: RecordPicture[];
  /** The accepted photo, else the one that stands for the shot (poor, waiting or rejected). */
  photo?: RecordPhoto;
  photosReceived: number;
}

export interface RecordRequest {
  askedAt: Timestamp;
  answeredAt?: Timestamp;
  channel: RequestLogEntry['channel'];
  /** Who asked, when team sync brought the request from another browser. */
  by?: string;
  items: string[];
}

export interface RecordStage {
  id: string;
  kind: StageKind;
  name: LocalText;
  gate?: { label: LocalText; dueDate?: DateOnly };
  dueDate?: DateOnly;
  lastBeforeShipment: boolean;
  canProceed: boolean;
  shots: RecordShot[];
  requests: RecordRequest[];
}

export interface RecordModel {
  generatedAt: Timestamp;
  order: { poNumbers: string[]; product: string; quantity?: number };
  supplier?: { company: string; contactName?: string };
  stages: RecordStage[];
  /** Say that photos are not an inspection (Settings), where a stage is the last before shipment. */
  inspectionNote: boolean;
}

export interface RecordInput {
  order: Order;
  supplier?: Supplier;
  /** One stage, or every stage of the order when absent. */
  stageId?: string;
  /** The order's photos. */
  photos: PhotoRecord[];
  /** Other photos, for reuse (as the checklist reads them). */
  history: PhotoRecord[];
  requests: RequestLogEntry[];
  references: ReadonlyMap<string, Pick<ReferencePhoto, 'id' | 'name'>>;
  thresholds: Thresholds;
  today: DateOnly;
  generatedAt: Timestamp;
  inspectionNote: boolean;
}

/** A file name safe in any zip tool and file system: no separators, controls or reserved characters. */
export function safeName(name: string, max = 60): string {
  const clean = name
    .normalize('NFC')
    .replace(/\p{Cc}+/gu, '_')
    .replace(/[<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, max);
  return clean || '_';
}

const ext = (fileName: string, fallback: string) => {
  const m = /\.([a-z0-9]{1,5})$/i.exec(fileName);
  return m ? m[1]!.toLowerCase() : fallback;
};

/** Zip paths are unique: a second picture of the same name gets a number. */
function uniquePaths(): (path: string) => string {
  const used = new Set<string>();
  return (path) => {
    let p = path;
    for (let i = 2; used.has(p.toLowerCase()); i++) p = path.replace(/(\.[^.]+)?$/, `-${i}$1`);
    used.add(p.toLowerCase());
    return p;
  };
}

/** "03 Front", a folder or file name with its place in the list. */
const numbered = (i: number, name: LocalText) =>
  `${String(i + 1).padStart(2, '0')} ${safeName(name.en || name.zh, 40)}`;

export function buildRecordModel(input: RecordInput): RecordModel {
  const { order, supplier } = input;
  const stages = input.stageId ? order.stages.filter((s) => s.id === input.stageId) : order.stages;
  const unique = uniquePaths();
  return {
    generatedAt: input.generatedAt,
    order: {
      poNumbers: order.poNumbers,
      product: order.product,
      ...(order.quantity !== undefined ? { quantity: order.quantity } : {}),
    },
    ...(supplier
      ? {
          supplier: {
            company: supplier.company,
            ...(supplier.contactName ? { contactName: supplier.contactName } : {}),
          },
        }
      : {}),
    inspectionNote: input.inspectionNote,
    stages: stages.map((stage, si) => recordStage(input, stage, numbered(si, stage.name), unique)),
  };
}

function recordStage(
  input: RecordInput,
  stage: Stage,
  dir: string,
  unique: (path: string) => string,
): RecordStage {
  const checklist = buildChecklist({
    order: input.order,
    stage,
    photos: input.photos.filter((p) => p.stageId === stage.id),
    history: input.history,
    thresholds: input.thresholds,
    today: input.today,
  });
  return {
    id: stage.id,
    kind: stage.kind,
    name: stage.name,
    ...(stage.gate ? { gate: stage.gate } : {}),
    ...(stage.dueDate ? { dueDate: stage.dueDate } : {}),
    lastBeforeShipment: isLastBeforeShipment(stage),
    canProceed: checklist.gate.canProceed,
    shots: checklist.shots.map((r, i) => recordShot(input, r, `${dir}/${numbered(i, r.shot.label)}`, unique)),
    requests: input.requests
      .filter((q) => q.stageId === stage.id)
      .sort((a, b) => a.askedAt.localeCompare(b.askedAt))
      .map((q) => ({
        askedAt: q.askedAt,
        ...(q.answeredAt ? { answeredAt: q.answeredAt } : {}),
        channel: q.channel,
        ...(q.by ? { by: q.by } : {}),
        items: q.items.map((it) => it.text),
      })),
  };
}

/** `base`: the shot's path in the zip, without an ending ("01 Stage/02 Shot"). */
function recordShot(
  input: RecordInput,
  r: ShotResult,
  base: string,
  unique: (path: string) => string,
): RecordShot {
  const references = r.shot.referencePhotoIds.flatMap((id, k) => {
    const ref = input.references.get(id);
    if (!ref) return [];
    const path = unique(`${base} - reference ${k + 1}.${ext(ref.name, 'jpg')}`);
    return [{ path, source: { kind: 'reference' as const, id } }];
  });
  const photo = r.best && recordPhoto(r.best, input.order.id, r.findings, base, unique);
  return {
    label: r.shot.label,
    instructions: r.shot.instructions,
    required: r.shot.required,
    status: r.status,
    references,
    ...(photo ? { photo } : {}),
    photosReceived: r.photos.length,
  };
}

/** The photo that stands for a shot, named as it came in this order's mail. */
function recordPhoto(
  best: PhotoRecord,
  orderId: string,
  findings: Finding[],
  base: string,
  unique: (path: string) => string,
): RecordPhoto {
  const origin = best.origins.filter((o) => (o.orderId ?? best.orderId) === orderId).at(-1);
  const fileName = (origin ?? best.origins.at(-1))?.fileName ?? best.sha256.slice(0, 12);
  const taken = best.report.exif?.takenAt;
  return {
    ...(best.thumbnail
      ? {
          picture: {
            path: unique(`${base} - ${best.status.state} (thumbnail).jpg`),
            source: { kind: 'thumbnail' as const, sha256: best.sha256 },
          },
        }
      : {}),
    fileName,
    width: best.report.width,
    height: best.report.height,
    ...(best.report.bytes !== undefined ? { bytes: best.report.bytes } : {}),
    ...(taken ? { takenAt: `${taken}${best.report.exif?.takenAtOffset ?? ''}` } : {}),
    receivedAt: (origin ?? best.origins.at(-1))?.receivedAt ?? best.createdAt,
    state: best.status.state,
    ...(best.status.state === 'rejected' ? { rejectReason: best.status.reason } : {}),
    findings,
  };
}

/** Every picture the record names, in order. */
export const recordPictures = (m: RecordModel): RecordPicture[] =>
  m.stages.flatMap((s) =>
    s.shots.flatMap((shot) => [...shot.references, ...(shot.photo?.picture ? [shot.photo.picture] : [])]),
  );
