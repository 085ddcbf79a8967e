// Filing of one message's photos, seen from the mail page. The background files each photo where it is
// measured (utils/mail/filing.ts) and says how it went with the report; here we keep what it said, file
// again from the reports we hold what it could not file (storage full) or what the buyer put under an order
// afterwards, then load the stage's checklist. Split from MessageTriage along that seam.
import type { Signal } from '@preact/signals';
import type { MailMessage } from '@/utils/mail/adapter';
import type { MailService, MessageContext } from '@/utils/mail/service';
import type { RpcClient } from '@/utils/messaging/rpc';
import type { Filing, FilingTarget } from '@/utils/photo/remote-protocol';
import type { PhotoReport } from '@/utils/photo/types';

/** What filing needs of a message's photos (MessageTriage's MessagePhoto). */
export interface FilablePhoto {
  key: string;
  name: string;
  report?: PhotoReport;
  /** In the store under the order the panel shows now (or the photo's own, kept). */
  filed?: boolean;
}

export interface FilingHost {
  readonly message: MailMessage;
  readonly context: () => MessageContext | undefined;
  readonly photos: Signal<FilablePhoto[]>;
  readonly storeError: Signal<string | undefined>;
  readonly stopped: () => boolean;
  readonly refreshStage: () => Promise<void>;
  readonly stageLoaded: () => boolean;
}

export class MessageFiling {
  private run?: Promise<void>;
  private again = false;
  private filedToo = false;
  /** The message of the last failure to file, cleared (with the alert) once filing succeeds. */
  private error?: string;
  /** Something was filed since the stage view was last read. */
  private changed = true;

  constructor(
    private readonly host: FilingHost,
    private readonly rpc: Pick<RpcClient<MailService>, 'recordPhotos'>,
  ) {}

  /** Where the background files the photos of a request made now (the order and stage shown now). */
  target(onlyNames?: string[]): FilingTarget | undefined {
    const ctx = this.host.context();
    if (!ctx?.supplier) return undefined;
    const m = this.host.message;
    return {
      client: m.client,
      messageId: m.id,
      threadId: m.threadId,
      sender: m.sender.email,
      receivedAt: m.date ?? new Date().toISOString(),
      orderId: ctx.order?.id,
      stageId: ctx.stage?.id,
      ...(onlyNames && { onlyNames }),
    };
  }

  /**
   * Whether a photo the background reported is filed as the panel needs it: filed, and under the order
   * shown now (the buyer may have picked one while it downloaded; a photo with an order of its own keeps it).
   */
  isFiled(filing: Filing | undefined): boolean {
    if (!filing) return false;
    if (!filing.ok) {
      this.failed(filing.message);
      return false;
    }
    this.changed = true;
    const shown = this.host.context()?.order?.id;
    return filing.orderId !== undefined || shown === undefined;
  }

  /**
   * File what is not filed yet (all photos when `includeFiled`: the buyer picked the order), then load the
   * stage's checklist. Called as each attachment is done, so a download that hangs does not hold back the
   * checklist of the photos that came; calls while one runs are merged into one more run after it.
   */
  record(includeFiled = false): Promise<void> {
    this.filedToo ||= includeFiled;
    if (this.run) {
      this.again = true;
      return this.run;
    }
    this.run = (async () => {
      do {
        this.again = false;
        const filedToo = this.filedToo;
        this.filedToo = false;
        await this.recordNow(filedToo);
      } while (this.again && !this.host.stopped());
    })().finally(() => {
      this.run = undefined;
    });
    return this.run;
  }

  private async recordNow(includeFiled: boolean): Promise<void> {
    const { host } = this;
    const target = this.target();
    if (!target || host.stopped()) return;
    const fresh = host.photos.value.filter((p) => p.report?.sha256 && (includeFiled || !p.filed));
    // A download that failed changes nothing in the store: the checklist is not read again for it.
    if (!fresh.length && !this.changed && host.stageLoaded()) return;
    this.changed = false;
    try {
      if (fresh.length) {
        await this.rpc.recordPhotos({
          ...target,
          // Reports only: the thumbnails were kept where they were measured.
          photos: fresh.map((p) => ({ fileName: p.name, report: p.report! })),
        });
        const saved = new Map(fresh.map((p) => [p.key, p.report]));
        host.photos.value = host.photos.value.map((p) =>
          saved.get(p.key) === p.report && p.report ? { ...p, filed: true } : p,
        );
        this.succeeded();
      }
      await host.refreshStage();
    } catch (e) {
      this.failed(e instanceof Error ? e.message : String(e));
    }
  }

  private failed(message: string): void {
    this.error = message;
    this.host.storeError.value = message;
  }

  /** An earlier failure to file is over: everything it held back is saved now. */
  private succeeded(): void {
    if (this.error !== undefined && this.host.storeError.value === this.error)
      this.host.storeError.value = undefined;
    this.error = undefined;
  }
}
