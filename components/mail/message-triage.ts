// The triage of one open mail message: who sent it, which order it belongs to, every photo's report as
// it arrives from the background, and the stage's checklist. Plain state in signals; the panel and the
// badges render it. Created when a message opens, stopped (work cancelled) when it closes.

import { computed, signal } from '@preact/signals';
import { applyUiLanguage } from '@/utils/i18n';
import type {
  CapturedDownload,
  CaptureMatch,
  MailAdapter,
  MailAttachment,
  MailMessage,
} from '@/utils/mail/adapter';
import type { MailService, MessageContext, StageView } from '@/utils/mail/service';
import type { RpcClient } from '@/utils/messaging/rpc';
import type { Filing, RemoteFailure, RemotePhotoRequest } from '@/utils/photo/remote-protocol';
import type { Finding, PhotoReport } from '@/utils/photo/types';
import { findBatchDuplicates } from '@/utils/triage/rules';
import type { BadgeState } from './badge-model';
import { badgeStateOf } from './message-badge-state';
import { bytesWay, MessageBytes, type MessagePhoto } from './message-bytes';
import { MessageFiling } from './message-filing';
import { MessagePictures } from './message-pictures';
import { MessageReplies } from './message-replies';

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
  /** Request keys measured from the buyer's own download (Outlook), so the badge can say so. */
  readonly captured = signal<ReadonlySet<string>>(new Set());
  /** Outlook's service did not give some of the message's files: they wait for the buyer's download. */
  readonly serviceFallback = signal(false);
  private stopped = false;
  private chosenOrderId?: string;
  private readonly filing: MessageFiling;
  private readonly bytes: MessageBytes;
  private readonly pictures: MessagePictures;

  constructor(
    public message: MailMessage,
    private readonly rpc: RpcClient<MailService>,
    private readonly channel: AnalyzeChannel,
    adapter: Pick<MailAdapter, 'findReplyBox' | 'openReply' | 'refuseUrl'>,
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
    this.bytes = new MessageBytes(
      {
        get message() {
          return triage.message;
        },
        attachments: () => this.attachments,
        owner: this,
        photos: this.photos,
        failures: this.failures,
        pending: this.pending,
        captured: this.captured,
        context: () => this.ready,
        stopped: () => this.stopped,
        fileTarget: (onlyNames) => this.filing.target(onlyNames),
        isFiled: (filing) => this.filing.isFiled(filing),
        record: () => this.record(),
      },
      rpc,
      channel,
      adapter,
    );
    this.pictures = new MessagePictures({ stageView: this.stageView, stopped: () => this.stopped }, rpc);
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

  /** What each attachment's badge shows right now (./message-badge-state). */
  badgeState(a: MailAttachment): BadgeState {
    return badgeStateOf(this, a, this.bytes.downloadAllKey);
  }

  requestKey(a: MailAttachment): string {
    return this.bytes.requestKey(a);
  }

  /** The photo measured for an attachment: its own, or the same-named entry of a captured "Download all". */
  photoOf(a: MailAttachment): MessagePhoto | undefined {
    return this.bytes.photoOf(a);
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
    const before = new Map(this.attachments.map((a) => [a.key, bytesWay(a)]));
    this.message = message;
    this.serviceFallback.value = message.attachments.some((a) => a.serviceFailed);
    if (this.analysing && !this.stopped) this.bytes.analyzeChanged(before);
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
    await this.bytes.analyzeAll();
  }

  analyze(a: MailAttachment): void {
    this.bytes.analyze(a);
  }

  /** A file the buyer downloaded (Outlook hands some attachments only to the download): see ./message-bytes. */
  analyzeCaptured(match: CaptureMatch, capture: CapturedDownload): Promise<void> {
    return this.bytes.analyzeCaptured(match, capture);
  }

  // ---- events from the analyze port (./analyze-port), handled in ./message-bytes ----

  onFound(key: string, found: { key: string; name: string; report?: PhotoReport }[]): void {
    this.bytes.onFound(key, found);
  }

  onHeader(photoKey: string, report: PhotoReport): void {
    this.bytes.onHeader(photoKey, report);
  }

  onReport(photoKey: string, report: PhotoReport, filing?: Filing): void {
    this.bytes.onReport(photoKey, report, filing);
  }

  onFailed(key: string, failure: RemoteFailure): void {
    this.bytes.onFailed(key, failure);
  }

  onDone(key: string): void {
    this.bytes.onDone(key);
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
    return this.pictures.pictureOf(photo);
  }

  /** A picture is on screen: its thumbnail is asked for once (./message-pictures). */
  wantPicture(photo: MessagePhoto): void {
    this.pictures.wantPicture(photo);
  }

  async refreshStage(): Promise<void> {
    const ctx = this.ready;
    if (!ctx?.order || !ctx.stage || this.stopped) return;
    const [reply] = await Promise.all([
      this.rpc.stageView(ctx.order.id, ctx.stage.id, this.pictures.held()),
      this.refreshRequests(),
    ]);
    if (this.stopped) return;
    this.stageView.value = this.pictures.received(reply);
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
