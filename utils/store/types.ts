// The buyer's records, as stored in IndexedDB (extension origin). These types are the contract between
// the store, the checklist engine, the pages and the content scripts (through messages).
import type { PhotoReport } from '@/utils/photo/types';
import type { Thresholds } from '@/utils/triage/thresholds';

/** ISO 8601 timestamp, e.g. `2026-11-26T09:30:00.000Z`. */
export type Timestamp = string;
/** Calendar date `YYYY-MM-DD` (due dates: a day, not an instant). */
export type DateOnly = string;

/** Text the buyer and the supplier read, in English and Simplified Chinese. */
export interface LocalText {
  en: string;
  zh: string;
}

export type Language = 'en' | 'zh-CN';

export type StageKind =
  | 'sample'
  | 'pre-production'
  | 'during-production'
  | 'pre-shipment'
  | 'container-loading'
  | 'custom';

export interface Shot {
  id: string;
  label: LocalText;
  /** What to show and how, as the supplier should read it. */
  instructions: LocalText;
  required: boolean;
  /** The buyer's approved reference photos for this angle (ids in the referencePhotos store). */
  referencePhotoIds: string[];
  /** Stricter minimums for this shot (e.g. a label close-up needs more pixels). */
  minLongEdge?: number;
  /** Extra file-name words (any language) that suggest this shot, besides the label. */
  keywords?: string[];
}

/** The "point of no return" of a stage: the required photos must be approved before it. */
export interface Gate {
  /** e.g. "cutting fabric", "moulding", "packing", "loading". */
  label: LocalText;
  dueDate?: DateOnly;
}

export interface Stage {
  id: string;
  kind: StageKind;
  name: LocalText;
  shots: Shot[];
  gate?: Gate;
  startDate?: DateOnly;
  dueDate?: DateOnly;
}

export interface Supplier {
  id: string;
  company: string;
  contactName?: string;
  /** Lower-case addresses, e.g. `amy@factory.cn`. */
  emails: string[];
  /** Lower-case domains, e.g. `factory.cn` (every sender at the domain is this supplier). */
  domains: string[];
  replyLanguages: Language[];
  notes?: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Raised on every write (utils/store/revision); absent on records saved before revisions. */
  rev?: number;
}

export type OrderStatus = 'open' | 'on-hold' | 'shipped' | 'closed';

export interface Order {
  id: string;
  /** One or more PO numbers as the buyer writes them, e.g. `PO-2026-0412`. */
  poNumbers: string[];
  supplierId: string;
  product: string;
  quantity?: number;
  stages: Stage[];
  currentStageId: string;
  status: OrderStatus;
  notes?: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Raised on every write (utils/store/revision). */
  rev?: number;
}

export interface ShotListTemplate {
  id: string;
  name: LocalText;
  kind: StageKind;
  /** Built-in templates cannot be edited; the buyer copies them. */
  builtIn: boolean;
  shots: Shot[];
  gate?: { label: LocalText };
  /** Raised on every write (utils/store/revision). */
  rev?: number;
}

export interface ReferencePhoto {
  id: string;
  name: string;
  blob: Blob;
  width?: number;
  height?: number;
  addedAt: Timestamp;
}

/**
 * What happened to a photo before its current status, kept so a screen can say it in one line ("Rejected
 * by Li Wei, 10:42, after Tom accepted it at 10:40"). Written by team sync (utils/sync/conflicts):
 * a decision another person's later one replaced, or the order it was filed to deleted by someone.
 */
export interface PhotoEvent {
  state: 'accepted' | 'rejected' | 'pending' | 'unfiled';
  at: Timestamp;
  /** The name set in Settings → Team by whoever did it; absent when made in this browser. */
  by?: string;
  reason?: string;
  /** 'unfiled': the deleted order's PO number(s). */
  order?: string;
}

/** `by` and `history` are set only with team sync (a decision made here has no `by`). */
export type PhotoStatus = (
  | { state: 'pending' }
  | { state: 'accepted'; at: Timestamp }
  | { state: 'rejected'; at: Timestamp; reason: string }
) & { by?: string; history?: PhotoEvent[] };

/** Where a photo was seen. A photo seen twice (resent, reused) has several origins; the first is the oldest. */
export interface PhotoOrigin {
  source: 'gmail' | 'outlook' | 'dropped';
  fileName: string;
  /** When the message was sent, or the file dropped. */
  receivedAt: Timestamp;
  messageId?: string;
  threadId?: string;
  sender?: string;
  orderId?: string;
}

export interface PhotoRecord {
  /** SHA-256 of the file, hex: the photo's identity. */
  sha256: string;
  /** 64-bit difference hash, hex, when the pixels were decoded. */
  dHash?: string;
  report: PhotoReport;
  origins: PhotoOrigin[];
  orderId?: string;
  stageId?: string;
  shotId?: string;
  status: PhotoStatus;
  /** Small JPEG drawn by the pixel stage, for lists and the checklist. */
  thumbnail?: Blob;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** A re-request sent to a supplier, so the next email can be compared with what was asked. */
export interface RequestLogEntry {
  id: string;
  orderId: string;
  stageId: string;
  askedAt: Timestamp;
  channel: 'gmail' | 'outlook' | 'wechat';
  messageId?: string;
  threadId?: string;
  /** What was asked, one line each (shot ids for missing shots, file names and finding codes to retake). */
  items: { shotId?: string; fileName?: string; codes?: string[]; text: string }[];
  answeredAt?: Timestamp;
  /** Who asked (Settings → Team name), set by team sync on requests made in another browser. */
  by?: string;
}

/** The order the buyer said a mail thread belongs to, so the next message in the thread needs no asking. */
export interface ThreadOrder {
  /** Gmail's thread id (e.g. `18c34b0c77aa9000`) or Outlook's conversation id. */
  threadId: string;
  client: 'gmail' | 'outlook';
  orderId: string;
  updatedAt: Timestamp;
}

/**
 * A supplier thread with photos seen in the message list (Gmail's thread list, Outlook's message list),
 * kept so the popup can list "Photos to check" before anything is opened. One per thread; this browser's
 * own memory (never in backups: the next look at the list writes it again).
 */
export interface ListThread {
  threadId: string;
  client: 'gmail' | 'outlook';
  supplierId: string;
  subject: string;
  /** Image and zip file names the row showed; empty when it showed only the paper clip. */
  attachmentNames: string[];
  /** The mail page the row was seen on, without its route (e.g. `https://mail.google.com/mail/u/0/`). */
  pageUrl: string;
  firstSeenAt: Timestamp;
  lastSeenAt: Timestamp;
}

export interface BuyerDetails {
  name: string;
  company: string;
  email?: string;
  signature: string;
}

export interface Settings {
  thresholds: Thresholds;
  replyLanguages: Language[];
  /** English then Chinese, or each item in both. */
  replyLayout: 'sequential' | 'interleaved';
  replyDetail: 'brief' | 'detailed';
  buyer: BuyerDetails;
  /** Unknown senders the buyer said "never" for, lower-case addresses. */
  ignoredSenders: string[];
  /** The extension's own interface language; undefined follows the browser. */
  uiLanguage?: Language;
  /**
   * The buyer's own re-request wording per language, with `{placeholders}` (see utils/reply/template).
   * Only the languages the buyer changed; a missing one uses the default template.
   */
  replyTemplates?: { en?: string; zh?: string };
  /**
   * The "photos are not an inspection" line on stages last before shipment (panel, desk, photo record).
   * Undefined shows it; only the buyer's `false` hides it.
   */
  inspectionNote?: boolean;
  /** Raised on every write of the stored settings (utils/store/revision). */
  rev?: number;
}
