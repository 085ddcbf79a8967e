// Everything measured about one photo, and each finding explained with what to ask for. Shared by the
// Check photos details dialog and the badge popover in the mail clients.
import { factsText } from '@/components/facts-text';
import { describeError, describeFinding, describePixelSkip, verdictLabel } from '@/components/finding-text';
import { describeZipRefusal } from '@/components/zip-refusal-text';
import { formatBytes, formatDimensions, formatTakenAt } from '@/utils/format';
import type { Finding, PhotoError, PhotoReport, Verdict } from '@/utils/photo/types';

function Row({ label, value }: { label: string; value: string | number | undefined }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === undefined || value === '' ? '—' : value}</dd>
    </>
  );
}

/** The error in the interface's words; a refused zip or failed read keeps the analysis' own reason. */
function problemText(error: PhotoError): string {
  const words = describeError(error.code);
  if (error.zip) return `${words} ${describeZipRefusal(error.zip)}`;
  return error.code === 'zip-refused' || error.code === 'read-failed' ? `${words} (${error.message})` : words;
}

/** The capture time as written; when it came from XMP or IPTC (EXIF had none), that is said after it. */
function takenText(r: PhotoReport | undefined): string | undefined {
  const taken = r?.exif?.takenAt;
  if (!taken) return undefined;
  const text = formatTakenAt(taken, r.exif?.takenAtOffset);
  const source = r.exif?.takenAtSource;
  return source ? `${text} · ${factsText().facts.takenFrom[source]}` : text;
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
  const t = factsText().facts;
  const yesNo = (v: boolean) => (v ? t.yes : t.no);
  return (
    <dl class="facts">
      <Row label={t.verdict} value={verdictLabel(verdict)} />
      <Row label={t.format} value={r?.format.toUpperCase()} />
      <Row label={t.dimensions} value={r ? formatDimensions(r.width, r.height) : undefined} />
      <Row label={t.fileSize} value={formatBytes(r?.bytes ?? sizeHint)} />
      <Row label={t.jpegQuality} value={r?.jpeg?.quality} />
      <Row label={t.progressive} value={r?.jpeg ? yesNo(r.jpeg.progressive) : undefined} />
      <Row label={t.taken} value={takenText(r)} />
      <Row label={t.camera} value={[r?.exif?.make, r?.exif?.model].filter(Boolean).join(' ')} />
      <Row label={t.software} value={r?.exif?.software} />
      <Row label={t.gps} value={r?.exif ? (r.exif.hasGps ? t.present : t.absent) : undefined} />
      <Row label={t.sharpness} value={m?.sharpness} />
      <Row label={t.brightness} value={m ? `${m.meanLuminance} / 255` : undefined} />
      <Row
        label={t.clipped}
        value={
          m ? t.clippedValue(Math.round(m.clippedDark * 100), Math.round(m.clippedBright * 100)) : undefined
        }
      />
      <Row label={t.headerRead} value={r ? formatBytes(r.bytesRead) : undefined} />
      {r?.pixels && !r.pixels.ok && <Row label={t.pixels} value={describePixelSkip(r.pixels.reason)} />}
      {r?.error && <Row label={t.problem} value={problemText(r.error)} />}
      {!r?.error && r?.damaged && <Row label={t.problem} value={t.damaged} />}
      {extra?.map((e) => (
        <Row key={e.label} label={e.label} value={e.value} />
      ))}
    </dl>
  );
}

export function FindingList({ findings, done }: { findings: Finding[]; done: boolean }) {
  if (findings.length === 0) {
    return done ? <p class="all-good">{factsText().allGood}</p> : null;
  }
  const askFor = factsText().askFor;
  return (
    <ol class="finding-list">
      {findings.map((f) => {
        const text = describeFinding(f);
        return (
          <li key={f.code} class={`sev-${f.severity}`}>
            <strong>{text.short}</strong> — {text.detail}
            <div class="ask">{askFor(text.ask)}</div>
          </li>
        );
      })}
    </ol>
  );
}
