// The re-request of one message: the draft for what the stage still lacks, putting it in the reply box or
// on the clipboard for WeChat, and the supplier's unanswered requests for the order. Split from
// MessageTriage along that seam; the panel reaches it through the triage.
import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { todayLocal } from '@/utils/dates';
import type { MailAdapter, MailMessage } from '@/utils/mail/adapter';
import { insertIntoEditor } from '@/utils/mail/insert';
import type { MailService, MessageContext, StageView } from '@/utils/mail/service';
import type { RpcClient } from '@/utils/messaging/rpc';
import { draftReRequest, type ReRequestDraft, renderText, toLogItems } from '@/utils/reply';
import type { RequestLogEntry } from '@/utils/store/types';
import type { ReplyNote } from './text';

export interface RepliesHost {
  readonly message: MailMessage;
  readonly context: () => MessageContext | undefined;
  readonly stageView: ReadonlySignal<StageView | undefined>;
  readonly stopped: () => boolean;
}

export class MessageReplies {
  /** The supplier's unanswered re-requests for this order, newest first. */
  readonly requests = signal<RequestLogEntry[]>([]);
  /** What the last reply action did, said in the panel. */
  readonly replyNote = signal<ReplyNote | undefined>(undefined);

  constructor(
    private readonly host: RepliesHost,
    private readonly rpc: Pick<RpcClient<MailService>, 'openRequests' | 'logRequest' | 'markAnswered'>,
    private readonly adapter: Pick<MailAdapter, 'findReplyBox' | 'openReply'>,
  ) {}

  /** The re-request for what the stage still lacks, or undefined when there is nothing to ask. */
  readonly draft = computed<ReRequestDraft | undefined>(() => {
    const view = this.host.stageView.value;
    const c = this.host.context();
    if (!c || !view || !c.order || !c.stage) return undefined;
    return draftReRequest({
      order: c.order,
      stage: c.stage,
      checklist: view.checklist,
      settings: c.settings,
      supplier: c.supplier,
      today: todayLocal(),
    });
  });

  async refresh(): Promise<void> {
    const ctx = this.host.context();
    if (!ctx?.order || this.host.stopped()) return;
    this.requests.value = (await this.rpc.openRequests(ctx.order.id)).reverse();
  }

  private async log(draft: ReRequestDraft, channel: RequestLogEntry['channel']): Promise<void> {
    const m = this.host.message;
    await this.rpc.logRequest({
      orderId: draft.orderId,
      stageId: draft.stageId,
      channel,
      messageId: m.id,
      threadId: m.threadId,
      items: toLogItems(draft),
    });
    await this.refresh();
  }

  /** Open the reply (if it is not open) and type the draft in where the cursor is. Nothing is sent. */
  async insertDraft(draft: ReRequestDraft): Promise<void> {
    const m = this.host.message;
    const editor = this.adapter.findReplyBox(m) ?? (await this.adapter.openReply(m, m.signal));
    const text = renderText(draft);
    if (!editor || !insertIntoEditor(editor, text)) {
      await navigator.clipboard.writeText(text);
      this.replyNote.value = 'clipboard';
      return;
    }
    await this.log(draft, m.client);
    this.replyNote.value = 'inserted';
  }

  /** The plain-text draft on the clipboard, for WeChat. */
  async copyForWeChat(draft: ReRequestDraft): Promise<void> {
    await navigator.clipboard.writeText(renderText(draft));
    await this.log(draft, 'wechat');
    this.replyNote.value = 'copied';
  }

  async markAnswered(requestId: string): Promise<void> {
    await this.rpc.markAnswered(requestId);
    await this.refresh();
  }
}
