import { signal } from '@preact/signals';
import type { MessageTriage } from '@/components/mail/message-triage';
import type { MessageContext, StageView } from '@/utils/mail/service';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';
import type { Order, RequestLogEntry, Stage } from '@/utils/store/types';

/** A triage as the mail panel sees it (only the signals and fields MessagePanel reads), ready on `order`. */
export function panelTriage(
  order: Order,
  stage: Stage,
  view: StageView,
  requests: RequestLogEntry[] = [],
): MessageTriage {
  const context = {
    supplier: { id: 's', company: 'Factory' },
    ignored: false,
    order,
    stage,
    orderReason: 'remembered',
    candidates: [],
    settings: DEFAULT_SETTINGS,
  } as unknown as MessageContext;
  return {
    context: signal({ status: 'ready', context }),
    stageView: signal(view),
    photos: signal([]),
    pending: signal(new Set()),
    findings: signal({}),
    dismissed: signal(false),
    storeError: signal(undefined),
    serviceFallback: signal(false),
    requests: signal(requests),
    draft: signal(undefined),
    replyNote: signal(undefined),
    message: { id: 'm', sender: { email: 'amy@factory.cn' }, driveLinks: [] },
  } as unknown as MessageTriage;
}
