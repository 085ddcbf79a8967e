import { useEffect, useRef } from 'preact/hooks';
import { FindingList, PhotoFactList } from '@/components/PhotoFacts';
import type { CheckView } from './state';
import { text } from './text';

interface Props {
  view: CheckView;
  onClose: () => void;
}

/** The details dialog of one checked photo. */
export function PhotoDetails({ view, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // Escape and ✕ close it (native modal dialog: focus stays inside); focus returns to the card.
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    return () => opener?.focus?.();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="details"
      onClose={onClose}
      aria-labelledby="details-title"
      data-testid="details"
    >
      <header class="details-head">
        <h2 id="details-title">{view.name}</h2>
        <button
          type="button"
          class="icon-button"
          onClick={() => dialog.current?.close()}
          aria-label={text().close}
        >
          ✕
        </button>
      </header>
      <div class="details-grid">
        {view.thumbnail && <img class="details-thumb" src={view.thumbnail} alt={text().preview(view.name)} />}
        <PhotoFactList report={view.report} verdict={view.verdict} sizeHint={view.sizeHint} />
      </div>
      <FindingList findings={view.findings} done={Boolean(view.report)} />
    </dialog>
  );
}
