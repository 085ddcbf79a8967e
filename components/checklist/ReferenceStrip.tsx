import { localText } from '@/components/shared-text';
import type { Shot } from '@/utils/store/types';
import type { Draw } from './ReceivedPhoto';
import { text } from './text';

/** Image files only (the file picker's filter is a hint, and drops bring anything). */
export const imageFiles = (files: FileList | File[] | null | undefined) =>
  Array.from(files ?? []).filter((f) => f.type.startsWith('image/') || /\.(heic|heif)$/i.test(f.name));

/** Pick reference photos: a tile beside existing ones, or a small button on a shot without any. */
export function ReferenceAdd({
  shot,
  onAdd,
  variant,
}: {
  shot: Shot;
  onAdd: (shot: Shot, files: File[]) => void;
  variant: 'tile' | 'inline';
}) {
  return (
    <label
      class={variant === 'tile' ? 'cl-ref-add' : 'cl-btn cl-btn-quiet cl-ref-add-inline'}
      title={text().referenceDropHint}
    >
      <span aria-hidden="true">＋</span>
      <span>{variant === 'tile' ? text().addTile : text().addInline}</span>
      <input
        type="file"
        multiple
        accept="image/*,.heic,.heif"
        class="cl-hidden"
        aria-label={text().addReferencesFor(localText(shot.label))}
        onChange={(e) => {
          const input = e.currentTarget;
          const files = imageFiles(input.files);
          input.value = '';
          if (files.length) onAdd(shot, files);
        }}
      />
    </label>
  );
}

interface Props {
  shot: Shot;
  url?: (id: string) => string | undefined;
  draw?: Draw;
  onAdd?: (shot: Shot, files: File[]) => void;
  onRemove?: (shot: Shot, id: string) => void;
}

/** The buyer's approved photos of this angle, shown before the photos received. */
export function ReferenceStrip({ shot, url, draw, onAdd, onRemove }: Props) {
  const ids = shot.referencePhotoIds;
  if (!ids.length) return null;
  const t = text();
  const label = localText(shot.label);
  return (
    <div class="cl-refs" data-testid="references">
      <span class="cl-refs-title">{t.reference}</span>
      <div class="cl-ref-list">
        {ids.map((id, i) => {
          const src = url?.(id);
          const alt = t.referenceN(i + 1, label);
          return (
            <figure key={id} class="cl-ref" data-reference-id={id}>
              {draw ? (
                draw.reference(id, alt)
              ) : src ? (
                <img src={src} alt={alt} />
              ) : (
                <span class="cl-thumb-empty">…</span>
              )}
              {onRemove && (
                <button
                  type="button"
                  class="cl-ref-remove"
                  onClick={() => onRemove(shot, id)}
                  aria-label={t.removeReferenceN(i + 1, label)}
                >
                  ×
                </button>
              )}
            </figure>
          );
        })}
        {onAdd && <ReferenceAdd shot={shot} onAdd={onAdd} variant="tile" />}
      </div>
    </div>
  );
}
