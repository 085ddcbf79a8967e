// What a mail content script may ask of the background, which owns the database. Each call is one
// message (utils/messaging/rpc.ts); answers are plain data with Blobs restored on arrival.

import { todayLocal } from '@/utils/dates';
import type { FilingTarget } from '@/utils/photo/remote-protocol';
import { readRecentSupplierHistory } from '@/utils/record/history';
import type { Store } from '@/utils/store';
import * as store from '@/utils/store';
import type {
  Order,
  PhotoRecord,
  PhotoStatus,
  RequestLogEntry,
  Settings,
  Stage,
  Supplier,
} from '@/utils/store/types';
import { buildChecklist, type Checklist, dHashOf } from '@/utils/triage/checklist';
import { chooseOrder, matchSupplier, type OrderChoiceReason } from '@/utils/triage/match';
import { type ScoreProblem, weakestLink } from '@/utils/triage/scorecard';
import { scorecardInput } from '@/utils/triage/scorecard-input';
import type { MailClient } from './adapter';
import { fileMailPhoto, type PhotoToFile } from './filing';
import { referencePreview } from './reference-preview';
import { refKey, type StageViewReply, stageViewReply } from './stage-images';

export interface MessageContextInput {
  client: MailClient;
  senderEmail?: string;
  subject: string;
  /** The message text, for PO numbers; used here and never stored. */
  bodyText: string;
  threadId?: string;
  /** The buyer's pick for this message when the thread has no id to remember it by. */
  orderId?: string;
}

export interface MessageContext {
  supplier?: Supplier;
  /** The buyer said "never" for this sender. */
  ignored: boolean;
  order?: Order;
  stage?: Stage;
  orderReason: OrderChoiceReason;
  /** Orders the buyer can pick from (the supplier's open orders). */
  candidates: { id: string; label: string }[];
  settings: Settings;
  /** The supplier's weakest link, when its last three stages each needed a re-request (scorecard.ts). */
  supplierNote?: ScoreProblem | 'originals';
}

export interface RecordPhotosInput extends Omit<FilingTarget, 'onlyNames'> {
  photos: PhotoToFile[];
}

/** What the panel renders: the checklist with its thumbnails, and the stage's reference photos by id. */
export interface StageView {
  checklist: Checklist;
  /** The reference photos of the stage's shots, by id. */
  references: Record<string, Blob>;
}

const orderLabel = (o: Order) => `${o.poNumbers.join(', ')} · ${o.product}`;

/** Who wrote the message, which order and stage it is about, and what the buyer should know of them. */
async function messageContext(db: Store, input: MessageContextInput): Promise<MessageContext> {
  const settings = await store.getSettings(db);
  const email = input.senderEmail?.toLowerCase();
  const ignored = Boolean(email && settings.ignoredSenders.includes(email));
  const suppliers = await store.listSuppliers(db);
  const supplier = email ? matchSupplier(email, suppliers) : undefined;
  const orders = supplier
    ? await store.listOrders(db, { supplierId: supplier.id })
    : await store.listOpenOrders(db);
  const remembered =
    input.orderId ?? (input.threadId ? (await store.threadOrder(db, input.threadId))?.orderId : undefined);
  const choice = chooseOrder({ subject: input.subject, body: input.bodyText, supplier, orders, remembered });
  const order = choice.order;
  const stage = order?.stages.find((s) => s.id === order.currentStageId);
  // Bounded: the latest orders only, until three stages with photos are found.
  const supplierNote = supplier ? await supplierNoteOf(db, orders) : undefined;
  return {
    ...(supplierNote ? { supplierNote } : {}),
    supplier,
    ignored,
    order,
    stage,
    orderReason: choice.reason,
    candidates: choice.candidates.map((o) => ({ id: o.id, label: orderLabel(o) })),
    settings,
  };
}

async function supplierNoteOf(db: Store, orders: Order[]): Promise<MessageContext['supplierNote']> {
  const h = await readRecentSupplierHistory(db, orders);
  return weakestLink(scorecardInput(h.orders, h.photos, h.requests));
}

/** The stage's checklist as the panel draws it, with the reference pictures the tab does not hold yet. */
async function stageView(
  db: Store,
  orderId: string,
  stageId: string,
  held: string[],
): Promise<StageViewReply> {
  // Side by side: each read is a round trip to the database, a few ms at 200,000 photos. The records come
  // without thumbnails: the panel asks for those it shows (`thumbnails`), after the checklist is drawn.
  const [order, settings, photos] = await Promise.all([
    store.getOrder(db, orderId),
    store.getSettings(db),
    store.photosForOrder(db, orderId, stageId),
  ]);
  const stage = order?.stages.find((s) => s.id === stageId);
  if (!order || !stage) throw new store.StoreError('not-found', 'That order or stage no longer exists.');
  // Reuse is looked for among near pictures only, not the whole store: the reuse index. The stage's own
  // photos are its nearest and already read: only the others come from the store.
  const hashes = photos.map(dHashOf).filter((h): h is string => Boolean(h));
  const near = await store.photosNearDHash(db, hashes, settings.thresholds.nearDuplicateBits, photos);
  const own = new Set(photos.map((p) => p.sha256));
  const history = near.flatMap(({ photo }) => (own.has(photo.sha256) ? [] : [photo]));
  // Only the orders a reused photo can name (its PO), not every order: 5,000 orders are megabytes. This
  // one is in hand.
  const named = new Set(
    [...photos, ...history].flatMap((p) => [p.orderId, ...p.origins.map((o) => o.orderId)]),
  );
  named.delete(undefined);
  named.delete(order.id);
  const others = await Promise.all([...named].map((id) => store.getOrder(db, id!)));
  const checklist = buildChecklist({
    order,
    stage,
    photos,
    history,
    thresholds: settings.thresholds,
    today: todayLocal(),
    orders: [order, ...others.filter((o) => o !== undefined)],
  });
  return stageViewReply(checklist, await referencePreviews(db, stage, new Set(held)));
}

/**
 * The stage's reference photos by id, as previews: never the original, the mail page needs 72 px of it.
 * Those the tab holds (`held`, by image key) are not read: each refresh of the view (one per photo filed)
 * would read every original again.
 */
async function referencePreviews(
  db: Store,
  stage: Stage,
  held: ReadonlySet<string>,
): Promise<Record<string, Blob>> {
  const references: Record<string, Blob> = {};
  for (const id of stage.shots.flatMap((s) => s.referencePhotoIds)) {
    if (held.has(refKey(id))) continue;
    const ref = await store.getReferencePhoto(db, id);
    const preview = ref && (await referencePreview(ref));
    if (preview) references[id] = preview;
  }
  return references;
}

export function createMailService(open: () => Promise<Store>) {
  return {
    async messageContext(input: MessageContextInput): Promise<MessageContext> {
      return messageContext(await open(), input);
    },

    /** "Check photos from this sender?" — yes. */
    async addSupplierFromSender(email: string, name?: string): Promise<Supplier> {
      const address = email.toLowerCase();
      const domain = address.split('@')[1] ?? '';
      return store.addSupplier(await open(), {
        company: name?.trim() || domain || address,
        contactName: name?.trim() || undefined,
        emails: [address],
        domains: [],
        replyLanguages: ['en', 'zh-CN'],
      });
    },

    /**
     * "Photo record" in the panel: the orders desk makes it (an extension page, with the store), opened on
     * the stage; the mail page gets nothing of the store for it.
     */
    async openPhotoRecord(orderId: string, stageId: string): Promise<void> {
      const hash = `#/orders/${encodeURIComponent(orderId)}/record/${encodeURIComponent(stageId)}`;
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
    },

    /** "Never for this sender." */
    async ignoreSender(email: string): Promise<void> {
      await store.addIgnoredSender(await open(), email.toLowerCase());
    },

    async rememberThreadOrder(client: MailClient, threadId: string, orderId: string): Promise<void> {
      await store.rememberThreadOrder(await open(), { client, threadId, orderId });
    },

    /**
     * File again what the mail page holds reports of: photos the background could not file (storage was
     * full), or filed before the buyer picked the order. The background files each photo as it is measured
     * (./filing.ts); no thumbnail comes this way. Answers how many were saved.
     */
    async recordPhotos(input: RecordPhotosInput): Promise<number> {
      const db = await open();
      let saved = 0;
      for (const p of input.photos) if (await fileMailPhoto(db, input, p)) saved++;
      return saved;
    },

    /** Photos already filed from this message (records only): reopening it does not download them again. */
    async photosOfMessage(messageId: string): Promise<PhotoRecord[]> {
      return store.photosByMessage(await open(), messageId);
    },

    /** The thumbnails of these photos, for the pictures the panel is about to show (missing ones left out). */
    async thumbnails(sha256s: string[]): Promise<Record<string, Blob>> {
      return Object.fromEntries(await store.getThumbnails(await open(), sha256s.slice(0, 200)));
    },

    /** `held`: the image keys the tab already has (see ./stage-images); those are not sent again. */
    async stageView(orderId: string, stageId: string, held: string[] = []): Promise<StageViewReply> {
      return stageView(await open(), orderId, stageId, held);
    },

    /** A re-request was put in the reply box (or copied for WeChat): keep what was asked, and when. */
    async logRequest(
      entry: Omit<RequestLogEntry, 'id' | 'askedAt' | 'answeredAt'>,
    ): Promise<RequestLogEntry> {
      return store.logRequest(await open(), entry);
    },

    async openRequests(orderId: string): Promise<RequestLogEntry[]> {
      return store.openRequests(await open(), orderId);
    },

    async markAnswered(requestId: string): Promise<void> {
      await store.markAnswered(await open(), requestId);
    },

    async assignPhoto(
      sha256: string,
      assignment: { orderId: string; stageId: string; shotId?: string },
    ): Promise<void> {
      await store.setPhotoAssignment(await open(), sha256, assignment);
    },

    async setPhotoStatus(
      sha256: string,
      status: { state: PhotoStatus['state']; reason?: string },
    ): Promise<void> {
      const s =
        status.state === 'rejected'
          ? { state: 'rejected' as const, reason: status.reason ?? '' }
          : { state: status.state as 'pending' | 'accepted' };
      await store.setPhotoStatus(await open(), sha256, s);
    },
  };
}

export type MailService = ReturnType<typeof createMailService>;
