// The panel under a supplier's message: the order and stage, the stage's checklist (the shared
// components/checklist view, as on the orders desk and Check photos), the message's photos beside the reference photos, and the controls to file
// them. Collapsible; rendered in a shadow root so Gmail's styles and shortcuts stay out.
import { useComputed, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ChecklistView } from '@/components/checklist/ChecklistView';
import { shotStatusLabel } from '@/components/checklist/checklist-text';
import type { Draw } from '@/components/checklist/ReceivedPhoto';
import { describeFinding } from '@/components/finding-text';
import { TeamMailStatus } from '@/components/options/TeamNote';
import { recordText } from '@/components/record/record-text';
import { agoText, localText } from '@/components/shared-text';
import { uiLanguage } from '@/utils/i18n';
import { verdictOf } from '@/utils/triage/rules';
import { isLastBeforeShipment } from '@/utils/triage/shipment';
import { suggestShots } from '@/utils/triage/suggest';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { BlobPicture } from './BlobPicture';
import { badgeView } from './badge-model';
import type { MessagePhoto, MessageTriage } from './message-triage';
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

/** What was asked last time against what came, and the buttons that ask again. */
function ReplySection({ triage }: { triage: MessageTriage }) {
  const view = triage.stageView.value;
  if (!view) return null;
  const draft = triage.draft.value;
  const statusOf = (shotId?: string) => view.checklist.shots.find((s) => s.shot.id === shotId)?.status;
  const last = triage.requests.value[0];
  const t = mailText().panel;
  const note = triage.replyNote.value;
  return (
    <div class="reply" data-reply="">
      {last && (
        <div class="asked" data-last-request={last.id}>
          <div class="row">
            <strong>{t.asked(agoText(last.askedAt))}</strong>
            <span class="note">{t.by(last.channel, last.by)}</span>
            <button type="button" class="btn" onClick={() => void triage.markAnswered(last.id)}>
              {t.markAnswered}
            </button>
          </div>
          <ol>
            {last.items.map((item, i) => {
              const status = statusOf(item.shotId);
              const came = status === 'accepted' || status === 'pending';
              return (
                <li key={i} class={came ? 'came' : 'open'}>
                  {came ? '✓ ' : ''}
                  {item.text}
                  {item.shotId && (
                    <span class="note">{t.now(status ? shotStatusLabel(status) : t.notInList)}</span>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      )}
      {draft ? (
        <div class="row">
          <button
            type="button"
            class="btn primary"
            onClick={() => void triage.insertDraft()}
            data-action="draft-reply"
          >
            {t.draft}
          </button>
          <button
            type="button"
            class="btn"
            onClick={() => void triage.copyForWeChat()}
            data-action="copy-wechat"
          >
            {t.copyWeChat}
          </button>
          <span class="note">{t.toAsk(draft.items.length)}</span>
        </div>
      ) : (
        <p class="note">{t.nothingToAsk}</p>
      )}
      {/* Always in the page, so the note is announced when it appears (a new role=status is often not). */}
      <p class="note" role="status">
        {note ? t.notes[note] : ''}
      </p>
    </div>
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

export function MessagePanel({ triage }: { triage: MessageTriage }) {
  const open = useSignal(true);
  const state = triage.context.value;
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

  if (!ctx.supplier) {
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
          {triage.storeError.value && (
            <p class="notice error" role="alert">
              {triage.storeError.value}
            </p>
          )}
        </div>
      </section>
    );
  }

  const view = triage.stageView.value;
  const orderSelectId = `pt-order-${triage.message.id}`;
  const reason = t.reason[ctx.orderReason] ?? '';
  return (
    <section class="pt panel" aria-label={t.regionFor(ctx.supplier.company)} data-panel="triage">
      <LiveAnnouncer triage={triage} />
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
      {triage.serviceFallback.value && (
        <p class="notice" role="status" data-service-notice="">
          {t.serviceFallback}
        </p>
      )}
      {open.value && (
        <div class="panel-body">
          {triage.storeError.value && (
            <p class="notice error" role="alert">
              {triage.storeError.value}
            </p>
          )}
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
      )}
    </section>
  );
}
