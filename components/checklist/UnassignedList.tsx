import { localText } from '@/components/shared-text';
import type { Finding } from '@/utils/photo/types';
import type { PhotoRecord, Shot } from '@/utils/store/types';
import { suggestShots } from '@/utils/triage/suggest';
import { FindingChips, PhotoThumb, photoName } from './ReceivedPhoto';
import { ShotSelect } from './ShotSelect';
import { text } from './text';

interface Props {
  photos: PhotoRecord[];
  shots: Shot[];
  findingsOf: (photo: PhotoRecord) => Finding[];
  photoUrl: (photo: PhotoRecord) => string | undefined;
  onAssign: (photo: PhotoRecord, shotId: string) => void;
  onOpen?: (photo: PhotoRecord) => void;
}

/** Photos of the stage that show no shot yet, each with the shots its file name suggests. */
export function UnassignedList({ photos, shots, findingsOf, photoUrl, onAssign, onOpen }: Props) {
  if (!photos.length) return null;
  const t = text();
  return (
    <section class="cl-unassigned" aria-label={t.unassignedRegion}>
      <h3>
        {t.unassignedTitle} <span class="cl-count">{photos.length}</span>
      </h3>
      <ul>
        {photos.map((p) => {
          const name = photoName(p);
          const suggested = suggestShots(name, shots).map((s) => s.shotId);
          const top = shots.find((s) => s.id === suggested[0]);
          return (
            <li key={p.sha256} class="cl-unassigned-item" data-sha256={p.sha256}>
              <PhotoThumb photo={p} url={photoUrl(p)} onOpen={onOpen} />
              <div class="cl-unassigned-body">
                <span class="cl-photo-name" title={name}>
                  {name}
                </span>
                <FindingChips findings={findingsOf(p)} />
                {top && <span class="cl-suggestion">{t.looksLike(localText(top.label))}</span>}
                <ShotSelect
                  shots={shots}
                  suggested={suggested}
                  value=""
                  label={t.shotFor(name)}
                  placeholder={t.assignToShot}
                  onChange={(shotId) => shotId && onAssign(p, shotId)}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
