// Hand-written validators for every stored record: run on every write and on every imported record.
// Each returns the problems it found, with paths (`orders[3].stages[0].shots[2].label.en: expected a
// string`), so the buyer (or whoever edited a backup) can find them. Store-owned records are closed:
// an unknown field is a problem (a typo would otherwise be silently kept). The photo report belongs to
// utils/photo and grows with it, so only the fields the store and the checklist rely on are checked.
import { validateReplyTemplate } from '@/utils/reply/reply-template';
import { hasInvisible, revealInvisible } from '@/utils/triage/addresses';
import { isWebmailDomain } from '@/utils/triage/match';
import { isPublicSuffix } from '@/utils/triage/public-suffix';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';

type Problems = string[];
type Check = (value: unknown, path: string, out: Problems) => void;
interface Field {
  check: Check;
  optional: boolean;
}

function show(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return v.length > 40 ? 'a long string' : JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeof v === 'object' ? 'an object' : typeof v;
}

const fail = (out: Problems, path: string, expected: string, v: unknown) =>
  out.push(`${path}: expected ${expected}, got ${show(v)}`);

const opt = (check: Check): Field => ({ check, optional: true });

function str(o: { nonEmpty?: boolean; pattern?: RegExp; expected?: string; max?: number } = {}): Check {
  const expected = o.expected ?? (o.nonEmpty ? 'a non-empty string' : 'a string');
  return (v, path, out) => {
    if (typeof v !== 'string') return fail(out, path, expected, v);
    if (o.nonEmpty && v.trim() === '') return fail(out, path, expected, v);
    if (o.pattern && !o.pattern.test(v)) return fail(out, path, expected, v);
    if (v.length > (o.max ?? 100_000)) out.push(`${path}: longer than ${o.max ?? 100_000} characters`);
  };
}

function num(o: { int?: boolean; min?: number; max?: number } = {}): Check {
  const range = o.min !== undefined ? ` ≥ ${o.min}` : '';
  const expected = `${o.int ? 'a whole number' : 'a number'}${range}${o.max !== undefined ? ` ≤ ${o.max}` : ''}`;
  return (v, path, out) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(out, path, expected, v);
    if (
      (o.int && !Number.isInteger(v)) ||
      (o.min !== undefined && v < o.min) ||
      (o.max !== undefined && v > o.max)
    )
      fail(out, path, expected, v);
  };
}

const bool: Check = (v, path, out) => {
  if (typeof v !== 'boolean') fail(out, path, 'true or false', v);
};

function oneOf(...values: readonly (string | number)[]): Check {
  const expected = `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`;
  return (v, path, out) => {
    if (!values.includes(v as string)) fail(out, path, expected, v);
  };
}

function arr(item: Check, o: { min?: number; uniqueBy?: (x: unknown) => unknown } = {}): Check {
  return (v, path, out) => {
    if (!Array.isArray(v)) return fail(out, path, 'a list', v);
    if (o.min && v.length < o.min) out.push(`${path}: needs at least ${o.min} item${o.min > 1 ? 's' : ''}`);
    const seen = new Set<unknown>();
    v.forEach((x, i) => {
      item(x, `${path}[${i}]`, out);
      if (!o.uniqueBy) return;
      const key = o.uniqueBy(x);
      if (key !== undefined && seen.has(key)) out.push(`${path}[${i}]: duplicate ${JSON.stringify(key)}`);
      seen.add(key);
    });
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isBlob(v);
}

function obj(shape: Record<string, Check | Field>, o: { open?: boolean } = {}): Check {
  const fields = Object.entries(shape).map(
    ([k, f]) => [k, typeof f === 'function' ? { check: f, optional: false } : f] as const,
  );
  return (v, path, out) => {
    if (!isPlainObject(v)) return fail(out, path, 'an object', v);
    for (const [key, field] of fields) {
      const value = v[key];
      if (value === undefined) {
        if (!field.optional) out.push(`${path}.${key}: missing`);
      } else field.check(value, `${path}.${key}`, out);
    }
    if (o.open) return;
    for (const key of Object.keys(v)) {
      // Own fields only: `key in shape` would see Object.prototype (`constructor`, `__proto__`…).
      if (!Object.hasOwn(shape, key) && v[key] !== undefined) out.push(`${path}.${key}: unknown field`);
    }
  };
}

/** Duck-typed: Blobs from another realm (a test's Node Blob, a worker's) are Blobs too. */
export function isBlob(v: unknown): v is Blob {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Blob).size === 'number' &&
    typeof (v as Blob).type === 'string' &&
    typeof (v as Blob).arrayBuffer === 'function'
  );
}

const blob: Check = (v, path, out) => {
  if (!isBlob(v)) fail(out, path, 'a file (Blob)', v);
};

const both =
  (...checks: Check[]): Check =>
  (v, path, out) => {
    const before = out.length;
    for (const c of checks) if (out.length === before) c(v, path, out);
  };

// Ids are ours (UUIDs) or the buyer's, never paths: no slashes, so file names in backups stay safe, and
// no leading "." (zip readers skip hidden files, so its file would be lost from the next backup).
const id = str({
  pattern: /^(?!\.)[^/\\\s]{1,200}$/,
  expected: 'an id (no spaces or slashes, not starting with ".")',
});
const text = str();
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const timestamp = both(str({ pattern: ISO, expected: 'a date and time (ISO 8601)' }), (v, path, out) => {
  if (Number.isNaN(Date.parse(v as string))) fail(out, path, 'a real date and time', v);
});
const dateOnly = both(
  str({ pattern: /^\d{4}-\d{2}-\d{2}$/, expected: 'a date YYYY-MM-DD' }),
  (v, path, out) => {
    if (Number.isNaN(Date.parse(`${v}T00:00:00Z`))) fail(out, path, 'a real date', v);
  },
);
// Addresses and domains arrive normalised (utils/triage/addresses); what is left to refuse is what
// normalising must not hide: invisible characters, and domains anyone can register under.
const visible: Check = (v, path, out) => {
  if (typeof v === 'string' && hasInvisible(v))
    out.push(`${path}: ${revealInvisible(v)} contains invisible characters (shown as ⟨U+…⟩); type it again`);
};
const email = both(
  visible,
  str({ pattern: /^[^\sA-Z@]+@[^\sA-Z@]+$/, expected: 'a lower-case email address' }),
);
const domain = both(
  visible,
  str({
    pattern: /^[^\sA-Z@/]+\.[^\sA-Z@/]+$/,
    expected: 'a lower-case domain like factory.cn',
  }),
);
const supplierDomain = both(domain, (v, path, out) => {
  // Webmail is shared by countless senders (many small factories use it): never a supplier's domain.
  if (isWebmailDomain(v as string))
    out.push(`${path}: ${v} is a public email service; add the supplier's own addresses instead`);
  // A public suffix (com.cn, co.uk) would match every company registered under it.
  else if (isPublicSuffix(v as string))
    out.push(`${path}: ${v} is shared by every company registered under it; add the company's own domain`);
});
const language = oneOf('en', 'zh-CN');
const stageKind = oneOf(
  'sample',
  'pre-production',
  'during-production',
  'pre-shipment',
  'container-loading',
  'custom',
);
const localText = obj({ en: text, zh: text });
const byId = (x: unknown) => (isPlainObject(x) ? x.id : undefined);

const shot = obj({
  id,
  label: localText,
  instructions: localText,
  required: bool,
  referencePhotoIds: arr(id),
  minLongEdge: opt(num({ int: true, min: 1 })),
  keywords: opt(arr(text)),
});

const stage = obj({
  id,
  kind: stageKind,
  name: localText,
  shots: arr(shot, { uniqueBy: byId }),
  gate: opt(obj({ label: localText, dueDate: opt(dateOnly) })),
  startDate: opt(dateOnly),
  dueDate: opt(dateOnly),
});

/** The record's revision (utils/store/revision): absent on records saved before revisions. */
const rev = opt(num({ int: true, min: 0 }));

const supplier = obj({
  id,
  company: str({ nonEmpty: true }),
  contactName: opt(text),
  emails: arr(email, { uniqueBy: (x) => x }),
  domains: arr(supplierDomain, { uniqueBy: (x) => x }),
  replyLanguages: arr(language, { uniqueBy: (x) => x }),
  notes: opt(text),
  createdAt: timestamp,
  updatedAt: timestamp,
  rev,
});

const orderShape = obj({
  id,
  poNumbers: arr(str({ nonEmpty: true, max: 100 }), { min: 1 }),
  supplierId: id,
  product: text,
  quantity: opt(num({ int: true, min: 0 })),
  stages: arr(stage, { uniqueBy: byId }),
  currentStageId: text,
  status: oneOf('open', 'on-hold', 'shipped', 'closed'),
  notes: opt(text),
  createdAt: timestamp,
  updatedAt: timestamp,
  rev,
});

const order: Check = (v, path, out) => {
  const before = out.length;
  orderShape(v, path, out);
  if (out.length > before) return;
  const o = v as { stages: { id: string }[]; currentStageId: string };
  if (o.stages.length > 0 && !o.stages.some((s) => s.id === o.currentStageId)) {
    out.push(`${path}.currentStageId: ${JSON.stringify(o.currentStageId)} is not one of the order's stages`);
  }
};

const template = obj({
  id,
  name: localText,
  kind: stageKind,
  builtIn: bool,
  shots: arr(shot, { uniqueBy: byId }),
  gate: opt(obj({ label: localText })),
  rev,
});

const referencePhoto = obj({
  id,
  name: text,
  blob,
  width: opt(num({ int: true, min: 0 })),
  height: opt(num({ int: true, min: 0 })),
  addedAt: timestamp,
});

// Team sync's who and what came before (types.ts PhotoEvent).
const photoEvent = obj({
  state: oneOf('accepted', 'rejected', 'pending', 'unfiled'),
  at: timestamp,
  by: opt(text),
  reason: opt(text),
  order: opt(text),
});
const decided = { by: opt(text), history: opt(arr(photoEvent)) };
const statusShapes: Record<string, Check> = {
  pending: obj({ state: text, ...decided }),
  accepted: obj({ state: text, at: timestamp, ...decided }),
  rejected: obj({ state: text, at: timestamp, reason: text, ...decided }),
};
const status: Check = (v, path, out) => {
  if (!isPlainObject(v)) return fail(out, path, 'an object', v);
  switch (v.state) {
    case 'pending':
    case 'accepted':
    case 'rejected':
      return statusShapes[v.state](v, path, out);
    default:
      fail(out, `${path}.state`, 'one of "pending", "accepted", "rejected"', v.state);
  }
};

const origin = obj({
  source: oneOf('gmail', 'outlook', 'dropped'),
  fileName: text,
  receivedAt: timestamp,
  messageId: opt(text),
  threadId: opt(text),
  sender: opt(text),
  orderId: opt(text),
});

const report = obj(
  {
    format: oneOf('jpeg', 'png', 'gif', 'webp', 'bmp', 'tiff', 'heic', 'avif', 'unknown'),
    width: num({ int: true, min: 0 }),
    height: num({ int: true, min: 0 }),
    bytes: opt(num({ int: true, min: 0 })),
    bytesRead: num({ int: true, min: 0 }),
    findings: arr(
      obj({ code: str({ nonEmpty: true }), severity: oneOf('fail', 'warn', 'info') }, { open: true }),
    ),
    verdict: oneOf('ok', 'warn', 'fail', 'error'),
  },
  { open: true },
);

const photoShape = obj({
  sha256: str({ pattern: /^[0-9a-f]{64}$/, expected: 'a SHA-256 (64 lower-case hex digits)' }),
  dHash: opt(str({ pattern: /^[0-9a-f]{16}$/, expected: 'a dHash (16 lower-case hex digits)' })),
  report,
  origins: arr(origin),
  orderId: opt(id),
  stageId: opt(id),
  shotId: opt(id),
  status,
  thumbnail: opt(blob),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const photo: Check = (v, path, out) => {
  const before = out.length;
  photoShape(v, path, out);
  if (out.length > before) return;
  const p = v as { orderId?: string; stageId?: string; shotId?: string };
  if (p.stageId !== undefined && p.orderId === undefined) out.push(`${path}.stageId: set without an orderId`);
  if (p.shotId !== undefined && p.stageId === undefined) out.push(`${path}.shotId: set without a stageId`);
};

const request = obj({
  id,
  orderId: id,
  stageId: text,
  askedAt: timestamp,
  channel: oneOf('gmail', 'outlook', 'wechat'),
  messageId: opt(text),
  threadId: opt(text),
  items: arr(obj({ shotId: opt(text), fileName: opt(text), codes: opt(arr(text)), text })),
  answeredAt: opt(timestamp),
  by: opt(text),
});

// Mail clients' own thread ids: Gmail's hex (`18c34b0c77aa9000`) or `thread-f:…`, Outlook's base64
// conversation ids (which may hold `/`, `+`, `=`). Never used in file names, so only spaces are refused.
const threadId = str({ pattern: /^\S{1,1000}$/, expected: 'a thread id (no spaces)' });

const thread = obj({
  threadId,
  client: oneOf('gmail', 'outlook'),
  orderId: id,
  updatedAt: timestamp,
});

const thresholds = obj(
  Object.fromEntries(Object.keys(DEFAULT_THRESHOLDS).map((k) => [k, opt(num({ min: 0 }))])),
);

/** A re-request template: text whose placeholders are all known and which lists the photos (`{items}`). */
const replyTemplate = both(str({ max: 20_000 }), (v, path, out) => {
  const check = validateReplyTemplate(v as string);
  if (!check.ok) out.push(`${path}: ${check.message}`);
});

/** The stored settings: only what the buyer changed (defaults are merged on read), so all optional. */
const settings = obj({
  thresholds: opt(thresholds),
  replyLanguages: opt(arr(language, { min: 1, uniqueBy: (x) => x })),
  replyLayout: opt(oneOf('sequential', 'interleaved')),
  replyDetail: opt(oneOf('brief', 'detailed')),
  buyer: opt(obj({ name: opt(text), company: opt(text), email: opt(text), signature: opt(text) })),
  ignoredSenders: opt(arr(email, { uniqueBy: (x) => x })),
  uiLanguage: opt(language),
  replyTemplates: opt(obj({ en: opt(replyTemplate), zh: opt(replyTemplate) })),
  inspectionNote: opt(bool),
  rev,
});

export type Validator = (value: unknown, path: string) => string[];

const run =
  (check: Check): Validator =>
  (value, path) => {
    const out: Problems = [];
    check(value, path, out);
    return out;
  };

export const validateSupplier = run(supplier);
export const validateOrder = run(order);
export const validateShotListTemplate = run(template);
export const validateReferencePhoto = run(referencePhoto);
export const validatePhoto = run(photo);
export const validateRequest = run(request);
export const validateSettings = run(settings);
export const validateThread = run(thread);

/** Who already holds an address or a domain (the rest of the database, or the rest of a backup). */
export type SupplierOwner = (
  field: 'emails' | 'domains',
  value: string,
) => { id: string; company: string } | undefined;

/** An address or domain listed under two suppliers would make sender lookups ambiguous. */
export function supplierClashProblems(
  s: { id: string; emails: string[]; domains: string[] },
  path: string,
  owner: SupplierOwner,
): string[] {
  const out: string[] = [];
  for (const field of ['emails', 'domains'] as const) {
    s[field].forEach((value, i) => {
      const other = owner(field, value);
      if (other && other.id !== s.id)
        out.push(`${path}.${field}[${i}]: ${value} already belongs to ${other.company}`);
    });
  }
  return out;
}

/** What the referential checks need to know about the rest of the database. */
export interface RefIndex {
  hasSupplier(id: string): boolean;
  hasReferencePhoto(id: string): boolean;
  order(id: string): { stages: { id: string; shots: { id: string }[] }[] } | undefined;
}

function shotRefProblems(shots: { referencePhotoIds: string[] }[], path: string, refs: RefIndex): string[] {
  const out: string[] = [];
  shots.forEach((s, i) => {
    s.referencePhotoIds.forEach((id, j) => {
      if (!refs.hasReferencePhoto(id))
        out.push(`${path}[${i}].referencePhotoIds[${j}]: no reference photo with id ${JSON.stringify(id)}`);
    });
  });
  return out;
}

export function orderRefProblems(
  order: { supplierId: string; stages: { shots: { referencePhotoIds: string[] }[] }[] },
  path: string,
  refs: RefIndex,
): string[] {
  const out = refs.hasSupplier(order.supplierId)
    ? []
    : [`${path}.supplierId: no supplier with id ${JSON.stringify(order.supplierId)}`];
  order.stages.forEach((s, i) => {
    out.push(...shotRefProblems(s.shots, `${path}.stages[${i}].shots`, refs));
  });
  return out;
}

export function templateRefProblems(
  template: { shots: { referencePhotoIds: string[] }[] },
  path: string,
  refs: RefIndex,
): string[] {
  return shotRefProblems(template.shots, `${path}.shots`, refs);
}

/** An assignment must name an existing order, one of its stages, and one of that stage's shots. */
export function assignmentProblems(
  a: { orderId?: string; stageId?: string; shotId?: string },
  path: string,
  refs: RefIndex,
): string[] {
  if (a.orderId === undefined) return [];
  const order = refs.order(a.orderId);
  if (!order) return [`${path}.orderId: no order with id ${JSON.stringify(a.orderId)}`];
  if (a.stageId === undefined) return [];
  const stage = order.stages.find((s) => s.id === a.stageId);
  if (!stage) return [`${path}.stageId: the order has no stage ${JSON.stringify(a.stageId)}`];
  if (a.shotId !== undefined && !stage.shots.some((s) => s.id === a.shotId))
    return [`${path}.shotId: the stage has no shot ${JSON.stringify(a.shotId)}`];
  return [];
}

/** A thread memory must name an existing order. */
export function threadRefProblems(t: { orderId: string }, path: string, refs: RefIndex): string[] {
  return refs.order(t.orderId) ? [] : [`${path}.orderId: no order with id ${JSON.stringify(t.orderId)}`];
}
