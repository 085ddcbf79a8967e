import { FindingList, PhotoFactList } from '@/components/PhotoFacts';
import type { Finding } from '@/utils/photo/types';
import type { PhotoRecord } from '@/utils/store/types';
import { verdictOf } from '@/utils/triage/rules';
import { Dialog } from './Dialog';
import { text } from './text';

/** Everything known about one received photo: measurements, findings, and where it came from. */
export function PhotoDialog({
  photo,
  findings,
  url,
  onClose,
}: {
  photo: PhotoRecord;
  findings: Finding[];
  url?: string;
  onClose: () => void;
}) {
  const name = photo.origins.at(-1)?.fileName ?? photo.sha256;
  const t = text().photo;
  return (
    <Dialog title={name} onClose={onClose} wide testId="photo-details">
      <div class="photo-dialog">
        {url && <img class="photo-dialog-img" src={url} alt={t.preview(name)} />}
        <PhotoFactList report={photo.report} verdict={verdictOf(findings, photo.report.error)} />
      </div>
      <FindingList findings={findings} done />
      <h3 class="section-title">{t.received}</h3>
      <ul class="origins">
        {photo.origins.map((o) => (
          <li key={`${o.source}${o.messageId ?? ''}${o.fileName}${o.receivedAt}`}>
            {o.receivedAt.slice(0, 16).replace('T', ' ')} · {t.sources[o.source]} · {o.fileName}
            {o.sender ? t.from(o.sender) : ''}
          </li>
        ))}
      </ul>
      <p class="muted mono">SHA-256 {photo.sha256}</p>
    </Dialog>
  );
}
