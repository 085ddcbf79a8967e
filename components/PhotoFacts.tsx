// Everything measured about one photo, and each finding explained with what to ask for. Shared by the
// Check photos details dialog and the badge popover in the mail clients.
import { describeFinding, describePixelSkip, VERDICT_LABEL } from '@/components/finding-text';
import { formatBytes, formatDimensions, formatTakenAt } from '@/utils/format';
import type { Finding, PhotoReport, Verdict } from '@/utils/photo/types';

function Row({ label, value }: { label: string; value: string | number | undefined }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === undefined || value === '' ? '—' : value}</dd>
    </>
  );
}

export function PhotoFactList({
  report: r,
  verdict,
  sizeHint,
  extra,
}: {
  report?: PhotoReport;
  verdict: Verdict | 'pending';
  sizeHint?: number;
  /** Client-specific rows, e.g. how the bytes were obtained. */
  extra?: { label: string; value: string }[];
}) {
  const m = r?.pixels?.ok ? r.pixels.metrics : undefined;
  return (
    <dl class="facts">
      <Row label="Verdict" value={VERDICT_LABEL[verdict]} />
      <Row label="Format" value={r?.format.toUpperCase()} />
      <Row label="Dimensions" value={r ? formatDimensions(r.width, r.height) : undefined} />
      <Row label="File size" value={formatBytes(r?.bytes ?? sizeHint)} />
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
      {extra?.map((e) => (
        <Row key={e.label} label={e.label} value={e.value} />
      ))}
    </dl>
  );
}

export function FindingList({ findings, done }: { findings: Finding[]; done: boolean }) {
  if (findings.length === 0) {
    return done ? <p class="all-good">Nothing to ask for: this photo is fine to inspect.</p> : null;
  }
  return (
    <ol class="finding-list">
      {findings.map((f) => {
        const text = describeFinding(f);
        return (
          <li key={f.code} class={`sev-${f.severity}`}>
            <strong>{text.short}</strong> — {text.detail}
            <div class="ask">Ask for: {text.ask}</div>
          </li>
        );
      })}
    </ol>
  );
}
