import { FindingList, PhotoFactList } from '@/components/PhotoFacts';
import type { Finding } from '@/utils/photo/types';
import type { PhotoRecord } from '@/utils/store/types';
import { verdictOf } from '@/utils/triage/rules';
import { Dialog } from './Dialog';

const SOURCE: Record<PhotoRecord['origins'][number]['source'], string> = {
  gmail: 'Gmail',
  outlook: 'Outlook',
  dropped: 'Check photos',
};

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
  return (
    <Dialog title={name} onClose={onClose} wide testId="photo-details">
      <div class="photo-dialog">
        {url && <img class="photo-dialog-img" src={url} alt={`Preview of ${name}`} />}
        <PhotoFactList report={photo.report} verdict={verdictOf(findings, photo.report.error)} />
      </div>
      <FindingList findings={findings} done />
      <h3 class="section-title">Received</h3>
      <ul class="origins">
        {photo.origins.map((o) => (
          <li key={`${o.source}${o.messageId ?? ''}${o.fileName}${o.receivedAt}`}>
            {o.receivedAt.slice(0, 16).replace('T', ' ')} · {SOURCE[o.source]} · {o.fileName}
            {o.sender ? ` · from ${o.sender}` : ''}
          </li>
        ))}
      </ul>
      <p class="muted mono">SHA-256 {photo.sha256}</p>
    </Dialog>
  );
}
