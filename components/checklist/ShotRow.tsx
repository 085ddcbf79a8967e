import { useState } from 'preact/hooks';
import { localText, otherLocalText } from '@/components/shared-text';
import { uiLanguage } from '@/utils/i18n';
import type { Finding } from '@/utils/photo/types';
import type { PhotoRecord, Shot } from '@/utils/store/types';
import type { ShotResult } from '@/utils/triage/checklist';
import { SHOT_STATUS_MARK, shotStatusLabel } from './checklist-text';
import { type Draw, type PhotoActions, ReceivedPhoto } from './ReceivedPhoto';
import { imageFiles, ReferenceAdd, ReferenceStrip } from './ReferenceStrip';
import { text } from './text';

export interface ShotRowProps extends PhotoActions {
  result: ShotResult;
  index: number;
  findingsOf: (photo: PhotoRecord) => Finding[];
  photoUrl: (photo: PhotoRecord) => string | undefined;
  referenceUrl?: (id: string) => string | undefined;
  /** Draws the photos and references instead of URLs (the mail panel); references are shown with it. */
  draw?: Draw;
  onAddReferences?: (shot: Shot, files: File[]) => void;
  onRemoveReference?: (shot: Shot, id: string) => void;
  onEditShot?: (shot: Shot) => void;
  /** Narrow layouts (the mail panel): instructions folded away. */
  compact?: boolean;
}

export function StatusPill({ status }: { status: ShotResult['status'] }) {
  return (
    <span class={`cl-pill cl-pill-${status}`}>
      {SHOT_STATUS_MARK[status]} {shotStatusLabel(status)}
    </span>
  );
}

/** One shot of the list: what to show, its status, the photos received and the buyer's references. */
export function ShotRow(props: ShotRowProps) {
  const { result, index, findingsOf, photoUrl, referenceUrl, draw, onAddReferences, compact } = props;
  const { shot, status, photos } = result;
  const t = text();
  const { dropping, handlers } = useReferenceDrop(shot, onAddReferences);
  const showReferences = (referenceUrl || draw) && shot.referencePhotoIds.length > 0;
  return (
    <li
      class={`cl-shot cl-shot-${status} ${dropping ? 'cl-drop-over' : ''}`}
      data-shot-id={shot.id}
      data-shot-status={status}
      {...handlers}
    >
      <ShotHead
        shot={shot}
        status={status}
        index={index}
        onAddReference={referenceUrl ? onAddReferences : undefined}
        onEditShot={props.onEditShot}
      />
      {(shot.instructions.en || shot.instructions.zh) && <Instructions shot={shot} compact={compact} />}
      <div class="cl-media">
        {showReferences && (
          <ReferenceStrip
            shot={shot}
            url={referenceUrl}
            draw={draw}
            onAdd={onAddReferences}
            onRemove={props.onRemoveReference}
          />
        )}
        <div class="cl-received">
          {photos.length === 0 ? (
            <span class="cl-none">{t.noPhotoYet}</span>
          ) : (
            photos.map((p) => (
              <ReceivedPhoto
                key={p.sha256}
                photo={p}
                findings={findingsOf(p)}
                url={photoUrl(p)}
                draw={draw}
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

/** The whole row takes dropped reference photos: a bigger target than any button. */
function useReferenceDrop(shot: Shot, onAddReferences: ShotRowProps['onAddReferences']) {
  const [dropping, setDropping] = useState(false);
  const handlers = onAddReferences && {
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
  return { dropping, handlers };
}

/**
 * The shot's number, names, tags and status, with its buttons. `onAddReference`: only where references
 * are shown from URLs (the desk), and only while the shot has none.
 */
function ShotHead({
  shot,
  status,
  index,
  onAddReference,
  onEditShot,
}: {
  shot: Shot;
  status: ShotResult['status'];
  index: number;
  onAddReference?: ShotRowProps['onAddReferences'];
  onEditShot?: ShotRowProps['onEditShot'];
}) {
  const t = text();
  const label = localText(shot.label);
  const otherLabel = otherLocalText(shot.label);
  return (
    <div class="cl-shot-head">
      <span class="cl-num" aria-hidden="true">
        {index + 1}
      </span>
      <div class="cl-label">
        <strong>{label}</strong>
        {otherLabel && (
          <span class="cl-zh" lang={otherLabel.lang}>
            {otherLabel.text}
          </span>
        )}
      </div>
      <span class={`cl-tag ${shot.required ? 'cl-tag-required' : ''}`}>
        {shot.required ? t.required : t.optional}
      </span>
      {shot.minLongEdge !== undefined && (
        <span class="cl-tag" title={t.needsMorePixels}>
          ≥ {shot.minLongEdge} px
        </span>
      )}
      <StatusPill status={status} />
      {onAddReference && !shot.referencePhotoIds.length && (
        <ReferenceAdd shot={shot} onAdd={onAddReference} variant="inline" />
      )}
      {onEditShot && (
        <button
          type="button"
          class="cl-btn cl-btn-quiet cl-edit"
          onClick={() => onEditShot(shot)}
          aria-label={t.editShot(label)}
        >
          {t.edit}
        </button>
      )}
    </div>
  );
}

/** Instructions in the interface language first, the other language below; folded away when compact. */
function Instructions({ shot, compact }: { shot: Shot; compact?: boolean }) {
  const t = text();
  const en = { text: shot.instructions.en, lang: 'en' };
  const zh = { text: shot.instructions.zh, lang: 'zh-CN' };
  const paragraphs = (uiLanguage.value === 'zh-CN' ? [zh, en] : [en, zh]).map(
    (i) =>
      i.text && (
        <p key={i.lang} lang={i.lang}>
          {i.text}
        </p>
      ),
  );
  return compact ? (
    <details class="cl-instructions">
      <summary>{t.instructions}</summary>
      {paragraphs}
    </details>
  ) : (
    <div class="cl-instructions">{paragraphs}</div>
  );
}
