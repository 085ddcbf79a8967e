// The badge beside one attachment in the mail client: what is known so far, and on click the details.
// A button named for the file and its verdict; its details open with Enter or Space, close with Escape
// or Close, and give focus back to the badge.
import { useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { FindingList, PhotoFactList } from '@/components/PhotoFacts';
import type { PhotoReport } from '@/utils/photo/types';
import type { BadgeView } from './badge-model';
import { mailText } from './text';

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
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const t = mailText().badge;
  // Into the details as soon as they are in the DOM, so a screen reader reads them and Tab walks them next.
  useLayoutEffect(() => {
    if (open.value) dialog.current?.focus();
  }, [open.value]);
  const close = () => {
    open.value = false;
    button.current?.focus();
  };
  return (
    <span class="pt badge-wrap">
      <button
        ref={button}
        type="button"
        class={`badge tone-${view.tone}`}
        title={view.title}
        aria-expanded={open.value}
        aria-haspopup="dialog"
        aria-label={t.name(name, view.spoken)}
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
        <button type="button" class="retry" aria-label={t.retryLabel(name)} onClick={onRetry}>
          {t.retry}
        </button>
      )}
      {open.value && (
        <div
          ref={dialog}
          class="popover"
          role="dialog"
          aria-label={t.details(name)}
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            e.stopPropagation();
            close();
          }}
        >
          <div class="popover-head">
            <h3>{name}</h3>
            <button type="button" class="btn close" aria-label={t.closeLabel(name)} onClick={close}>
              {t.close}
            </button>
          </div>
          {report && view.verdict !== 'none' ? (
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
