// The triage of one open mail message: who sent it, which order it belongs to, every photo's report as
// it arrives from the background, and the stage's checklist. Plain state in signals; the panel and the
// badges render it. Created when a message opens, stopped (work cancelled) when it closes.

import { computed, signal } from '@preact/signals';
import { createPatchBatch } from '@/components/patch-batch';
import { applyUiLanguage } from '@/utils/i18n';
import type {
  CapturedDownload,
  CaptureMatch,
  MailAdapter,
  MailAttachment,
  MailMessage,
} from '@/utils/mail/adapter';
import type { MailService, MessageContext, StageView } from '@/utils/mail/service';
import { matchesDisplayedSize } from '@/utils/mail/sizes';
import { attachImages, thumbKey } from '@/utils/mail/stage-images';
import type { RpcClient } from '@/utils/messaging/rpc';
import {
  baseName,
  type Filing,
  type RemoteFailure,
  type RemotePhotoRequest,
} from '@/utils/photo/remote-protocol';
import type { Finding, PhotoReport } from '@/utils/photo/types';
import { findBatchDuplicates } from '@/utils/triage/rules';
import type { BadgeState } from './badge-model';
import { MessageFiling } from './message-filing';
import { MessageReplies } from './message-replies';

/** One photo of the message: an image attachment, an inline picture, or an entry of a zip attachment. */

export interface MessagePhoto {
  key: string;
  name: string;
  /** The attachment it came from (a zip's key for its entries). */
  attachmentKey: string;
  header?: PhotoReport;
  report?: PhotoReport;
  /**
   * In the store under the order shown (filed by the background as it was measured, or at an earlier
   * opening of this message): not saved again; its picture is asked for by photo id when shown.
   */
  filed?: boolean;
}

const THUMB = thumbKey('');

export type ContextState =
  | { status: 'loading' }
  | { status: 'ready'; context: MessageContext }
  | { status: 'error'; message: string };

export interface AnalyzeChannel {
  request(req: RemotePhotoRequest, owner: MessageTriage): void;
  cancel(key: string): void;
  /** The bytes of a request made without a URL (a file read in the page), in slices. */
  sendBytes(key: string, blob: Blob): Promise<void>;
}

/**
 * A file read in the page (a download, Outlook's service) is copied to the background whole before it is
 * measured: larger files are refused with a clear failure, not half-sent.
 */
export const MAX_CAPTURED_BYTES = 40 * 1024 * 1024;

const isPhotoAttachment = (a: MailAttachment) =>
  (a.kind === 'image' || a.kind === 'zip') && (a.fetchUrl || a.byteStrategy === 'outlook-service');

/** Whether a message has anything for Photo Triage: no photos, no work at all. */
export function hasPhotos(m: MailMessage): boolean {
  return (
    m.attachments.some((a) => a.kind === 'image' || a.kind === 'zip') ||
    m.inlineImages.length > 0 ||
    m.driveLinks.length > 0
  );
}

export class MessageTriage {
  readonly context = signal<ContextState>({ status: 'loading' });
  readonly photos = signal<MessagePhoto[]>([]);
  readonly failures = signal<Record<string, RemoteFailure>>({});
  readonly pending = signal<Set<string>>(new Set());
  readonly stageView = signal<StageView | undefined>(undefined);
  readonly storeError = signal<string | undefined>(undefined);
  readonly dismissed = signal(false);
  /**
   * The one picture cache: the stage view's images and the message's thumbnails received so far, by
   * `ref:`/`thumb:` key (utils/mail/stage-images), each sent once whichever way it came.
   */
  private readonly stageImages = new Map<string, Blob>();
  /** Bumped when a thumbnail joins the cache: the pictures shown read it through pictureOf. */
  private readonly picturesAdded = signal(0);
  // Reports arriving together are applied once per frame: the badges and the panel render once per frame.
  private readonly updates = createPatchBatch(this.photos, (p) => p.key);
  /** Request keys measured from the buyer's own download (Outlook), so the badge can say so. */
  readonly captured = signal<ReadonlySet<string>>(new Set());
  /** Outlook's service did not give some of the message's files: they wait for the buyer's download. */
  readonly serviceFallback = signal(false);
  /** Thumbnails asked for and not come yet, by photo id: the stage view is told not to send them too. */
  private readonly picturesAsked = new Set<string>();
  private picturesWanted?: Set<string>;
  private stopped = false;
  private chosenOrderId?: string;
  private readonly filing: MessageFiling;

  constructor(
    public message: MailMessage,
    private readonly rpc: RpcClient<MailService>,
    private readonly channel: AnalyzeChannel,
    private readonly adapter: Pick<MailAdapter, 'findReplyBox' | 'openReply' | 'refuseUrl'>,
  ) {
    const triage = this;
    this.filing = new MessageFiling(
      {
        get message() {
          return triage.message;
        },
        context: () => this.ready,
        photos: this.photos,
        storeError: this.storeError,
        stopped: () => this.stopped,
        refreshStage: () => this.refreshStage(),
        stageLoaded: () => this.stageView.value !== undefined,
      },
      rpc,
    );
    this.replies = new MessageReplies(
      {
        get message() {
          return triage.message;
        },
        context: () => this.ready,
        stageView: this.stageView,
        stopped: () => this.stopped,
      },
      rpc,
      adapter,
    );
    this.requests = this.replies.requests;
    this.replyNote = this.replies.replyNote;
    this.draft = this.replies.draft;
  }

  private readonly replies: MessageReplies;
  /** The supplier's unanswered re-requests for this order, newest first (./message-replies). */
  readonly requests: MessageReplies['requests'];
  /** What the last reply action did, said in the panel. */
  readonly replyNote: MessageReplies['replyNote'];
  /** The re-request for what the stage still lacks, or undefined when there is nothing to ask. */
  readonly draft: MessageReplies['draft'];

  get attachments(): MailAttachment[] {
    return [...this.message.attachments, ...this.message.inlineImages];
  }

  /** Findings per photo key: the report's, the message's duplicates, and reuse from the checklist. */
  readonly findings = computed<Record<string, Finding[]>>(() => {
    const done = this.photos.value.filter((p) => p.report);
    const c = this.context.value;
    const extra = findBatchDuplicates(
      done.map((p) => ({ name: p.name, report: p.report! })),
      c.status === 'ready' ? c.context.settings.thresholds : undefined,
    );
    const fromChecklist = this.stageView.value?.checklist.findings ?? {};
    const out: Record<string, Finding[]> = {};
    done.forEach((p, i) => {
      const reused =
        (p.report?.sha256 && fromChecklist[p.report.sha256]?.filter((f) => f.code === 'reused')) || [];
      out[p.key] = [...p.report!.findings, ...extra[i], ...reused];
    });
    return out;
  });

  /** What each attachment's badge shows right now. */
  badgeState(a: MailAttachment): BadgeState {
    const key = this.requestKey(a);
    const photo = this.photoOf(a);
    const failure =
      this.failures.value[key] ??
      (!photo && a.byteStrategy === 'outlook-download-capture'
        ? this.failures.value[this.downloadAllKey]
        : undefined);
    if (failure) return { phase: 'failed', failure };
    if (a.kind === 'zip') {
      const entries = this.photos.value.filter((p) => p.attachmentKey === key);
      if (!entries.length)
        // A zip Outlook gives only to the download waits for it, like a photo (not "checking" for ever).
        return a.byteStrategy === 'outlook-download-capture'
          ? { phase: 'not-measurable', reason: 'download-to-check' }
          : { phase: 'displayed', displayedSize: a.displayedSize };
      // A refused zip is one verdict on the zip itself (unreadable, and why), not "1 photo".
      const refused = entries.find((e) => e.key === key && e.report?.error);
      if (refused?.report)
        return { phase: 'full', report: refused.report, findings: refused.report.findings };
      const verdicts = { ok: 0, warn: 0, fail: 0, error: 0 };
      let done = 0;
      for (const e of entries) {
        if (!e.report) continue;
        done++;
        const f = this.findings.value[e.key] ?? [];
        const v = e.report.error
          ? 'error'
          : f.some((x) => x.severity === 'fail')
            ? 'fail'
            : f.some((x) => x.severity === 'warn')
              ? 'warn'
              : 'ok';
        verdicts[v]++;
      }
      return { phase: 'zip', photos: entries.length, done, verdicts };
    }
    if (photo?.report)
      return {
        phase: 'full',
        report: photo.report,
        findings: this.findings.value[key] ?? photo.report.findings,
      };
    if (photo?.header) return { phase: 'header', report: photo.header };
    if (a.byteStrategy === 'outlook-service') return { phase: 'displayed', displayedSize: a.displayedSize };
    if (!a.fetchUrl) {
      // Gmail is still scanning the file: work is running (Gmail's), the badge says checking.
      if (a.byteStrategy === 'gmail-scanning') return { phase: 'displayed', displayedSize: a.displayedSize };
      if (a.previewSize) return { phase: 'preview', ...a.previewSize, displayedSize: a.displayedSize };
      return {
        phase: 'not-measurable',
        reason: a.byteStrategy === 'outlook-download-capture' ? 'download-to-check' : 'no-link',
      };
    }
    return { phase: 'displayed', displayedSize: a.displayedSize };
  }

  requestKey(a: MailAttachment): string {
    return `${this.message.id}/${a.key}`;
  }

  /** The key of the zip Outlook's "Download all" saved, whose entries stand for download-only tiles. */
  private get downloadAllKey(): string {
    return `${this.message.id}/download-all`;
  }

  /** The photo measured for an attachment: its own, or the same-named entry of a captured "Download all". */
  photoOf(a: MailAttachment): MessagePhoto | undefined {
    const key = this.requestKey(a);
    const own = this.photos.value.find((p) => p.key === key);
    if (own || a.byteStrategy !== 'outlook-download-capture') return own;
    const name = a.name.toLowerCase();
    return this.photos.value.find(
      (p) => p.attachmentKey === this.downloadAllKey && baseName(p.name) === name,
    );
  }

  /** Whether the attachment was measured from the buyer's download (directly or inside "Download all"). */
  isCaptured(a: MailAttachment): boolean {
    const photo = this.photoOf(a);
    return !!photo && this.captured.value.has(photo.attachmentKey);
  }

  /** Who sent it and which order it belongs to; then, for a supplier, the photos (once per opening). */
  async start(): Promise<void> {
    const context = await this.loadContext();
    if (context?.supplier && !context.ignored && !this.analysing) {
      this.analysing = true;
      await this.analyzeAll();
    }
  }

  private analysing = false;

  /**
   * The message as re-read: the client re-rendered it or changed its cards in place. Attachments that
   * became fetchable (a Gmail card done scanning) are measured now, if the photos are being measured.
   */
  update(message: MailMessage): void {
    const where = (a: MailAttachment) => `${a.fetchUrl}|${a.pageUrl}|${a.byteStrategy}`;
    const before = new Map(this.attachments.map((a) => [a.key, where(a)]));
    this.message = message;
    this.serviceFallback.value = message.attachments.some((a) => a.serviceFailed);
    if (!this.analysing || this.stopped) return;
    for (const a of this.attachments) {
      const measurable = isPhotoAttachment(a) || a.byteStrategy === 'outlook-inline-blob';
      if (measurable && before.get(a.key) !== where(a)) this.analyze(a);
    }
  }

  private async loadContext(): Promise<MessageContext | undefined> {
    try {
      const context = await this.rpc.messageContext({
        client: this.message.client,
        senderEmail: this.message.sender.email,
        subject: this.message.subject,
        bodyText: this.message.bodyText(),
        threadId: this.message.threadId,
        orderId: this.chosenOrderId,
      });
      if (this.stopped) return undefined;
      // The buyer's interface language comes with the settings: no separate call on the mail page.
      applyUiLanguage(context.settings.uiLanguage);
      this.context.value = { status: 'ready', context };
      return context;
    } catch (e) {
      this.context.value = { status: 'error', message: e instanceof Error ? e.message : String(e) };
      return undefined;
    }
  }

  /**
   * Ask the background for every photo of the message, except those already filed from it (the buyer
   * reopened the message): their reports come from the store and nothing is downloaded again.
   */
  async analyzeAll(): Promise<void> {
    this.serviceFallback.value = this.message.attachments.some((a) => a.serviceFailed);
    const known = await this.rpc.photosOfMessage(this.message.id).catch(() => []);
    if (this.stopped) return;
    for (const a of this.attachments) {
      if (!isPhotoAttachment(a) && a.byteStrategy !== 'outlook-inline-blob') continue;
      const filed =
        a.kind === 'image' &&
        known.find((r) => r.origins.some((o) => o.messageId === this.message.id && o.fileName === a.name));
      if (filed) {
        const key = this.requestKey(a);
        this.photos.value = [
          ...this.photos.value.filter((p) => p.key !== key),
          { key, name: a.name, attachmentKey: key, report: filed.report, filed: true },
        ];
      } else this.analyze(a);
    }
    if (this.pending.value.size === 0) void this.record();
  }

  analyze(a: MailAttachment): void {
    if (a.byteStrategy === 'outlook-inline-blob') {
      void this.analyzePageBlob(a);
      return;
    }
    if (a.byteStrategy === 'outlook-service') {
      void this.analyzePageSource(a);
      return;
    }
    if (!a.fetchUrl) {
      // A download-only Outlook file failed after its capture: the retry is the buyer's next download.
      if (a.byteStrategy === 'outlook-download-capture') this.clearFailure(this.requestKey(a));
      return;
    }
    this.request(this.requestKey(a), {
      url: a.fetchUrl,
      name: a.name,
      kind: a.kind === 'zip' ? 'zip' : 'image',
      sizeHint: a.displayedSize,
    });
  }

  /**
   * A file the buyer downloaded (Outlook hands some attachments only to the download): measure it if it is
   * one still waiting for bytes. The background fetches a captured URL from the attachment host, or reads
   * the captured file sent as a data URL.
   */
  async analyzeCaptured(match: CaptureMatch, capture: CapturedDownload): Promise<void> {
    const ctx = this.ready;
    if (!ctx?.supplier || ctx.ignored || this.stopped) return;
    const waiting = (a: MailAttachment) =>
      a.byteStrategy === 'outlook-download-capture' && !this.photoOf(a)?.report;
    const target =
      'attachment' in match
        ? waiting(match.attachment) && {
            key: this.requestKey(match.attachment),
            name: match.attachment.name,
            kind: match.attachment.kind === 'zip' ? ('zip' as const) : ('image' as const),
            sizeHint: capture.blob?.size ?? match.attachment.displayedSize,
          }
        : match.all.some(waiting) && {
            key: this.downloadAllKey,
            name: capture.name ?? 'attachments.zip',
            kind: 'zip' as const,
            sizeHint: capture.blob?.size,
          };
    if (!target || this.stopped) return;
    const { blob, url } = capture;
    if (blob && blob.size > MAX_CAPTURED_BYTES) {
      this.onFailed(target.key, {
        code: 'too-large',
        message: 'The downloaded file is too large to measure here: drop it on Check photos.',
      });
      return;
    }
    if (!url && !blob) return;
    this.captured.value = new Set([...this.captured.value, target.key]);
    if (url) this.request(target.key, { ...target, url });
    else if (blob) this.requestBytes(target.key, target, blob);
  }

  /**
   * A body picture Outlook holds as a page `blob:` URL: read here (the background cannot reach the page's
   * blobs), measured only when its size is the attachment's as Outlook shows it. Otherwise it may be a
   * preview: the badge keeps the picture's natural size, "preview only".
   */
  private async analyzePageBlob(a: MailAttachment): Promise<void> {
    const key = this.requestKey(a);
    if (!a.pageUrl || this.photoOf(a)?.report || this.pending.value.has(key)) return;
    try {
      const blob = await (await fetch(a.pageUrl, { signal: this.message.signal })).blob();
      if (this.stopped || !matchesDisplayedSize(blob.size, a.displayedSizeText)) return;
      if (blob.size > MAX_CAPTURED_BYTES) return;
      this.requestBytes(key, { name: a.name, kind: 'image' }, blob);
    } catch {
      // Revoked or unreadable: the picture's natural size is still shown as a preview.
    }
  }

  /**
   * A file read in the page (Outlook's service, through the page-world hook): its bytes travel to the
   * background as a data URL, like a captured download. When the read fails the adapter marks the tile
   * and it falls back to the buyer's download (its badge and the panel's notice say so).
   */
  private async analyzePageSource(a: MailAttachment): Promise<void> {
    const key = this.requestKey(a);
    if (!a.source || this.photoOf(a)?.report || this.pending.value.has(key)) return;
    // Pending while the page reads it, so the panel counts it as checking and nothing is filed early.
    this.pending.value = new Set([...this.pending.value, key]);
    let requested = false;
    try {
      const input = await a.source.read();
      if (this.stopped) return;
      const blob = input instanceof Blob ? input : await new Response(input as BodyInit).blob();
      if (blob.size > MAX_CAPTURED_BYTES) {
        this.onFailed(key, {
          code: 'too-large',
          message: 'The file is too large to measure here: drop it on Check photos.',
        });
        return;
      }
      this.requestBytes(key, { name: a.name, kind: a.kind === 'zip' ? 'zip' : 'image' }, blob);
      requested = true;
    } catch {
      // Closed, or the service did not give the file: the adapter's next read falls back to the download.
    } finally {
      if (!requested && !this.stopped) this.onDone(key);
    }
  }

  private clearFailure(key: string): void {
    if (!(key in this.failures.value)) return;
    const failures = { ...this.failures.value };
    delete failures[key];
    this.failures.value = failures;
  }

  private request(key: string, fields: Pick<RemotePhotoRequest, 'url' | 'name' | 'kind' | 'sizeHint'>): void {
    this.clearFailure(key);
    this.photos.value = this.photos.value.filter((p) => p.attachmentKey !== key);
    this.pending.value = new Set([...this.pending.value, key]);
    // The background files what it measures under the order shown now (see ./message-filing).
    const file = this.filing.target(key === this.downloadAllKey ? this.downloadOnlyNames() : undefined);
    this.channel.request(
      { type: 'analyze', key, ...fields, receivedAt: this.message.date, ...(file && { file }) },
      this,
    );
  }

  /** A file read in the page: the background measures the bytes sent after the request. */
  private requestBytes(key: string, fields: Pick<RemotePhotoRequest, 'name' | 'kind'>, blob: Blob): void {
    this.request(key, { name: fields.name, kind: fields.kind, sizeHint: blob.size });
    void this.channel.sendBytes(key, blob);
  }

  // ---- events from the analyze port ----

  onFound(key: string, found: { key: string; name: string; report?: PhotoReport }[]): void {
    // Of a captured "Download all" zip, only the entries standing for download-only tiles count: the
    // others were measured already, and would otherwise show as duplicates of themselves.
    if (key === this.downloadAllKey) {
      const wanted = new Set(this.downloadOnlyNames());
      found = found.filter((f) => wanted.has(baseName(f.name)));
    }
    const entries = found.map((f) => ({ key: f.key, name: f.name, attachmentKey: key, report: f.report }));
    this.photos.value = [
      ...this.photos.value.filter((p) => !entries.some((e) => e.key === p.key)),
      ...entries,
    ];
  }

  /** The names (lower case) of the tiles Outlook gives only to the download. */
  private downloadOnlyNames(): string[] {
    return this.attachments
      .filter((a) => a.byteStrategy === 'outlook-download-capture')
      .map((a) => a.name.toLowerCase());
  }

  onHeader(photoKey: string, report: PhotoReport): void {
    this.updates.patch(photoKey, { header: report });
  }

  /** A photo measured, and (when `filing` says so) filed by the background already. */
  onReport(photoKey: string, report: PhotoReport, filing?: Filing): void {
    this.updates.patch(photoKey, { report, filed: this.filing.isFiled(filing) });
  }

  onFailed(key: string, failure: RemoteFailure): void {
    if (this.fallsThrough(key, failure)) return;
    this.updates.flush();
    this.failures.value = { ...this.failures.value, [key]: failure };
    // A header read before the download broke is not a photo the panel can list as "checking".
    this.photos.value = this.photos.value.filter((p) => p.attachmentKey !== key);
  }

  /**
   * Outlook's token host refused a token that looked fresh: no failure shown; the adapter reads the tile
   * again without that URL and `update` measures it the next way (Outlook's service, else the download).
   */
  private fallsThrough(key: string, failure: RemoteFailure): boolean {
    const a = this.attachments.find((x) => this.requestKey(x) === key);
    const refused = failure.code === 'http' && (failure.status === 401 || failure.status === 403);
    if (!refused || a?.byteStrategy !== 'outlook-token-url' || !a.fetchUrl) return false;
    if (!this.adapter.refuseUrl?.(a.fetchUrl)) return false;
    this.onDone(key); // not pending now: the re-read's next way may start before the port's `done`
    return true;
  }

  onDone(key: string): void {
    this.updates.flush();
    const pending = new Set(this.pending.value);
    pending.delete(key);
    this.pending.value = pending;
    // Filed as each attachment is done: the photos that came are in the checklist while others download.
    void this.record();
  }

  // ---- store ----

  private get ready(): MessageContext | undefined {
    const c = this.context.value;
    return c.status === 'ready' ? c.context : undefined;
  }

  /** File what the background could not, then read the stage's checklist (see ./message-filing). */
  record(includeFiled = false): Promise<void> {
    return this.filing.record(includeFiled);
  }

  /** The photo's thumbnail if the tab holds it; a shown picture asks for it with wantPicture. */
  pictureOf(photo: MessagePhoto): Blob | undefined {
    const sha = photo.report?.sha256;
    void this.picturesAdded.value;
    return sha ? this.stageImages.get(thumbKey(sha)) : undefined;
  }

  /**
   * A picture is on screen: its thumbnail is asked for by photo id, once, with the others shown in the same
   * task (one call). Only filed photos have one in the store.
   */
  wantPicture(photo: MessagePhoto): void {
    const sha = photo.report?.sha256;
    if (!sha || !photo.filed || this.stageImages.has(thumbKey(sha)) || this.picturesAsked.has(sha)) return;
    this.picturesAsked.add(sha);
    if (this.picturesWanted) {
      this.picturesWanted.add(sha);
      return;
    }
    const wanted = new Set([sha]);
    this.picturesWanted = wanted;
    queueMicrotask(() => {
      this.picturesWanted = undefined;
      if (this.stopped) return;
      this.rpc
        .thumbnails([...wanted])
        .then((found) => {
          for (const [id, blob] of Object.entries(found)) this.stageImages.set(thumbKey(id), blob);
          this.picturesAdded.value++;
          // A stage view read meanwhile was told this tab had them: put them in its checklist.
          const shown = this.stageView.value;
          if (shown)
            this.stageView.value = attachImages({ checklist: shown.checklist, images: {} }, this.stageImages);
        })
        .catch(() => {})
        .finally(() => {
          // Not found or failed: the frame stays empty, asked again next time (no error to act on).
          for (const id of wanted) this.picturesAsked.delete(id);
        });
    });
  }

  async refreshStage(): Promise<void> {
    const ctx = this.ready;
    if (!ctx?.order || !ctx.stage || this.stopped) return;
    // Held: what the cache has and what is on its way (a picture asked for just now).
    const held = [...this.stageImages.keys(), ...[...this.picturesAsked].map(thumbKey)];
    const [reply] = await Promise.all([
      this.rpc.stageView(ctx.order.id, ctx.stage.id, held),
      this.refreshRequests(),
    ]);
    if (this.stopped) return;
    this.stageView.value = attachImages(reply, this.stageImages);
    // The stage view's thumbnails are in the one cache now: the message's photos among them are shown too.
    if (Object.keys(reply.images).some((key) => key.startsWith(THUMB))) this.picturesAdded.value++;
  }

  private refreshRequests(): Promise<void> {
    return this.replies.refresh();
  }

  /** Open the reply (if it is not open) and type the draft in where the cursor is. Nothing is sent. */
  insertDraft(): Promise<void> {
    const draft = this.draft.value;
    return draft ? this.guarded(() => this.replies.insertDraft(draft)) : Promise.resolve();
  }

  /** The plain-text draft on the clipboard, for WeChat. */
  copyForWeChat(): Promise<void> {
    const draft = this.draft.value;
    return draft ? this.guarded(() => this.replies.copyForWeChat(draft)) : Promise.resolve();
  }

  markAnswered(requestId: string): Promise<void> {
    return this.guarded(() => this.replies.markAnswered(requestId));
  }

  private async guarded(action: () => Promise<unknown>): Promise<void> {
    try {
      this.storeError.value = undefined;
      await action();
    } catch (e) {
      this.storeError.value = e instanceof Error ? e.message : String(e);
    }
  }

  chooseOrder(orderId: string): Promise<void> {
    return this.guarded(async () => {
      this.chosenOrderId = orderId;
      if (this.message.threadId)
        await this.rpc.rememberThreadOrder(this.message.client, this.message.threadId, orderId);
      this.stageView.value = undefined;
      await this.loadContext();
      // Photos still downloading are filed when they finish (onDone); those in are filed under the order now.
      await this.record(true);
    });
  }

  assign(sha256: string, shotId: string | undefined): Promise<void> {
    const ctx = this.ready;
    if (!ctx?.order || !ctx.stage) return Promise.resolve();
    return this.guarded(async () => {
      await this.rpc.assignPhoto(sha256, { orderId: ctx.order!.id, stageId: ctx.stage!.id, shotId });
      await this.refreshStage();
    });
  }

  setStatus(sha256: string, state: 'accepted' | 'rejected' | 'pending', reason?: string): Promise<void> {
    return this.guarded(async () => {
      await this.rpc.setPhotoStatus(sha256, { state, reason });
      await this.refreshStage();
    });
  }

  /** The orders desk opens on this stage and makes its photo record there. */
  openPhotoRecord(): Promise<void> {
    const ctx = this.ready;
    if (!ctx?.order || !ctx.stage) return Promise.resolve();
    return this.guarded(() => this.rpc.openPhotoRecord(ctx.order!.id, ctx.stage!.id));
  }

  acceptSender(): Promise<void> {
    return this.guarded(async () => {
      const { email, name } = this.message.sender;
      if (!email) return;
      await this.rpc.addSupplierFromSender(email, name);
      await this.start();
    });
  }

  ignoreSender(): Promise<void> {
    return this.guarded(async () => {
      if (this.message.sender.email) await this.rpc.ignoreSender(this.message.sender.email);
      this.dismissed.value = true;
    });
  }

  stop(): void {
    this.stopped = true;
    for (const key of this.pending.value) this.channel.cancel(key);
    this.pending.value = new Set();
  }
}
