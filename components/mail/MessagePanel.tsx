// The panel under a supplier's message: the order and stage, the stage's shot list with each shot
// received / poor / missing, the message's photos beside the reference photos, and the controls to file
// them. Collapsible; rendered in a shadow root so Gmail's styles and shortcuts stay out.
import { useComputed, useSignal } from '@preact/signals';
import { describeFinding } from '@/components/finding-text';
import { agoText, daysLeftText } from '@/components/orders/dates';
import type { ShotResult, ShotStatus } from '@/utils/triage/checklist';
import { suggestShots } from '@/utils/triage/suggest';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { badgeView } from './badge-model';
import type { MessagePhoto, MessageTriage } from './message-triage';

const STATUS_TEXT: Record<ShotStatus, string> = {
  missing: 'missing',
  pending: 'received',
  poor: 'poor',
  accepted: 'accepted',
  rejected: 'rejected',
};

function ShotLine({
  result,
  references,
  urlOf,
}: {
  result: ShotResult;
  references: Record<string, Blob>;
  urlOf: (blob: Blob) => string | undefined;
}) {
  const { shot, status } = result;
  const why = result.findings.filter((f) => f.severity === 'fail').map((f) => describeFinding(f).short);
  return (
    <li class="shot" data-shot-id={shot.id} data-shot-status={status}>
      <span class={`pill st-${status}`} title={STATUS_TEXT[status]} aria-hidden="true">
        {status === 'accepted' ? '✓' : status === 'missing' ? '○' : status === 'pending' ? '•' : '!'}
      </span>
      <div class="shot-name">
        {shot.label.en}
        {!shot.required && ' (optional)'}
        <small lang="zh-CN">{shot.label.zh}</small>
        <span class={`pill st-${status}`}>{STATUS_TEXT[status]}</span>
        {why.length > 0 && <small>{why.join(', ')}</small>}
      </div>
      <div class="thumbs">
        {result.photos.map((p) => (
          <div class="thumb" key={p.sha256} title={p.origins.at(-1)?.fileName}>
            {p.thumbnail ? (
              <img src={urlOf(p.thumbnail)} alt={p.origins.at(-1)?.fileName ?? ''} />
            ) : (
              <img alt="" />
            )}
            <div class="cap">{p.origins.at(-1)?.fileName}</div>
          </div>
        ))}
        {shot.referencePhotoIds.map((id) =>
          references[id] ? (
            <div class="thumb ref" key={id} title="Approved reference photo">
              <img src={urlOf(references[id])} alt="Approved reference" />
              <div class="cap">reference</div>
            </div>
          ) : null,
        )}
      </div>
    </li>
  );
}

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
  return (
    <li class="photo" data-panel-photo={photo.name}>
      {photo.thumbnail ? (
        <img class="thumb" src={triage.blobUrls.url(photo.thumbnail)} alt="" width={72} />
      ) : (
        <span class="thumb placeholder">{photo.report?.format.toUpperCase() ?? '…'}</span>
      )}
      <div>
        <div class="photo-name" title={photo.name}>
          {photo.name}
        </div>
        <span class={`badge tone-${badge.tone}`}>{badge.text}</span>
        {record && ctx?.order && (
          <>
            <div class="actions">
              <select
                aria-label={`Shot for ${photo.name}`}
                value={record.shotId ?? ''}
                onChange={(e) => void triage.assign(record.sha256, e.currentTarget.value || undefined)}
              >
                <option value="">Not assigned{suggestions.length ? ' (suggested first)' : ''}</option>
                {ordered.map((s, i) => (
                  <option key={s.id} value={s.id}>
                    {i < suggestions.length ? '★ ' : ''}
                    {s.label.en} · {s.label.zh}
                  </option>
                ))}
              </select>
            </div>
            <div class="actions">
              <button
                type="button"
                class="btn"
                aria-pressed={record.status.state === 'accepted'}
                onClick={() =>
                  void triage.setStatus(
                    record.sha256,
                    record.status.state === 'accepted' ? 'pending' : 'accepted',
                  )
                }
              >
                Accept
              </button>
              <button
                type="button"
                class="btn"
                aria-pressed={record.status.state === 'rejected'}
                onClick={() => {
                  if (record.status.state === 'rejected')
                    return void triage.setStatus(record.sha256, 'pending');
                  const reason = badge.findings
                    .filter((f) => f.severity === 'fail')
                    .map((f) => describeFinding(f).short)
                    .join(', ');
                  void triage.setStatus(record.sha256, 'rejected', reason || 'rejected by the buyer');
                }}
              >
                Reject
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
  return (
    <div class="reply" data-reply="">
      {last && (
        <div class="asked" data-last-request={last.id}>
          <div class="row">
            <strong>Asked {agoText(last.askedAt)}</strong>
            <span class="note">
              by {last.channel === 'wechat' ? 'WeChat' : last.channel === 'gmail' ? 'Gmail' : 'Outlook'}
            </span>
            <button type="button" class="btn" onClick={() => void triage.markAnswered(last.id)}>
              Mark answered
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
                    <span class="note"> · now {status ? STATUS_TEXT[status] : 'not in the list'}</span>
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
            Draft re-request
          </button>
          <button
            type="button"
            class="btn"
            onClick={() => void triage.copyForWeChat()}
            data-action="copy-wechat"
          >
            Copy for WeChat
          </button>
          <span class="note">
            {draft.items.length} item{draft.items.length === 1 ? '' : 's'} to ask for, in English and Chinese
          </span>
        </div>
      ) : (
        <p class="note">Nothing to ask for: every required shot is received and fine to inspect.</p>
      )}
      {triage.replyNote.value && (
        <p class="note" role="status">
          {triage.replyNote.value}
        </p>
      )}
    </div>
  );
}

export function MessagePanel({ triage }: { triage: MessageTriage }) {
  const open = useSignal(true);
  const state = triage.context.value;
  const summary = useComputed(() => {
    const view = triage.stageView.value;
    const photos = triage.photos.value;
    const done = photos.filter((p) => p.report).length;
    const checking = triage.pending.value.size > 0 ? ` · checking ${done} of ${photos.length || '…'}` : '';
    if (!view) return `${photos.length} photo${photos.length === 1 ? '' : 's'}${checking}`;
    const c = view.checklist.counts;
    return `${c.accepted + c.pending} of ${c.total} shots received · ${c.poor + c.rejected} poor · ${c.missing} missing${checking}`;
  });

  if (triage.dismissed.value) return null;
  if (state.status === 'loading') return null;
  if (state.status === 'error') {
    return (
      <section class="pt panel" aria-label="Photo Triage">
        <p class="notice error" role="alert">
          Photo Triage could not read its data: {state.message}
        </p>
      </section>
    );
  }
  const ctx = state.context;
  if (ctx.ignored) return null;

  if (!ctx.supplier) {
    const who = triage.message.sender.name || triage.message.sender.email || 'this sender';
    return (
      <section class="pt panel" aria-label="Photo Triage" data-panel="offer">
        <div class="panel-body">
          <div class="row">
            <span class="panel-title">Photo Triage</span>
            <span>Check photos from {who}?</span>
            <button type="button" class="btn primary" onClick={() => void triage.acceptSender()}>
              Yes, add as supplier
            </button>
            <button type="button" class="btn" onClick={() => (triage.dismissed.value = true)}>
              Not now
            </button>
            <button type="button" class="btn" onClick={() => void triage.ignoreSender()}>
              Never for this sender
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
  return (
    <section class="pt panel" aria-label="Photo Triage" data-panel="triage">
      <button
        type="button"
        class="panel-head"
        aria-expanded={open.value}
        onClick={() => (open.value = !open.value)}
      >
        <span class="panel-title">Photo Triage</span>
        <span class="panel-summary">
          {ctx.supplier.company}
          {ctx.order ? ` · ${ctx.order.poNumbers.join(', ')}` : ''}
          {ctx.stage ? ` · ${ctx.stage.name.en}` : ''} · {summary.value}
        </span>
        <span aria-hidden="true">{open.value ? '▾' : '▸'}</span>
      </button>
      {open.value && (
        <div class="panel-body">
          {triage.storeError.value && (
            <p class="notice error" role="alert">
              {triage.storeError.value}
            </p>
          )}
          <div class="row">
            <label class="label" for="pt-order">
              Order
            </label>
            <select
              id="pt-order"
              value={ctx.order?.id ?? ''}
              onChange={(e) => e.currentTarget.value && void triage.chooseOrder(e.currentTarget.value)}
            >
              {!ctx.order && <option value="">Pick the order for this message…</option>}
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
            {ctx.order && (
              <span class="note">
                {ctx.orderReason === 'po'
                  ? 'PO number in the message'
                  : ctx.orderReason === 'remembered'
                    ? 'remembered for this thread'
                    : ctx.orderReason === 'only-open-order'
                      ? 'the supplier’s only open order'
                      : ''}
              </span>
            )}
          </div>
          {view && (
            <>
              {view.checklist.gate.hasGate && (
                <div class="row" data-gate={view.checklist.gate.canProceed ? 'clear' : 'blocked'}>
                  <span
                    class={`pill ${view.checklist.gate.canProceed ? 'st-accepted' : view.checklist.gate.overdue ? 'st-missing' : 'st-poor'}`}
                  >
                    {view.checklist.gate.canProceed
                      ? 'Gate clear'
                      : `${view.checklist.gate.blockers.length} shot${view.checklist.gate.blockers.length === 1 ? '' : 's'} block the gate`}
                  </span>
                  {ctx.stage?.gate && <span>Before {ctx.stage.gate.label.en}</span>}
                  {view.checklist.gate.daysToDue !== undefined && (
                    <span class="note">{daysLeftText(view.checklist.gate.daysToDue)}</span>
                  )}
                </div>
              )}
              <ul class="shots" aria-label="Shot list">
                {view.checklist.shots.map((r) => (
                  <ShotLine
                    key={r.shot.id}
                    result={r}
                    references={view.references}
                    urlOf={triage.blobUrls.url}
                  />
                ))}
              </ul>
            </>
          )}
          {!ctx.order && (
            <p class="note">Pick the order to see its shot list. The photos are checked either way.</p>
          )}
          <ul class="photos" aria-label="Photos in this message">
            {triage.photos.value.map((p) => (
              <PhotoLine key={p.key} triage={triage} photo={p} />
            ))}
          </ul>
          {triage.message.driveLinks.length > 0 && (
            <p class="note">
              {triage.message.driveLinks.length} Drive link{triage.message.driveLinks.length === 1 ? '' : 's'}{' '}
              not measurable: ask for the photos as attachments.
            </p>
          )}
          <ReplySection triage={triage} />
        </div>
      )}
    </section>
  );
}
