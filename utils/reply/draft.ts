// The re-request drafter: a stage's checklist in, a structured draft out — who to greet, the order,
// a numbered list of what to retake or send and why, the gate, the signature. Pure: plain records
// in, plain data out. `render.ts` turns a draft into text or HTML through the templates.
//
// What is asked:
// - every poor or rejected shot (required or optional): its photo's file name and, per request, the
//   problems behind it. Problems that need the same action share one line — a 68 KB WeChat picture
//   is too small, a small file and over-compressed at once: one request to send the original, not three.
//   Besides the fail-severity findings that made the shot poor, the photo's warnings are included when
//   they ask something (the WeChat `chat-recompressed` tip is a warning): the photo is being asked
//   for again anyway, and the warning says how to send it right.
// - every missing required shot, with its label and the shot list's instructions;
// - missing optional shots, in detailed drafts only;
// - the buyer's general requests (`extras`).
// Photos assigned to no shot are not asked about: the list speaks the shot list's language.

import { formatBytes } from '@/utils/format';
import type { Finding, FindingCode } from '@/utils/photo/types';
import type {
  DateOnly,
  Language,
  LocalText,
  Order,
  PhotoRecord,
  RequestLogEntry,
  Settings,
  Shot,
  Stage,
  Supplier,
} from '@/utils/store/types';
import type { Checklist, ReusedPhoto, ShotResult } from '@/utils/triage/checklist';
import {
  DUE_PHRASES,
  FINDING_PHRASES,
  GATE_PHRASES,
  GENERAL_REQUESTS,
  type GeneralRequest,
  ITEM_PHRASES,
  interpolate,
  interpolateLocal,
  interpolateText,
  localOf,
  MESSAGE_PHRASES,
  MONTHS_EN,
  REQUEST_ORDER,
  REQUESTS,
  REUSED_PROBLEM,
  type RequestKey,
  WEEKDAYS,
} from './phrases';
import type { RenderOptions } from './render';

export interface DraftItem {
  kind: 'retake' | 'missing' | 'general';
  shotId?: string;
  fileName?: string;
  /** The finding codes asked about (deduplicated), for a photo to retake or resend. */
  codes?: FindingCode[];
  /** A missing optional shot: shown in detailed drafts only. */
  optional?: boolean;
  /** The item on one line: what brief drafts show and what the request log keeps. */
  text: LocalText;
  /** The first line in detailed drafts, with `details` under it. */
  title: LocalText;
  /** Detailed drafts only: one line per request (with its reasons), or the shot's instructions. */
  details: LocalText[];
}

export interface ReRequestDraft {
  orderId: string;
  stageId: string;
  today: DateOnly;
  /** The order's PO numbers, joined with " / ". */
  po: string;
  product: string;
  stage: LocalText;
  /** The supplier's company and contact name, empty when unknown. */
  supplier: string;
  contact: string;
  greeting: LocalText;
  items: DraftItem[];
  /** The line asking for the photos before the stage's gate, when blocked by something asked for. */
  gate?: LocalText;
  /** The gate's (else the stage's) due date, formatted with its distance from today. */
  due?: LocalText;
  why: LocalText;
  buyer: string;
  company: string;
  /** The buyer's signature, else name and company; added once after the message. */
  signature: string;
  /** Rendering options from the settings (languages: the supplier's, else the settings'). */
  defaults: RenderOptions;
}

export interface DraftInput {
  order: Order;
  stage: Stage;
  checklist: Checklist;
  settings: Settings;
  supplier?: Supplier;
  today: DateOnly;
  extras?: GeneralRequest[];
}

/** A re-request for what the checklist lacks, or `undefined` when there is nothing to ask. */
export function draftReRequest(input: DraftInput): ReRequestDraft | undefined {
  const { order, stage, checklist, settings, supplier, today, extras = [] } = input;

  const required: DraftItem[] = [];
  const optionalRetakes: DraftItem[] = [];
  const optionalMissing: DraftItem[] = [];
  for (const result of checklist.shots) {
    const { shot, status } = result;
    if (status === 'missing') (shot.required ? required : optionalMissing).push(missingItem(shot));
    else if (status === 'poor' || status === 'rejected')
      (shot.required ? required : optionalRetakes).push(retakeItem(result, checklist, order.id));
  }
  if (required.length + optionalRetakes.length === 0) return undefined;

  const po = order.poNumbers.join(' / ');
  const general = [...new Set(extras)].map((g) => generalItem(g, { po, today }));
  const contact = supplier?.contactName?.trim() ?? '';
  const due = dueText(checklist.gate.dueDate ?? stage.gate?.dueDate ?? stage.dueDate, today);
  const askedShots = new Set([...required, ...optionalRetakes].map((i) => i.shotId));
  const gateBlocked = checklist.gate.blockers.some((b) => askedShots.has(b.shot.id));

  const draft: ReRequestDraft = {
    orderId: order.id,
    stageId: stage.id,
    today,
    po,
    product: order.product,
    stage: { en: localOf(stage.name, 'en'), zh: localOf(stage.name, 'zh') },
    supplier: supplier?.company ?? '',
    contact,
    greeting: contact
      ? interpolateText(MESSAGE_PHRASES.greeting, { contact })
      : { ...MESSAGE_PHRASES.greetingGeneric },
    items: [...required, ...optionalRetakes, ...optionalMissing, ...general],
    why: { ...MESSAGE_PHRASES.why },
    buyer: settings.buyer.name,
    company: settings.buyer.company,
    signature: signatureOf(settings),
    defaults: {
      layout: settings.replyLayout,
      detail: settings.replyDetail,
      // A supplier record from before per-supplier languages may lack the list.
      languages: [...(supplier?.replyLanguages?.length ? supplier.replyLanguages : settings.replyLanguages)],
      // The buyer's own wording from the options page, per language; the default where none.
      ...(settings.replyTemplates ? { templates: { ...settings.replyTemplates } } : {}),
    },
  };
  if (due) draft.due = due.text;
  if (stage.gate && gateBlocked) draft.gate = gateLine(stage.gate.label, due);
  return draft;
}

/** The draft's items as the request log keeps them (what the rendered draft with `detail` shows). */
export function toLogItems(
  draft: ReRequestDraft,
  opts: { detail?: 'brief' | 'detailed'; language?: Language } = {},
): RequestLogEntry['items'] {
  const detail = opts.detail ?? draft.defaults.detail;
  const lang = opts.language === 'zh-CN' ? 'zh' : 'en';
  return draft.items
    .filter((i) => detail === 'detailed' || !i.optional)
    .map((i) => ({
      ...(i.shotId ? { shotId: i.shotId } : {}),
      ...(i.fileName !== undefined ? { fileName: i.fileName } : {}),
      ...(i.codes ? { codes: [...i.codes] } : {}),
      text: i.text[lang],
    }));
}

// ——— Items ———

function missingItem(shot: Shot): DraftItem {
  const title = interpolateLocal(shot.required ? ITEM_PHRASES.missing : ITEM_PHRASES.missingOptional, {
    label: shot.label,
  });
  const details = hasText(shot.instructions)
    ? [interpolateLocal(ITEM_PHRASES.instructions, { instructions: shot.instructions })]
    : [];
  return {
    kind: 'missing',
    shotId: shot.id,
    ...(shot.required ? {} : { optional: true }),
    text: title,
    title,
    details,
  };
}

const hasText = (t: LocalText) => Boolean(t.en?.trim() || t.zh?.trim());

/** Codes once each, fails first (they made the shot poor), information-only findings left out. */
function findingsToAsk(result: ShotResult, checklist: Checklist, photo: PhotoRecord | undefined): Finding[] {
  const all = [...result.findings, ...((photo && checklist.findings[photo.sha256]) || [])];
  const seen = new Set<FindingCode>();
  const out: Finding[] = [];
  for (const f of [
    ...all.filter((f) => f.severity === 'fail'),
    ...all.filter((f) => f.severity === 'warn'),
  ]) {
    if (seen.has(f.code) || FINDING_PHRASES[f.code].request === null) continue;
    seen.add(f.code);
    out.push(f);
  }
  return out;
}

function retakeItem(result: ShotResult, checklist: Checklist, orderId: string): DraftItem {
  const { shot, status } = result;
  const photo = result.best ?? result.photos[0];
  const fileName = photo ? fileNameOf(photo, orderId) : undefined;
  const findings = findingsToAsk(result, checklist, photo);
  const reuse = photo && checklist.reused.find((r) => r.photo.sha256 === photo.sha256);

  // Group by request, in the order a supplier should act.
  const groups = new Map<RequestKey, Finding[]>();
  for (const f of findings) {
    const request = FINDING_PHRASES[f.code].request!;
    groups.set(request, [...(groups.get(request) ?? []), f]);
  }
  const requests = REQUEST_ORDER.filter((r) => groups.has(r));

  const lines: LocalText[] = requests.map((request) => {
    const problems = groups.get(request)!.map((f) => problemOf(f, reuse));
    const full = REQUESTS[request].full;
    return {
      en: `${capitalise(problems.map((p) => p.en).join('; '))}. ${full.en}`,
      zh: `${problems.map((p) => p.zh).join('；')}。${full.zh}`,
    };
  });
  const shorts = {
    en: unique(findings.map((f) => shortOf(f, 'en'))),
    zh: unique(findings.map((f) => shortOf(f, 'zh'))),
  };

  const rejection =
    status === 'rejected' || photo?.status.state === 'rejected'
      ? rejectionOf(photo?.status.state === 'rejected' ? photo.status.reason : '')
      : undefined;

  const name = fileName ?? '';
  const label = hasText(shot.label) ? shot.label : undefined;
  const heading = label
    ? interpolateLocal(ITEM_PHRASES.photo, { label, file: name })
    : interpolateText(ITEM_PHRASES.photoNoLabel, { file: name });
  const headingNoFile = label ? { en: localOf(label, 'en'), zh: localOf(label, 'zh') } : heading;
  const title = fileName ? heading : headingNoFile;

  // Brief: "Product front (IMG_0412.jpg): low resolution, heavily compressed. Please send the original…"
  const sentences: LocalText[] = [];
  if (rejection) sentences.push(rejection);
  if (shorts.en.length) sentences.push({ en: `${shorts.en.join(', ')}.`, zh: `${shorts.zh.join('、')}。` });
  for (const r of requests) sentences.push(REQUESTS[r].short);
  if (!sentences.length) sentences.push(ITEM_PHRASES.retake);
  const text = {
    en: `${title.en}: ${sentences.map((s) => s.en).join(' ')}`,
    zh: `${title.zh}：${sentences.map((s) => s.zh).join('')}`,
  };

  // Detailed: the title, then the rejection and what to show (a rejected photo usually shows the wrong
  // thing), then one line per request.
  const details: LocalText[] = [];
  if (rejection) {
    details.push(rejection);
    if (hasText(shot.instructions))
      details.push(interpolateLocal(ITEM_PHRASES.instructions, { instructions: shot.instructions }));
  }
  details.push(...lines);
  if (!details.length) details.push({ ...ITEM_PHRASES.retake });

  return {
    kind: 'retake',
    shotId: shot.id,
    ...(fileName !== undefined ? { fileName } : {}),
    codes: findings.map((f) => f.code),
    text,
    title: { en: `${title.en}:`, zh: `${title.zh}：` },
    details,
  };
}

function rejectionOf(reason: string): LocalText {
  const r = reason.trim().replace(/[.。]+$/, '');
  return r ? interpolateText(ITEM_PHRASES.rejected, { reason: r }) : { ...ITEM_PHRASES.rejectedNoReason };
}

function generalItem(request: GeneralRequest, vars: { po: string; today: DateOnly }): DraftItem {
  const text = interpolateText(GENERAL_REQUESTS[request], vars);
  return { kind: 'general', text, title: text, details: [] };
}

// ——— Findings in words ———

const unique = (xs: string[]) => [...new Set(xs)];
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function shortOf(f: Finding, lang: 'en' | 'zh'): string {
  const phrase = FINDING_PHRASES[f.code];
  return phrase.request === null ? '' : phrase.short[lang];
}

/** The values a `measured` phrase may name; a phrase naming one that is absent is left out. */
function measuredValues(f: Finding): Record<string, string> {
  const v: Record<string, string> = {};
  const plain = (x: Finding['measured']) => (typeof x === 'number' ? String(Math.round(x)) : String(x));
  if (f.measured !== undefined && f.measured !== '')
    v.value = f.code === 'small-file' ? formatBytes(Number(f.measured)) : plain(f.measured);
  if (f.threshold !== undefined && f.threshold !== '') v.threshold = plain(f.threshold);
  if (f.other) v.other = f.other;
  return v;
}

function problemOf(f: Finding, reuse: ReusedPhoto | undefined): LocalText {
  const phrase = FINDING_PHRASES[f.code];
  if (phrase.request === null) return { en: '', zh: '' };
  let problem = phrase.problem;
  const values = measuredValues(f);
  if (f.code === 'reused' && reuse) {
    problem = reuse.sameOrder ? REUSED_PROBLEM.earlier : REUSED_PROBLEM.otherOrder;
    // The checklist's `other` names the other order's PO, which may be another supplier's: the
    // supplier reads only the file name and the date it was first received.
    values.other = `${reuse.firstSeen.fileName}, ${reuse.firstSeen.receivedAt.slice(0, 10)}`;
  }
  if (!phrase.measured) return problem;
  const names = [...phrase.measured.en.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!);
  if (!names.every((n) => n in values)) return problem;
  const m = interpolateText(phrase.measured, values);
  return { en: `${problem.en} (${m.en})`, zh: `${problem.zh}（${m.zh}）` };
}

/** The file name of the photo as this order received it (its latest sighting for the order). */
function fileNameOf(p: PhotoRecord, orderId: string): string | undefined {
  const forOrder = p.origins.filter((o) => (o.orderId ?? p.orderId) === orderId);
  return (forOrder.at(-1) ?? p.origins.at(-1))?.fileName;
}

// ——— Dates, gate, signature ———

const dayNumber = (d: DateOnly) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000;

interface Due {
  text: LocalText;
  days: number;
}

function dueText(date: DateOnly | undefined, today: DateOnly): Due | undefined {
  if (!date) return undefined;
  const at = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return undefined;
  const days = Math.round(dayNumber(date) - dayNumber(today));
  const year = at.getUTCFullYear();
  const sameYear = String(year) === today.slice(0, 4);
  const vars = {
    en: {
      date: `${at.getUTCDate()} ${MONTHS_EN[at.getUTCMonth()]} ${year}`,
      weekday: WEEKDAYS.en[at.getUTCDay()]!,
      days: Math.abs(days),
    },
    zh: {
      date: `${sameYear ? '' : `${year}年`}${at.getUTCMonth() + 1}月${at.getUTCDate()}日`,
      weekday: WEEKDAYS.zh[at.getUTCDay()]!,
      days: Math.abs(days),
    },
  };
  const phrase =
    days > 1
      ? DUE_PHRASES.future
      : days === 1
        ? DUE_PHRASES.tomorrow
        : days === 0
          ? DUE_PHRASES.today
          : days === -1
            ? DUE_PHRASES.yesterday
            : DUE_PHRASES.past;
  return {
    text: { en: interpolate(phrase.en, vars.en), zh: interpolate(phrase.zh, vars.zh) },
    days,
  };
}

function gateLine(label: LocalText, due: Due | undefined): LocalText {
  const phrase = !due ? GATE_PHRASES.noDate : due.days < 0 ? GATE_PHRASES.overdue : GATE_PHRASES.due;
  const line = interpolateLocal(phrase, { gate: label, due: due?.text ?? '' });
  // The overdue line opens with the gate's label: capitalise it in English.
  return { en: capitalise(line.en), zh: line.zh };
}

function signatureOf(settings: Settings): string {
  const { name, company, signature } = settings.buyer;
  return (
    signature.trim() ||
    [name, company]
      .map((s) => s.trim())
      .filter(Boolean)
      .join('\n')
  );
}
