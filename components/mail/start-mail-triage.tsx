// Wires a mail adapter to the triage: one MessageTriage per open message with photos, its badges and
// panel mounted in closed shadow roots, its work cancelled when the message closes, everything removed
// when the content script is invalidated (extension updated or reloaded). Shared by Gmail and Outlook.
import { effect, useComputed, useSignal } from '@preact/signals';
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
  sameAttachments,
} from '@/utils/mail/adapter';
import { claimPage } from '@/utils/mail/instance';
import type { MailService } from '@/utils/mail/service';
import { isStoreChanged } from '@/utils/mail/store-changes';
import { createRpcClient, type RpcResponse } from '@/utils/messaging/rpc';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import factsCss from '../photo-facts.css?inline';
import { connectAnalyzePort } from './analyze-port';
import { badgeView } from './badge-model';
import { MessagePanel } from './MessagePanel';
import mailCss from './mail.css?inline';
import { hasPhotos, MessageTriage } from './message-triage';
import { PhotoBadge } from './PhotoBadge';
import { SHADOW_ROOT_MODE } from './shadow-mode';
import { mailText } from './text';

type Ui = ShadowRootContentScriptUi<HTMLElement>;

function AttachmentBadge({ triage, attachment }: { triage: MessageTriage; attachment: MailAttachment }) {
  const state = useComputed(() => triage.badgeState(attachment));
  const context = triage.context.value;
  const thresholds = context.status === 'ready' ? context.context.settings.thresholds : DEFAULT_THRESHOLDS;
  const photo = triage.photoOf(attachment);
  const view = badgeView(state.value, thresholds);
  const how = triage.isCaptured(attachment)
    ? mailText().howCaptured
    : (mailText().how[attachment.byteStrategy] ?? '');
  return (
    <PhotoBadge
      name={attachment.name}
      view={view}
      report={photo?.report ?? photo?.header}
      displayedSize={attachment.displayedSize}
      how={how}
      onRetry={state.value.phase === 'failed' ? () => triage.analyze(attachment) : undefined}
    />
  );
}

function DriveBadge({ link }: { link: DriveLink }) {
  const view = badgeView({ phase: 'not-measurable', reason: 'drive' }, DEFAULT_THRESHOLDS);
  return <PhotoBadge name={link.name} view={view} how={mailText().how.drive} />;
}

function LayoutNotice({ report, onClose }: { report: HealthReport; onClose: () => void }) {
  const copied = useSignal(false);
  const t = mailText().layout;
  const text = diagnosticsText(report, {
    extensionVersion: browser.runtime.getManifest().version,
    browser: navigator.userAgent,
  });
  return (
    <div class="pt toast" role="alert" data-layout-notice="">
      <strong>{t.title(report.client)}</strong>
      <p>{t.body}</p>
      {/* A labelled region that takes focus: the diagnostics may scroll, and a keyboard must reach them. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable content needs keyboard focus (WCAG 2.1.1) */}
      <section aria-label={t.diagnostics} tabIndex={0}>
        <pre>{text}</pre>
      </section>
      <div class="actions">
        <button
          type="button"
          class="btn primary"
          onClick={() => void navigator.clipboard.writeText(text).then(() => (copied.value = true))}
        >
          {t.copy}
        </button>
        <button type="button" class="btn" onClick={onClose}>
          {t.dismiss}
        </button>
        <span role="status">{copied.value ? t.copied : ''}</span>
      </div>
    </div>
  );
}

interface Open {
  triage: MessageTriage;
  element: HTMLElement;
  uis: Ui[];
  /** Stops what the mounted message set going: the badge effect and the download watch. */
  stopEffect?: () => void;
  /** Bumped on every unmount, so UI that finishes mounting afterwards knows it is stale. */
  generation: number;
}

/**
 * WXT's shadow-root UI registers its removal on the context for the life of the page, so every badge of
 * every message ever opened stayed reachable (detached DOM piling up over a day in Gmail). Each UI gets a
 * scope instead: one registration on the real context, dropped when the UI is removed.
 */
export function uiScope(ctx: ContentScriptContext): { ctx: ContentScriptContext; release: () => void } {
  const listeners = new Set<() => void>();
  let off: (() => void) | undefined;
  const scoped = {
    get options() {
      return ctx.options;
    },
    get isValid() {
      return ctx.isValid;
    },
    onInvalidated(cb: () => void) {
      listeners.add(cb);
      off ??= ctx.onInvalidated(() => {
        for (const l of listeners) l();
      });
      return () => listeners.delete(cb);
    },
  };
  return {
    // Only what createShadowRootUi reads of a context (checked in tests/unit/start-mail-triage.test.ts).
    ctx: scoped as unknown as ContentScriptContext,
    release: () => {
      off?.();
      off = undefined;
      listeners.clear();
    },
  };
}

type Mount = (
  anchor: Element,
  append: 'after' | 'last',
  name: string,
  node: () => preact.ComponentChild,
) => Promise<Ui>;

/** Mounts our UI in a closed shadow root beside `anchor`, removed with the content script. */
function createMount(ctx: ContentScriptContext, instance: string): Mount {
  return async (anchor, append, name, node) => {
    const scope = uiScope(ctx);
    const ui = await createShadowRootUi<HTMLElement>(scope.ctx, {
      name,
      position: 'inline',
      anchor,
      append,
      css: `${factsCss}\n${mailCss}`,
      // Closed: the mail client's own scripts cannot reach in (host.shadowRoot is null for them) to read the
      // supplier, the order or the checklist. Our content script keeps the root WXT hands back; the page's
      // patches of attachShadow cannot catch it, our script's prototypes being its own isolated world's.
      mode: SHADOW_ROOT_MODE,
      // Typing in our controls must not reach the mail client's keyboard shortcuts.
      isolateEvents: true,
      onMount: (container) => {
        render(node(), container);
        return container;
      },
      // Also on invalidation (WXT removes every UI then): unmount the components and their effects.
      onRemove: (container) => {
        if (container) render(null, container);
        scope.release();
      },
    });
    // The adapter ignores nodes carrying this attribute, so our UI never counts as the client's.
    ui.shadowHost.setAttribute(OWN_UI_ATTRIBUTE, instance);
    // Stopped while creating it: WXT registered its removal too late, so it must not appear at all.
    if (ctx.isValid) ui.mount();
    return ui;
  };
}

function unmount(entry: Open): void {
  entry.generation++;
  entry.stopEffect?.();
  for (const ui of entry.uis) ui.remove();
  entry.uis = [];
}

/** A message's badges: one per photo attachment and per Drive link, all mounting at once. */
function mountBadges(triage: MessageTriage, mount: Mount): Promise<Ui[]> {
  const m = triage.message;
  // All at once: each mount is asynchronous, and one after another they delayed the last badge.
  return Promise.all([
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
  ]);
}

/** The panel of an open message, then its badges once the sender is known to be a supplier. */
async function mountMessage(entry: Open, mount: Mount, adapter: MailAdapter): Promise<void> {
  const { triage } = entry;
  const m = triage.message;
  const generation = entry.generation;
  const panel = await mount(m.element, 'last', 'photo-triage-panel', () => <MessagePanel triage={triage} />);
  if (generation !== entry.generation) {
    panel.remove(); // closed or re-rendered while mounting
    return;
  }
  entry.uis.push(panel);
  // Outlook hands some files only to the buyer's download: measure them as they are downloaded.
  const stopDownloads = adapter.watchDownloads?.(m, (match, capture) => {
    void triage.analyzeCaptured(match, capture);
  });
  // Badges only once the sender is a supplier: an unknown sender gets the quiet offer, nothing else.
  let badgesMounted = false;
  const stopBadges = effect(() => {
    const c = triage.context.value;
    if (badgesMounted || c.status !== 'ready' || !c.context.supplier || c.context.ignored) return;
    badgesMounted = true;
    void mountBadges(triage, mount).then((uis) => {
      // The message closed or re-rendered while they mounted: they belong to no page any more.
      if (generation !== entry.generation) for (const ui of uis) ui.remove();
      else entry.uis.push(...uis);
    });
  });
  entry.stopEffect = () => {
    stopBadges();
    stopDownloads?.();
  };
}

/** The notice for a conversation whose layout cannot be read: shown once, until dismissed or readable. */
function createLayoutNotice(mount: Mount): { show(health: HealthReport): Promise<void>; remove(): void } {
  let notice: Ui | undefined;
  let dismissed = false;
  const remove = () => {
    notice?.remove();
    notice = undefined;
  };
  const show = async (health: HealthReport) => {
    const broken = !health.ok && health.conversationOpen;
    if (broken && !notice && !dismissed) {
      notice = await mount(document.body, 'last', 'photo-triage-notice', () => (
        <LayoutNotice
          report={health}
          onClose={() => {
            dismissed = true;
            remove();
          }}
        />
      ));
    } else if (!broken && notice) remove();
  };
  return { show, remove };
}

/**
 * An order, a decision or a photo saved elsewhere (the orders desk, Check photos, another mail tab): each
 * open panel reads its stage again, once per burst of writes. Returns the stop.
 */
function refreshOnStoreChanges(open: Map<string, Open>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onStoreChanged = (message: unknown) => {
    if (!isStoreChanged(message)) return undefined;
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const entry of open.values()) entry.triage.refreshStage().catch(() => {});
    }, 250);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onStoreChanged);
  return () => {
    clearTimeout(timer);
    browser.runtime.onMessage.removeListener(onStoreChanged);
  };
}

export function startMailTriage(ctx: ContentScriptContext, adapter: MailAdapter): void {
  const instance = claimPage(document);
  const rpc = createRpcClient<MailService>(
    (request) => browser.runtime.sendMessage(request) as Promise<RpcResponse>,
  );
  // One port for the tab; each request's events go to the message that asked (./analyze-port).
  const port = connectAnalyzePort(ctx);
  const mount = createMount(ctx, instance);
  const open = new Map<string, Open>();
  const notice = createLayoutNotice(mount);
  const stopRefresh = refreshOnStoreChanges(open);

  // Extension updated or reloaded, or a newer instance started: cancel all work, remove all UI. (The watch
  // disconnects its observer on the same signal.)
  ctx.onInvalidated(() => {
    stopRefresh();
    for (const entry of open.values()) {
      entry.triage.stop();
      unmount(entry);
    }
    open.clear();
    notice.remove();
    port.disconnect();
  });

  adapter.watch((messages: MailMessage[], health: HealthReport) => {
    if (ctx.isInvalid) return; // the extension is gone: the getter has just stopped everything
    void notice.show(health);
    const ids = new Set(messages.map((m) => m.id));
    for (const [id, entry] of open) {
      if (ids.has(id)) continue;
      entry.triage.stop(); // the buyer moved on: cancel its downloads and analyses
      unmount(entry);
      open.delete(id);
    }
    for (const m of messages) {
      const existing = open.get(m.id);
      if (existing && existing.element === m.element && sameAttachments(existing.triage.message, m)) continue;
      if (existing) {
        // The client re-rendered the message, or changed its cards in place (Gmail's card that finishes
        // loading late): same triage, new elements to attach to, and what became measurable is measured.
        unmount(existing);
        existing.triage.update(m);
        existing.element = m.element;
        void mountMessage(existing, mount, adapter);
        continue;
      }
      if (!hasPhotos(m)) continue; // no photos, no work at all
      const entry: Open = {
        triage: new MessageTriage(m, rpc, port.channel, adapter),
        element: m.element,
        uis: [],
        generation: 0,
      };
      open.set(m.id, entry);
      void mountMessage(entry, mount, adapter);
      void entry.triage.start();
    }
  }, ctx.signal);
}
