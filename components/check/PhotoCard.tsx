import { memo } from 'preact/compat';
import { describeFinding, VERDICT_LABEL, VERDICT_MARK } from '@/components/finding-text';
import { formatBytes, formatDimensions } from '@/utils/format';
import { CardAssign, type CardAssignModel } from './CardAssign';
import type { CheckView } from './state';
import { text } from './text';

interface Props {
  view: CheckView;
  onOpen: (id: string) => void;
  /** With an order and stage picked: the card's shot controls. */
  assign?: CardAssignModel;
}

/** Cards re-render only when their own photo changed, not whenever another photo in the batch did. */
const findingKey = (v: CheckView) => v.findings.map((f) => `${f.code}:${f.severity}`).join(' ');
export const PhotoCard = memo(
  PhotoCardView,
  (a, b) =>
    a.view.report === b.view.report &&
    a.view.thumbnail === b.view.thumbnail &&
    a.view.verdict === b.view.verdict &&
    a.onOpen === b.onOpen &&
    a.assign?.key === b.assign?.key &&
    findingKey(a.view) === findingKey(b.view),
);

/** One photo: thumbnail, numbers, verdict, and the findings in a few words. */
function PhotoCardView({ view, onOpen, assign }: Props) {
  const r = view.report;
  const metrics = r?.pixels?.ok ? r.pixels.metrics : undefined;
  const bytes = r?.bytes ?? view.sizeHint;
  const shown = view.findings.filter((f) => f.severity !== 'info');
  return (
    <li
      class={`card verdict-${view.verdict}`}
      data-photo-name={view.name}
      data-width={r?.width ?? ''}
      data-height={r?.height ?? ''}
      data-bytes={bytes ?? ''}
      data-format={r?.format ?? ''}
      data-verdict={view.verdict}
      data-findings={view.findings.map((f) => f.code).join(' ')}
      data-sharpness={metrics?.sharpness ?? ''}
      data-luminance={metrics?.meanLuminance ?? ''}
      data-shot-id={assign?.shotId || undefined}
      data-photo-state={assign?.status?.state}
    >
      {/* Named by what it shows (verdict, file name, numbers), so speech input can say what it sees. */}
      <button type="button" class="card-button" onClick={() => onOpen(view.id)}>
        <div class="thumb">
          {view.thumbnail ? (
            <img src={view.thumbnail} alt="" loading="lazy" />
          ) : (
            <span class="thumb-placeholder">
              {view.verdict === 'pending' ? '…' : (r?.format ?? '?').toUpperCase()}
            </span>
          )}
          <span class={`verdict-pill verdict-${view.verdict}`}>
            {VERDICT_MARK[view.verdict]} {VERDICT_LABEL[view.verdict]}
          </span>
        </div>
        <div class="card-body">
          <div class="card-name" title={view.name}>
            {view.name}
          </div>
          <div class="card-numbers">
            {r ? formatDimensions(r.width, r.height) : '…'} · {formatBytes(bytes)}
            {r?.jpeg?.quality !== undefined && <> · Q{r.jpeg.quality}</>}
          </div>
          {shown.length > 0 ? (
            <ul class="chips">
              {shown.map((f) => (
                <li key={f.code} class={`chip sev-${f.severity}`}>
                  {describeFinding(f).short}
                </li>
              ))}
            </ul>
          ) : (
            r && <div class="card-ok">{view.verdict === 'ok' ? text().fine : ''}</div>
          )}
        </div>
      </button>
      {assign && <CardAssign model={assign} />}
    </li>
  );
}
