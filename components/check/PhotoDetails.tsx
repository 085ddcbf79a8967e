import { useEffect, useRef } from 'preact/hooks';
import { describeFinding, describePixelSkip, VERDICT_LABEL } from '@/components/finding-text';
import { formatBytes, formatDimensions, formatTakenAt } from '@/utils/format';
import type { CheckView } from './state';

interface Props {
  view: CheckView;
  onClose: () => void;
}

function Row({ label, value }: { label: string; value: string | number | undefined }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === undefined || value === '' ? '—' : value}</dd>
    </>
  );
}

/** Everything measured about one photo, and each finding explained with what to ask for. */
export function PhotoDetails({ view, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const r = view.report;
  const m = r?.pixels?.ok ? r.pixels.metrics : undefined;
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
        <button type="button" class="icon-button" onClick={() => dialog.current?.close()} aria-label="Close">
          ✕
        </button>
      </header>
      <div class="details-grid">
        {view.thumbnail && <img class="details-thumb" src={view.thumbnail} alt={`Preview of ${view.name}`} />}
        <dl class="facts">
          <Row label="Verdict" value={VERDICT_LABEL[view.verdict]} />
          <Row label="Format" value={r?.format.toUpperCase()} />
          <Row label="Dimensions" value={r ? formatDimensions(r.width, r.height) : undefined} />
          <Row label="File size" value={formatBytes(r?.bytes ?? view.sizeHint)} />
          <Row label="JPEG quality" value={r?.jpeg?.quality} />
          <Row label="Progressive" value={r?.jpeg ? (r.jpeg.progressive ? 'yes' : 'no') : undefined} />
          <Row label="Taken" value={formatTakenAt(r?.exif?.takenAt, r?.exif?.takenAtOffset)} />
          <Row label="Camera" value={[r?.exif?.make, r?.exif?.model].filter(Boolean).join(' ')} />
          <Row label="Software" value={r?.exif?.software} />
          <Row label="GPS" value={r?.exif ? (r.exif.hasGps ? 'yes' : 'no') : undefined} />
          <Row label="Sharpness" value={m?.sharpness} />
          <Row label="Brightness" value={m ? `${m.meanLuminance} / 255` : undefined} />
          <Row
            label="Clipped"
            value={
              m
                ? `${Math.round(m.clippedDark * 100)}% dark · ${Math.round(m.clippedBright * 100)}% bright`
                : undefined
            }
          />
          <Row label="Header read" value={r ? formatBytes(r.bytesRead) : undefined} />
          {r?.pixels && !r.pixels.ok && <Row label="Pixels" value={describePixelSkip(r.pixels.reason)} />}
          {r?.error && <Row label="Problem" value={r.error.message} />}
        </dl>
      </div>
      {view.findings.length > 0 ? (
        <ol class="finding-list">
          {view.findings.map((f) => {
            const text = describeFinding(f);
            return (
              <li key={f.code} class={`sev-${f.severity}`}>
                <strong>{text.short}</strong> — {text.detail}
                <div class="ask">Ask for: {text.ask}</div>
              </li>
            );
          })}
        </ol>
      ) : (
        r && <p class="all-good">Nothing to ask for: this photo is fine to inspect.</p>
      )}
    </dialog>
  );
}
