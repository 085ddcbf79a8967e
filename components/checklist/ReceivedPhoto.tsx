import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { describeFinding, VERDICT_LABEL, VERDICT_MARK } from '@/components/finding-text';
import { clock } from '@/components/options/team-status';
import { formatDimensions } from '@/utils/format';
import { uiLanguage } from '@/utils/i18n';
import type { Finding } from '@/utils/photo/types';
import type { PhotoRecord } from '@/utils/store/types';
import { decisionLine } from '@/utils/sync/explain';
import { verdictOf } from '@/utils/triage/rules';
import { RejectForm } from './RejectForm';
import { text } from './text';

export interface PhotoActions {
  onAccept?: (photo: PhotoRecord) => void;
  onReject?: (photo: PhotoRecord, reason: string) => void;
  /** Back to "to review". */
  onUndo?: (photo: PhotoRecord) => void;
  onOpen?: (photo: PhotoRecord) => void;
}

/**
 * Draws the pictures where the host has no URL to give: the mail panel draws Blobs into canvases of its
 * closed shadow root (components/mail/BlobPicture), since an object URL there would be the mail page's.
 */
export interface Draw {
  photo: (photo: PhotoRecord) => ComponentChildren;
  reference: (id: string, alt: string) => ComponentChildren;
}

/** The name the photo was last received under. */
export const photoName = (p: PhotoRecord) => p.origins.at(-1)?.fileName ?? p.sha256.slice(0, 12);

export function FindingChips({ findings }: { findings: Finding[] }) {
  const shown = findings.filter((f) => f.severity !== 'info');
  if (!shown.length) return null;
  return (
    <ul class="cl-chips">
      {shown.map((f) => {
        const text = describeFinding(f);
        return (
          <li key={f.code} class={`cl-chip cl-sev-${f.severity}`} title={text.detail}>
            {text.short}
          </li>
        );
      })}
    </ul>
  );
}

export function PhotoThumb({
  photo,
  url,
  draw,
  onOpen,
}: {
  photo: PhotoRecord;
  url?: string;
  draw?: Draw;
  onOpen?: (p: PhotoRecord) => void;
}) {
  const name = photoName(photo);
  const img = draw ? (
    draw.photo(photo)
  ) : url ? (
    <img src={url} alt="" />
  ) : (
    <span class="cl-thumb-empty">{photo.report.format.toUpperCase()}</span>
  );
  return onOpen ? (
    <button type="button" class="cl-thumb" onClick={() => onOpen(photo)} aria-label={text().detailsFor(name)}>
      {img}
    </button>
  ) : (
    <span class="cl-thumb">{img}</span>
  );
}

interface Props extends PhotoActions {
  photo: PhotoRecord;
  /** The checklist's findings for this photo (report, reuse, the shot's own minimum). */
  findings: Finding[];
  url?: string;
  draw?: Draw;
}

/** One received photo of a shot: thumbnail, verdict, what is wrong, and the buyer's decision. */
export function ReceivedPhoto({ photo, findings, url, draw, onAccept, onReject, onUndo, onOpen }: Props) {
  const [rejecting, setRejecting] = useState(false);
  const name = photoName(photo);
  const verdict = verdictOf(findings, photo.report.error);
  const state = photo.status.state;
  const t = text();
  return (
    <figure class={`cl-photo cl-photo-${state}`} data-sha256={photo.sha256} data-state={state}>
      <PhotoThumb photo={photo} url={url} draw={draw} onOpen={onOpen} />
      <figcaption>
        <span class="cl-photo-name" title={name}>
          {name}
        </span>
        <span class="cl-photo-facts">
          <span class={`cl-verdict cl-verdict-${verdict}`}>
            {VERDICT_MARK[verdict]} {VERDICT_LABEL[verdict]}
          </span>{' '}
          · {formatDimensions(photo.report.width, photo.report.height)}
        </span>
        <FindingChips findings={findings} />
        {state === 'accepted' && <span class="cl-decision cl-accepted">{t.accepted}</span>}
        {photo.status.state === 'rejected' && (
          <span class="cl-decision cl-rejected" title={photo.status.reason}>
            {t.rejectedBecause(photo.status.reason)}
          </span>
        )}
        <TeamLine status={photo.status} />
        {rejecting && onReject ? (
          <RejectForm
            subject={name}
            onReject={(reason) => {
              setRejecting(false);
              onReject(photo, reason);
            }}
            onCancel={() => setRejecting(false)}
          />
        ) : (
          <span class="cl-actions">
            {state !== 'accepted' && onAccept && (
              <button
                type="button"
                class="cl-btn cl-btn-ok"
                onClick={() => onAccept(photo)}
                aria-label={t.acceptPhoto(name)}
              >
                {t.accept}
              </button>
            )}
            {state !== 'rejected' && onReject && (
              <button
                type="button"
                class="cl-btn"
                onClick={() => setRejecting(true)}
                aria-label={t.rejectPhoto(name)}
              >
                {t.reject}
              </button>
            )}
            {state !== 'pending' && onUndo && (
              <button
                type="button"
                class="cl-btn cl-btn-quiet"
                onClick={() => onUndo(photo)}
                aria-label={t.undoPhoto(name)}
              >
                {t.undo}
              </button>
            )}
          </span>
        )}
      </figcaption>
    </figure>
  );
}

/** Team sync: who decided, and what it replaced ("Rejected by Li Wei, 10:42, after Tom accepted it at 10:40"). */
function TeamLine({ status }: { status: PhotoRecord['status'] }) {
  const line = decisionLine(status, uiLanguage.value, clock);
  return line ? (
    <span class="cl-team-line" data-testid="photo-team-line">
      {line}
    </span>
  ) : null;
}
