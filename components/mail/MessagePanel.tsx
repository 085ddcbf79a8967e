// The panel under a supplier's message: the order and stage, the stage's checklist (the shared
// components/checklist view, as on the orders desk and Check photos), the message's photos beside the reference photos, and the controls to file
// them. Collapsible; rendered in a shadow root so Gmail's styles and shortcuts stay out.
import { type Signal, useComputed, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ChecklistView } from '@/components/checklist/ChecklistView';
import type { Draw } from '@/components/checklist/ReceivedPhoto';
import { describeFinding } from '@/components/finding-text';
import { TeamMailStatus } from '@/components/options/TeamNote';
import { recordText } from '@/components/record/record-text';
import { localText } from '@/components/shared-text';
import { uiLanguage } from '@/utils/i18n';
import type { MessageContext } from '@/utils/mail/service';
import { verdictOf } from '@/utils/triage/rules';
import { isLastBeforeShipment } from '@/utils/triage/shipment';
import { suggestShots } from '@/utils/triage/suggest';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { BlobPicture } from './BlobPicture';
import { badgeView } from './badge-model';
import type { MessagePhoto } from './message-bytes';
import type { MessageTriage } from './message-triage';
import { ReplySection } from './ReplySection';
import { mailText } from './text';

/** The size of every picture in the panel, in CSS pixels (mail.css sizes the frames the same). */
const THUMB_W = 72;
const THUMB_H = 54;

/**
 * The panel draws pictures from Blobs into canvases (no object URL the mail page could fetch), with the
 * shared checklist's frames around them.
 */
function blobDraw(references: Record<string, Blob>): Draw {
  return {
    photo: (p) =>
      p.thumbnail ? (
        <BlobPicture blob={p.thumbnail} alt="" width={THUMB_W} height={THUMB_H} />
      ) : (
        <span class="cl-thumb-empty">{p.report.format.toUpperCase()}</span>
      ),
    reference: (id, alt) =>
      references[id] ? (
        <BlobPicture blob={references[id]} alt={alt} width={THUMB_W} height={THUMB_H} />
      ) : (
        <span class="cl-thumb-empty">…</span>
      ),
  };
}

const noUrl = () => undefined;

function PhotoLine({ triage, photo }: { triage: MessageTriage; photo: MessagePhoto }) {
  const view = triage.stageView.value;
  const ctx = triage.context.value.status === 'ready' ? triage.context.value.context : undefined;
  const shots = ctx?.stage?.shots ?? [];
  const sha = photo.report?.sha256;
  const record =
    view && sha
      ? view.checklist.shots
          .flatMap((s) => s.photos)
          .concat(view.checklist.unassigned)
          .find((p) => p.sha256 === sha)
      : undefined;
  const suggestions = suggestShots(photo.name, shots);
  const ordered = [
    ...suggestions.map((s) => shots.find((x) => x.id === s.shotId)!),
    ...shots.filter((s) => !suggestions.some((x) => x.shotId === s.id)),
  ];
  const state = photo.report
    ? { phase: 'full' as const, report: photo.report, findings: triage.findings.value[photo.key] ?? [] }
    : { phase: 'displayed' as const };
  const badge = badgeView(state, ctx?.settings.thresholds ?? DEFAULT_THRESHOLDS);
  const t = mailText().panel;
  // The thumbnail stayed where the photo was measured: asked for by photo id now that it is shown.
  const picture = triage.pictureOf(photo);
  useEffect(() => triage.wantPicture(photo), [triage, photo]);
  return (
    <li class="photo" data-panel-photo={photo.name}>
      {picture ? (
        <BlobPicture class="thumb" blob={picture} alt="" width={THUMB_W} height={THUMB_H} />
      ) : (
        <span class="thumb placeholder" aria-hidden="true">
          {photo.report?.format.toUpperCase() ?? '…'}
        </span>
      )}
      <div>
        <div class="photo-name" title={photo.name}>
          {photo.name}
        </div>
        <span class={`badge tone-${badge.tone}`} title={badge.title}>
          {badge.text}
        </span>
        {record && ctx?.order && (
          <>
            <div class="actions">
              <select
                aria-label={t.shotFor(photo.name)}
                value={record.shotId ?? ''}
                onChange={(e) => void triage.assign(record.sha256, e.currentTarget.value || undefined)}
              >
                <option value="">{t.notAssigned(suggestions.length > 0)}</option>
                {ordered.map((s, i) => (
                  <option key={s.id} value={s.id}>
                    {i < suggestions.length ? '★ ' : ''}
                    {localText(s.label)} · {uiLanguageIsZh() ? s.label.en : s.label.zh}
                  </option>
                ))}
              </select>
            </div>
            <div class="actions">
              <button
                type="button"
                class="btn"
                aria-label={t.acceptLabel(photo.name)}
                aria-pressed={record.status.state === 'accepted'}
                onClick={() =>
                  void triage.setStatus(
                    record.sha256,
                    record.status.state === 'accepted' ? 'pending' : 'accepted',
                  )
                }
              >
                {t.accept}
              </button>
              <button
                type="button"
                class="btn"
                aria-label={t.rejectLabel(photo.name)}
                aria-pressed={record.status.state === 'rejected'}
                onClick={() => {
                  if (record.status.state === 'rejected')
                    return void triage.setStatus(record.sha256, 'pending');
                  const reason = badge.findings
                    .filter((f) => f.severity === 'fail')
                    .map((f) => describeFinding(f).short)
                    .join(', ');
                  void triage.setStatus(record.sha256, 'rejected', reason || t.rejectedByBuyer);
                }}
              >
                {t.reject}
              </button>
            </div>
          </>
        )}
      </div>
    </li>
  );
}

function uiLanguageIsZh(): boolean {
  return uiLanguage.value === 'zh-CN';
}

/**
 * The message's one polite live region: says when checking starts and what it found when every photo is
 * in, rather than every badge announcing each step.
 */
function LiveAnnouncer({ triage }: { triage: MessageTriage }) {
  const said = useComputed(() => {
    const live = mailText().live;
    const photos = triage.photos.value;
    if (triage.pending.value.size > 0) return live.checking;
    if (!photos.length) return '';
    const findings = triage.findings.value;
    const counts = { ok: 0, warn: 0, fail: 0, error: 0 };
    for (const p of photos) {
      if (p.report) counts[verdictOf(findings[p.key] ?? [], p.report.error)]++;
    }
    return live.done(photos.length, counts.fail + counts.error, counts.warn, counts.ok);
  });
  return (
    <p class="sr-only" role="status" aria-live="polite" data-live="">
      {said.value}
    </p>
  );
}

/** The message context of a known supplier (the panel proper; others get the offer). */
type SupplierContext = MessageContext & { supplier: NonNullable<MessageContext['supplier']> };

/** The last failure to save or act, as an alert. */
function StoreError({ triage }: { triage: MessageTriage }) {
  return triage.storeError.value ? (
    <p class="notice error" role="alert">
      {triage.storeError.value}
    </p>
  ) : null;
}

/** A sender not known yet: offer to add them as a supplier, or to leave them be. */
function SupplierOffer({ triage }: { triage: MessageTriage }) {
  const t = mailText().panel;
  const who = triage.message.sender.name || triage.message.sender.email || t.thisSender;
  return (
    <section class="pt panel" aria-label={t.regionFor(who)} data-panel="offer">
      <div class="panel-body">
        <div class="row">
          <span class="panel-title">Photo Triage</span>
          <span>{t.offer(who)}</span>
          <button type="button" class="btn primary" onClick={() => void triage.acceptSender()}>
            {t.yesAdd}
          </button>
          <button type="button" class="btn" onClick={() => (triage.dismissed.value = true)}>
            {t.notNow}
          </button>
          <button type="button" class="btn" onClick={() => void triage.ignoreSender()}>
            {t.never}
          </button>
        </div>
        <StoreError triage={triage} />
      </div>
    </section>
  );
}

/** The head that folds the panel: the supplier, order and stage, and the counts so far. */
function PanelHead({
  triage,
  ctx,
  open,
}: {
  triage: MessageTriage;
  ctx: SupplierContext;
  open: Signal<boolean>;
}) {
  const summary = useComputed(() => {
    const t = mailText().panel;
    const view = triage.stageView.value;
    const photos = triage.photos.value;
    const done = photos.filter((p) => p.report).length;
    const checking = triage.pending.value.size > 0 ? t.checking(done, photos.length) : '';
    if (!view) return `${t.photos(photos.length)}${checking}`;
    const c = view.checklist.counts;
    return `${t.counts(c.accepted + c.pending, c.total, c.poor + c.rejected, c.missing)}${checking}`;
  });
  const t = mailText().panel;
  return (
    <button
      type="button"
      class="panel-head"
      aria-expanded={open.value}
      title={open.value ? t.collapse : t.expand}
      onClick={() => (open.value = !open.value)}
    >
      <span class="panel-title">Photo Triage</span>
      <span class="panel-summary">
        {ctx.supplier.company}
        {ctx.order ? ` · ${ctx.order.poNumbers.join(', ')}` : ''}
        {ctx.stage ? ` · ${localText(ctx.stage.name)}` : ''} · {summary.value}
      </span>
      <span aria-hidden="true">{open.value ? '▾' : '▸'}</span>
    </button>
  );
}

/** The order the message's photos are filed under, and why it was chosen. */
function OrderRow({ triage, ctx }: { triage: MessageTriage; ctx: SupplierContext }) {
  const t = mailText().panel;
  const orderSelectId = `pt-order-${triage.message.id}`;
  const reason = t.reason[ctx.orderReason] ?? '';
  return (
    <div class="row">
      <label class="label" for={orderSelectId}>
        {t.order}
      </label>
      <select
        id={orderSelectId}
        value={ctx.order?.id ?? ''}
        onChange={(e) => e.currentTarget.value && void triage.chooseOrder(e.currentTarget.value)}
      >
        {!ctx.order && <option value="">{t.pickOrder}</option>}
        {ctx.order && !ctx.candidates.some((c) => c.id === ctx.order?.id) && (
          <option value={ctx.order.id}>
            {ctx.order.poNumbers.join(', ')} · {ctx.order.product}
          </option>
        )}
        {ctx.candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      {ctx.order && reason && <span class="note">{reason}</span>}
    </div>
  );
}

/** The stage's checklist and the notes and button that go with it. */
function StageSection({ triage, ctx }: { triage: MessageTriage; ctx: SupplierContext }) {
  const view = triage.stageView.value;
  return (
    <>
      {view && ctx.stage && (
        <ChecklistView
          checklist={view.checklist}
          stage={ctx.stage}
          photoUrl={noUrl}
          draw={blobDraw(view.references)}
          hideGate={!view.checklist.gate.hasGate}
          compact
        />
      )}
      {ctx.stage && isLastBeforeShipment(ctx.stage) && ctx.settings.inspectionNote !== false && (
        <p class="notice inspection" role="note" data-inspection-note="">
          {recordText().lastBeforeShipment}
        </p>
      )}
      {ctx.supplierNote && (
        <p class="note weakest" data-supplier-note={ctx.supplierNote}>
          {recordText().weakest[ctx.supplierNote]}
        </p>
      )}
      {ctx.order && ctx.stage && (
        <div class="row">
          <button
            type="button"
            class="btn"
            onClick={() => void triage.openPhotoRecord()}
            data-action="photo-record"
          >
            {recordText().button}
          </button>
        </div>
      )}
    </>
  );
}

/** The unfolded panel: the order, the stage, the message's photos and the re-request. */
function PanelBody({ triage, ctx }: { triage: MessageTriage; ctx: SupplierContext }) {
  const t = mailText().panel;
  return (
    <div class="panel-body">
      <StoreError triage={triage} />
      <OrderRow triage={triage} ctx={ctx} />
      <StageSection triage={triage} ctx={ctx} />
      {!ctx.order && <p class="note">{t.pickToSee}</p>}
      <ul class="photos" aria-label={t.photosInMessage}>
        {triage.photos.value.map((p) => (
          <PhotoLine key={p.key} triage={triage} photo={p} />
        ))}
      </ul>
      {triage.message.driveLinks.length > 0 && (
        <p class="note">{t.driveLinks(triage.message.driveLinks.length)}</p>
      )}
      <ReplySection triage={triage} />
      <TeamMailStatus />
    </div>
  );
}

export function MessagePanel({ triage }: { triage: MessageTriage }) {
  const open = useSignal(true);
  const state = triage.context.value;
  const t = mailText().panel;

  if (triage.dismissed.value) return null;
  if (state.status === 'loading') return null;
  if (state.status === 'error') {
    return (
      <section class="pt panel" aria-label={t.region}>
        <p class="notice error" role="alert">
          {t.couldNotRead(state.message)}
        </p>
      </section>
    );
  }
  const ctx = state.context;
  if (ctx.ignored) return null;
  if (!ctx.supplier) return <SupplierOffer triage={triage} />;
  const known = ctx as SupplierContext;
  return (
    <section class="pt panel" aria-label={t.regionFor(known.supplier.company)} data-panel="triage">
      <LiveAnnouncer triage={triage} />
      <PanelHead triage={triage} ctx={known} open={open} />
      {triage.serviceFallback.value && (
        <p class="notice" role="status" data-service-notice="">
          {t.serviceFallback}
        </p>
      )}
      {open.value && <PanelBody triage={triage} ctx={known} />}
    </section>
  );
}
