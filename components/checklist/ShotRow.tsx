import { useState } from 'preact/hooks';
import type { Finding } from '@/utils/photo/types';
import type { PhotoRecord, Shot } from '@/utils/store/types';
import type { ShotResult } from '@/utils/triage/checklist';
import { SHOT_STATUS_LABEL, SHOT_STATUS_MARK } from './checklist-text';
import { type PhotoActions, ReceivedPhoto } from './ReceivedPhoto';
import { imageFiles, ReferenceAdd, ReferenceStrip } from './ReferenceStrip';

export interface ShotRowProps extends PhotoActions {
  result: ShotResult;
  index: number;
  findingsOf: (photo: PhotoRecord) => Finding[];
  photoUrl: (photo: PhotoRecord) => string | undefined;
  referenceUrl?: (id: string) => string | undefined;
  onAddReferences?: (shot: Shot, files: File[]) => void;
  onRemoveReference?: (shot: Shot, id: string) => void;
  onEditShot?: (shot: Shot) => void;
  /** Narrow layouts (the mail panel): instructions folded away. */
  compact?: boolean;
}

export function StatusPill({ status }: { status: ShotResult['status'] }) {
  return (
    <span class={`cl-pill cl-pill-${status}`}>
      {SHOT_STATUS_MARK[status]} {SHOT_STATUS_LABEL[status]}
    </span>
  );
}

/** One shot of the list: what to show, its status, the photos received and the buyer's references. */
export function ShotRow(props: ShotRowProps) {
  const { result, index, findingsOf, photoUrl, referenceUrl, onEditShot, onAddReferences, compact } = props;
  const { shot, status, photos } = result;
  const [dropping, setDropping] = useState(false);
  const showReferences = referenceUrl && shot.referencePhotoIds.length > 0;
  // The whole row takes dropped reference photos: a bigger target than any button.
  const drop = onAddReferences && {
    onDragOver: (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      e.stopPropagation(); // not the page's own drop handler (Check photos adds dropped files to the batch)
      setDropping(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (!(e.currentTarget as Node).contains(e.relatedTarget as Node | null)) setDropping(false);
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      e.stopPropagation();
      setDropping(false);
      const files = imageFiles(e.dataTransfer?.files);
      if (files.length) onAddReferences(shot, files);
    },
  };
  return (
    <li
      class={`cl-shot cl-shot-${status} ${dropping ? 'cl-drop-over' : ''}`}
      data-shot-id={shot.id}
      data-shot-status={status}
      {...drop}
    >
      <div class="cl-shot-head">
        <span class="cl-num" aria-hidden="true">
          {index + 1}
        </span>
        <div class="cl-label">
          <strong>{shot.label.en}</strong>
          {shot.label.zh && (
            <span class="cl-zh" lang="zh-CN">
              {shot.label.zh}
            </span>
          )}
        </div>
        <span class={`cl-tag ${shot.required ? 'cl-tag-required' : ''}`}>
          {shot.required ? 'Required' : 'Optional'}
        </span>
        {shot.minLongEdge !== undefined && (
          <span class="cl-tag" title="This shot needs more pixels than the general minimum">
            ≥ {shot.minLongEdge} px
          </span>
        )}
        <StatusPill status={status} />
        {onAddReferences && referenceUrl && !shot.referencePhotoIds.length && (
          <ReferenceAdd shot={shot} onAdd={onAddReferences} variant="inline" />
        )}
        {onEditShot && (
          <button
            type="button"
            class="cl-btn cl-btn-quiet cl-edit"
            onClick={() => onEditShot(shot)}
            aria-label={`Edit shot ${shot.label.en}`}
          >
            Edit
          </button>
        )}
      </div>
      {(shot.instructions.en || shot.instructions.zh) &&
        (compact ? (
          <details class="cl-instructions">
            <summary>Instructions</summary>
            <p>{shot.instructions.en}</p>
            <p lang="zh-CN">{shot.instructions.zh}</p>
          </details>
        ) : (
          <div class="cl-instructions">
            <p>{shot.instructions.en}</p>
            {shot.instructions.zh && <p lang="zh-CN">{shot.instructions.zh}</p>}
          </div>
        ))}
      <div class="cl-media">
        {showReferences && (
          <ReferenceStrip
            shot={shot}
            url={referenceUrl}
            onAdd={onAddReferences}
            onRemove={props.onRemoveReference}
          />
        )}
        <div class="cl-received">
          {photos.length === 0 ? (
            <span class="cl-none">No photo yet</span>
          ) : (
            photos.map((p) => (
              <ReceivedPhoto
                key={p.sha256}
                photo={p}
                findings={findingsOf(p)}
                url={photoUrl(p)}
                onAccept={props.onAccept}
                onReject={props.onReject}
                onUndo={props.onUndo}
                onOpen={props.onOpen}
              />
            ))
          )}
        </div>
      </div>
    </li>
  );
}
