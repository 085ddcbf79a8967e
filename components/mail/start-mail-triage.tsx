// Wires a mail adapter to the triage: one MessageTriage per open message with photos, its badges and
// panel mounted in shadow roots, its work cancelled when the message closes, everything removed when the
// content script is invalidated (extension updated or reloaded). Shared by Gmail and Outlook.
import { effect, useComputed } from '@preact/signals';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import {
  type DriveLink,
  diagnosticsText,
  type HealthReport,
  type MailAdapter,
  type MailAttachment,
  type MailMessage,
  OWN_UI_ATTRIBUTE,
} from '@/utils/mail/adapter';
import type { MailService } from '@/utils/mail/service';
import { createRpcClient, type RpcResponse } from '@/utils/messaging/rpc';
import { ANALYZE_PORT, type RemoteCommand, type RemoteEvent } from '@/utils/photo/remote-protocol';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import factsCss from '../photo-facts.css?inline';
import { badgeView } from './badge-model';
import { MessagePanel } from './MessagePanel';
import mailCss from './mail.css?inline';
import { type AnalyzeChannel, hasPhotos, MessageTriage } from './message-triage';
import { PhotoBadge } from './PhotoBadge';

type Ui = ShadowRootContentScriptUi<void>;

const HOW: Record<string, string> = {
  'gmail-download-url': 'Measured from the attachment, downloaded by Photo Triage (Gmail’s download link).',
  'gmail-card-link': 'Measured from the attachment, downloaded by Photo Triage (the card’s link).',
  'gmail-inline': 'Measured from the picture in the message, downloaded whole by Photo Triage.',
  'outlook-download-url':
    'Measured from the attachment, downloaded by Photo Triage with its Outlook permission.',
  'outlook-inline': 'Measured from the picture in the message, downloaded whole by Photo Triage.',
  'outlook-preview': 'Only Outlook’s preview was available: its size is known, the file’s bytes are not.',
  'outlook-download-capture':
    'Outlook gives this file only to your download: download it and drop it on Check photos.',
  none: 'Photo Triage cannot download this file.',
};

function AttachmentBadge({ triage, attachment }: { triage: MessageTriage; attachment: MailAttachment }) {
  const state = useComputed(() => triage.badgeState(attachment));
  const context = triage.context.value;
  const thresholds = context.status === 'ready' ? context.context.settings.thresholds : DEFAULT_THRESHOLDS;
  const key = triage.requestKey(attachment);
  const photo = triage.photos.value.find((p) => p.key === key);
  const view = badgeView(state.value, thresholds);
  return (
    <PhotoBadge
      name={attachment.name}
      view={view}
      report={photo?.report ?? photo?.header}
      displayedSize={attachment.displayedSize}
      how={HOW[attachment.byteStrategy] ?? ''}
      onRetry={state.value.phase === 'failed' ? () => triage.analyze(attachment) : undefined}
    />
  );
}

function DriveBadge({ link }: { link: DriveLink }) {
  const view = badgeView({ phase: 'not-measurable', reason: 'drive' }, DEFAULT_THRESHOLDS);
  return <PhotoBadge name={link.name} view={view} how="Files behind a Drive link cannot be measured." />;
}

function LayoutNotice({ report, onClose }: { report: HealthReport; onClose: () => void }) {
  const text = diagnosticsText(report, {
    extensionVersion: browser.runtime.getManifest().version,
    browser: navigator.userAgent,
  });
  return (
    <div class="pt toast" role="alert" data-layout-notice="">
      <strong>
        Photo Triage doesn’t recognise this {report.client === 'gmail' ? 'Gmail' : 'Outlook'} layout.
      </strong>
      <p>
        Badges are off on this page until Photo Triage is updated. Nothing was changed in your mail. Sending
        the diagnostics below helps us fix it; they contain no message text, names or addresses.
      </p>
      <pre>{text}</pre>
      <div class="actions">
        <button type="button" class="btn primary" onClick={() => void navigator.clipboard.writeText(text)}>
          Copy diagnostics
        </button>
        <button type="button" class="btn" onClick={onClose}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

interface Open {
  triage: MessageTriage;
  element: HTMLElement;
  uis: Ui[];
  stopEffect?: () => void;
  /** Bumped on every unmount, so UI that finishes mounting afterwards knows it is stale. */
  generation: number;
}

export function startMailTriage(ctx: ContentScriptContext, adapter: MailAdapter): void {
  const rpc = createRpcClient<MailService>(
    (request) => browser.runtime.sendMessage(request) as Promise<RpcResponse>,
  );

  // One port for the tab; each request's events go to the message that asked.
  const owners = new Map<string, MessageTriage>();
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  const send = (command: RemoteCommand) => {
    if (!port) {
      port = browser.runtime.connect({ name: ANALYZE_PORT });
      port.onMessage.addListener((message) => {
        const event = message as RemoteEvent;
        const owner = owners.get(event.key);
        if (!owner) return;
        if (event.type === 'found') owner.onFound(event.key, event.photos);
        else if (event.type === 'header') owner.onHeader(event.photoKey, event.report);
        else if (event.type === 'report') owner.onReport(event.photoKey, event.report, event.thumbnail);
        else if (event.type === 'failed') owner.onFailed(event.key, event.failure);
        else {
          owners.delete(event.key);
          owner.onDone(event.key);
        }
      });
      port.onDisconnect.addListener(() => {
        port = undefined;
        // The background went away mid-work (stopped, updated): every photo it had is told, so its badge
        // offers a retry instead of "checking…" for ever. A retry connects a new port.
        for (const [key, owner] of [...owners]) {
          owners.delete(key);
          owner.onFailed(key, {
            code: 'interrupted',
            message: 'Photo Triage’s background stopped before the download finished.',
          });
          owner.onDone(key);
        }
      });
    }
    port.postMessage(command);
  };
  const channel: AnalyzeChannel = {
    request(req, owner) {
      owners.set(req.key, owner);
      send(req);
    },
    cancel(key) {
      if (owners.delete(key)) send({ type: 'cancel', key });
    },
  };
  ctx.onInvalidated(() => port?.disconnect());

  const mount = async (
    anchor: Element,
    append: 'after' | 'last',
    name: string,
    node: () => preact.ComponentChild,
  ): Promise<Ui> => {
    const ui = await createShadowRootUi<void>(ctx, {
      name,
      position: 'inline',
      anchor,
      append,
      css: `${factsCss}\n${mailCss}`,
      // Typing in our controls must not reach the mail client's keyboard shortcuts.
      isolateEvents: true,
      onMount: (container) => render(node(), container),
      onRemove: () => undefined,
    });
    ui.mount();
    // The adapter ignores nodes carrying this attribute, so our UI never counts as the client's.
    ui.shadowHost.setAttribute(OWN_UI_ATTRIBUTE, '');
    return ui;
  };

  const open = new Map<string, Open>();
  let notice: Ui | undefined;
  let noticeDismissed = false;

  const unmount = (entry: Open) => {
    entry.generation++;
    entry.stopEffect?.();
    for (const ui of entry.uis) {
      const container = ui.uiContainer;
      render(null, container);
      ui.remove();
    }
    entry.uis = [];
  };

  const mountMessage = async (entry: Open) => {
    const { triage } = entry;
    const m = triage.message;
    const generation = entry.generation;
    const panel = await mount(m.element, 'last', 'photo-triage-panel', () => (
      <MessagePanel triage={triage} />
    ));
    if (generation !== entry.generation) {
      panel.remove(); // closed or re-rendered while mounting
      return;
    }
    entry.uis.push(panel);
    // Badges only once the sender is a supplier: an unknown sender gets the quiet offer, nothing else.
    let badgesMounted = false;
    entry.stopEffect = effect(() => {
      const c = triage.context.value;
      if (badgesMounted || c.status !== 'ready' || !c.context.supplier || c.context.ignored) return;
      badgesMounted = true;
      // All at once: each mount is asynchronous, and one after another they delayed the last badge.
      const badges = [
        ...triage.attachments
          .filter((a) => a.kind !== 'other')
          .map((a) =>
            mount(a.badgeAnchor, 'after', 'photo-triage-badge', () => (
              <AttachmentBadge triage={triage} attachment={a} />
            )),
          ),
        ...m.driveLinks.map((link) =>
          mount(link.badgeAnchor, 'after', 'photo-triage-badge', () => <DriveBadge link={link} />),
        ),
      ];
      void Promise.all(badges).then((uis) => {
        // The message closed or re-rendered while they mounted: they belong to no page any more.
        if (generation !== entry.generation) for (const ui of uis) ui.remove();
        else entry.uis.push(...uis);
      });
    });
  };

  const showHealth = async (health: HealthReport) => {
    const broken = !health.ok && health.conversationOpen;
    if (broken && !notice && !noticeDismissed) {
      notice = await mount(document.body, 'last', 'photo-triage-notice', () => (
        <LayoutNotice
          report={health}
          onClose={() => {
            noticeDismissed = true;
            notice?.remove();
            notice = undefined;
          }}
        />
      ));
    } else if (!broken && notice) {
      notice.remove();
      notice = undefined;
    }
  };

  adapter.watch((messages: MailMessage[], health: HealthReport) => {
    void showHealth(health);
    const ids = new Set(messages.map((m) => m.id));
    for (const [id, entry] of open) {
      if (ids.has(id)) continue;
      entry.triage.stop(); // the buyer moved on: cancel its downloads and analyses
      unmount(entry);
      open.delete(id);
    }
    for (const m of messages) {
      const existing = open.get(m.id);
      if (existing && existing.element === m.element) continue;
      if (existing) {
        // The client re-rendered the message: same triage, new elements to attach to.
        unmount(existing);
        existing.triage.message = m;
        existing.element = m.element;
        void mountMessage(existing);
        continue;
      }
      if (!hasPhotos(m)) continue; // no photos, no work at all
      const entry: Open = {
        triage: new MessageTriage(m, rpc, channel, adapter),
        element: m.element,
        uis: [],
        generation: 0,
      };
      open.set(m.id, entry);
      void mountMessage(entry);
      void entry.triage.start();
    }
  }, ctx.signal);
}
