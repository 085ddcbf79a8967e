// The getting of one message's photo bytes: which attachments to ask the background for and how (a URL, a
// page blob, Outlook's service, the buyer's download), and the analyze port's events for them. Split from
// MessageTriage along that seam; the triage holds the signals, this fills them.
import type { Signal } from '@preact/signals';
import { createPatchBatch } from '@/components/patch-batch';
import type {
  CapturedDownload,
  CaptureMatch,
  MailAdapter,
  MailAttachment,
  MailMessage,
} from '@/utils/mail/adapter';
import type { MailService, MessageContext } from '@/utils/mail/service';
import { matchesDisplayedSize } from '@/utils/mail/sizes';
import type { RpcClient } from '@/utils/messaging/rpc';
import {
  baseName,
  type Filing,
  type FilingTarget,
  type RemoteFailure,
  type RemotePhotoRequest,
} from '@/utils/photo/remote-protocol';
import type { PhotoReport } from '@/utils/photo/types';
import type { AnalyzeChannel, MessageTriage } from './message-triage';

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

/**
 * A file read in the page (a download, Outlook's service) is copied to the background whole before it is
 * measured: larger files are refused with a clear failure, not half-sent.
 */
const MAX_CAPTURED_BYTES = 40 * 1024 * 1024;

const isPhotoAttachment = (a: MailAttachment) =>
  (a.kind === 'image' || a.kind === 'zip') && (a.fetchUrl || a.byteStrategy === 'outlook-service');

const isMeasurable = (a: MailAttachment) => isPhotoAttachment(a) || a.byteStrategy === 'outlook-inline-blob';

export interface BytesHost {
  readonly message: MailMessage;
  readonly attachments: () => MailAttachment[];
  /** The triage the analyze port's events go to (it passes them here). */
  readonly owner: MessageTriage;
  readonly photos: Signal<MessagePhoto[]>;
  readonly failures: Signal<Record<string, RemoteFailure>>;
  readonly pending: Signal<Set<string>>;
  readonly captured: Signal<ReadonlySet<string>>;
  readonly context: () => MessageContext | undefined;
  readonly stopped: () => boolean;
  /** Where the background files what it measures (./message-filing). */
  readonly fileTarget: (onlyNames?: string[]) => FilingTarget | undefined;
  readonly isFiled: (filing: Filing | undefined) => boolean;
  readonly record: () => Promise<void>;
}

export class MessageBytes {
  // Reports arriving together are applied once per frame: the badges and the panel render once per frame.
  private readonly updates;

  constructor(
    private readonly host: BytesHost,
    private readonly rpc: Pick<RpcClient<MailService>, 'photosOfMessage'>,
    private readonly channel: AnalyzeChannel,
    private readonly adapter: Pick<MailAdapter, 'refuseUrl'>,
  ) {
    this.updates = createPatchBatch(host.photos, (p) => p.key);
  }

  requestKey(a: MailAttachment): string {
    return `${this.host.message.id}/${a.key}`;
  }

  /** The key of the zip Outlook's "Download all" saved, whose entries stand for download-only tiles. */
  get downloadAllKey(): string {
    return `${this.host.message.id}/download-all`;
  }

  /** The photo measured for an attachment: its own, or the same-named entry of a captured "Download all". */
  photoOf(a: MailAttachment): MessagePhoto | undefined {
    const key = this.requestKey(a);
    const photos = this.host.photos.value;
    const own = photos.find((p) => p.key === key);
    if (own || a.byteStrategy !== 'outlook-download-capture') return own;
    const name = a.name.toLowerCase();
    return photos.find((p) => p.attachmentKey === this.downloadAllKey && baseName(p.name) === name);
  }

  /**
   * Ask the background for every photo of the message, except those already filed from it (the buyer
   * reopened the message): their reports come from the store and nothing is downloaded again.
   */
  async analyzeAll(): Promise<void> {
    const { host } = this;
    const id = host.message.id;
    const known = await this.rpc.photosOfMessage(id).catch(() => []);
    if (host.stopped()) return;
    for (const a of host.attachments()) {
      if (!isMeasurable(a)) continue;
      const filed =
        a.kind === 'image' &&
        known.find((r) => r.origins.some((o) => o.messageId === id && o.fileName === a.name));
      if (filed) {
        const key = this.requestKey(a);
        host.photos.value = [
          ...host.photos.value.filter((p) => p.key !== key),
          { key, name: a.name, attachmentKey: key, report: filed.report, filed: true },
        ];
      } else this.analyze(a);
    }
    if (host.pending.value.size === 0) void host.record();
  }

  /** The message re-read: measure the attachments whose way to their bytes changed (`before`, by key). */
  analyzeChanged(before: Map<string, string>): void {
    for (const a of this.host.attachments())
      if (isMeasurable(a) && before.get(a.key) !== bytesWay(a)) this.analyze(a);
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
    const ctx = this.host.context();
    if (!ctx?.supplier || ctx.ignored || this.host.stopped()) return;
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
    if (!target || this.host.stopped()) return;
    const { blob, url } = capture;
    if (blob && blob.size > MAX_CAPTURED_BYTES) {
      this.onFailed(target.key, {
        code: 'too-large',
        message: 'The downloaded file is too large to measure here: drop it on Check photos.',
      });
      return;
    }
    if (!url && !blob) return;
    this.host.captured.value = new Set([...this.host.captured.value, target.key]);
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
    if (!a.pageUrl || this.photoOf(a)?.report || this.host.pending.value.has(key)) return;
    try {
      const blob = await (await fetch(a.pageUrl, { signal: this.host.message.signal })).blob();
      if (this.host.stopped() || !matchesDisplayedSize(blob.size, a.displayedSizeText)) return;
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
    const { host } = this;
    const key = this.requestKey(a);
    if (!a.source || this.photoOf(a)?.report || host.pending.value.has(key)) return;
    // Pending while the page reads it, so the panel counts it as checking and nothing is filed early.
    host.pending.value = new Set([...host.pending.value, key]);
    let requested = false;
    try {
      const input = await a.source.read();
      if (host.stopped()) return;
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
      if (!requested && !host.stopped()) this.onDone(key);
    }
  }

  private clearFailure(key: string): void {
    const { failures } = this.host;
    if (!(key in failures.value)) return;
    const rest = { ...failures.value };
    delete rest[key];
    failures.value = rest;
  }

  private request(key: string, fields: Pick<RemotePhotoRequest, 'url' | 'name' | 'kind' | 'sizeHint'>): void {
    const { host } = this;
    this.clearFailure(key);
    host.photos.value = host.photos.value.filter((p) => p.attachmentKey !== key);
    host.pending.value = new Set([...host.pending.value, key]);
    // The background files what it measures under the order shown now (see ./message-filing).
    const file = host.fileTarget(key === this.downloadAllKey ? this.downloadOnlyNames() : undefined);
    this.channel.request(
      { type: 'analyze', key, ...fields, receivedAt: host.message.date, ...(file && { file }) },
      host.owner,
    );
  }

  /** A file read in the page: the background measures the bytes sent after the request. */
  private requestBytes(key: string, fields: Pick<RemotePhotoRequest, 'name' | 'kind'>, blob: Blob): void {
    this.request(key, { name: fields.name, kind: fields.kind, sizeHint: blob.size });
    void this.channel.sendBytes(key, blob);
  }

  /** The names (lower case) of the tiles Outlook gives only to the download. */
  private downloadOnlyNames(): string[] {
    return this.host
      .attachments()
      .filter((a) => a.byteStrategy === 'outlook-download-capture')
      .map((a) => a.name.toLowerCase());
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
    const { photos } = this.host;
    photos.value = [...photos.value.filter((p) => !entries.some((e) => e.key === p.key)), ...entries];
  }

  onHeader(photoKey: string, report: PhotoReport): void {
    this.updates.patch(photoKey, { header: report });
  }

  /** A photo measured, and (when `filing` says so) filed by the background already. */
  onReport(photoKey: string, report: PhotoReport, filing?: Filing): void {
    this.updates.patch(photoKey, { report, filed: this.host.isFiled(filing) });
  }

  onFailed(key: string, failure: RemoteFailure): void {
    if (this.fallsThrough(key, failure)) return;
    const { host } = this;
    this.updates.flush();
    host.failures.value = { ...host.failures.value, [key]: failure };
    // A header read before the download broke is not a photo the panel can list as "checking".
    host.photos.value = host.photos.value.filter((p) => p.attachmentKey !== key);
  }

  /**
   * Outlook's token host refused a token that looked fresh: no failure shown; the adapter reads the tile
   * again without that URL and `analyzeChanged` measures it the next way (Outlook's service, else the
   * download).
   */
  private fallsThrough(key: string, failure: RemoteFailure): boolean {
    const a = this.host.attachments().find((x) => this.requestKey(x) === key);
    const refused = failure.code === 'http' && (failure.status === 401 || failure.status === 403);
    if (!refused || a?.byteStrategy !== 'outlook-token-url' || !a.fetchUrl) return false;
    if (!this.adapter.refuseUrl?.(a.fetchUrl)) return false;
    this.onDone(key); // not pending now: the re-read's next way may start before the port's `done`
    return true;
  }

  onDone(key: string): void {
    this.updates.flush();
    const pending = new Set(this.host.pending.value);
    pending.delete(key);
    this.host.pending.value = pending;
    // Filed as each attachment is done: the photos that came are in the checklist while others download.
    void this.host.record();
  }
}

/** How an attachment's bytes are reached now: when it changes (a Gmail card done scanning), measure again. */
export const bytesWay = (a: MailAttachment) => `${a.fetchUrl}|${a.pageUrl}|${a.byteStrategy}`;
