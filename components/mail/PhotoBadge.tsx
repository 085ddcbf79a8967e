// The badge beside one attachment in the mail client: what is known so far, and on click the details.
import { useSignal } from '@preact/signals';
import { FindingList, PhotoFactList } from '@/components/PhotoFacts';
import type { PhotoReport } from '@/utils/photo/types';
import type { BadgeView } from './badge-model';

export interface PhotoBadgeProps {
  name: string;
  view: BadgeView;
  report?: PhotoReport;
  displayedSize?: number;
  /** How the bytes were obtained, said in the details ("downloaded by Photo Triage"). */
  how: string;
  onRetry?: () => void;
}

export function PhotoBadge({ name, view, report, displayedSize, how, onRetry }: PhotoBadgeProps) {
  const open = useSignal(false);
  return (
    <span class="pt badge-wrap">
      <button
        type="button"
        class={`badge tone-${view.tone}`}
        title={view.title}
        aria-expanded={open.value}
        aria-label={`Photo Triage: ${name}: ${view.text}. ${view.title}`}
        data-photo-name={name}
        data-width={report?.width ?? ''}
        data-height={report?.height ?? ''}
        data-bytes={report?.bytes ?? displayedSize ?? ''}
        data-format={report?.format ?? ''}
        data-verdict={view.verdict}
        data-findings={view.findings.map((f) => f.code).join(' ')}
        data-sharpness={report?.pixels?.ok ? report.pixels.metrics.sharpness : ''}
        onClick={() => {
          open.value = !open.value;
        }}
      >
        {view.text}
      </button>
      {onRetry && (
        <button type="button" class="retry" onClick={onRetry}>
          retry
        </button>
      )}
      {open.value && (
        <div class="popover" role="dialog" aria-label={`Details for ${name}`}>
          <h3>{name}</h3>
          {report ? (
            <>
              <PhotoFactList report={report} verdict={view.verdict} sizeHint={displayedSize} />
              <FindingList findings={view.findings} done={view.verdict !== 'pending'} />
            </>
          ) : (
            <p class="note">{view.title}</p>
          )}
          <p class="how">{how}</p>
        </div>
      )}
    </span>
  );
}
