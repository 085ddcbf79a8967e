import { useEffect, useRef, useState } from 'preact/hooks';
import { localText } from '@/components/shared-text';
import type { Shot } from '@/utils/store/types';
import { text } from './text';

interface Props {
  shots: Shot[];
  onChange: (shots: Shot[]) => void;
  /** A shot to scroll to and focus when the editor opens. */
  focusShotId?: string;
  /** How many received photos each shot has: removing one of those is said to unassign them. */
  photoCounts?: Map<string, number>;
}

export const newShot = (): Shot => ({
  id: crypto.randomUUID(),
  label: { en: '', zh: '' },
  instructions: { en: '', zh: '' },
  required: true,
  referencePhotoIds: [],
});

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

function ShotFields({
  shot,
  index,
  count,
  photos,
  onChange,
  onMove,
  onRemove,
}: {
  shot: Shot;
  index: number;
  count: number;
  photos: number;
  onChange: (s: Shot) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const name = localText(shot.label) || text().shotEditor.shotN(index + 1);
  return (
    <li class="shot-edit" data-shot-id={shot.id}>
      <span class="shot-edit-num" aria-hidden="true">
        {index + 1}
      </span>
      <ShotTexts shot={shot} onChange={onChange} />
      <ShotOptions shot={shot} onChange={onChange} />
      <ShotActions
        name={name}
        index={index}
        count={count}
        photos={photos}
        onMove={onMove}
        onRemove={onRemove}
      />
    </li>
  );
}

/** The shot's label and instructions, in both languages. */
function ShotTexts({ shot, onChange }: { shot: Shot; onChange: (s: Shot) => void }) {
  const t = text().shotEditor;
  return (
    <div class="shot-edit-grid">
      <label class="field">
        <span>{t.labelEn}</span>
        <input
          type="text"
          required
          value={shot.label.en}
          onInput={(e) => onChange({ ...shot, label: { ...shot.label, en: e.currentTarget.value } })}
          data-field="label-en"
        />
      </label>
      <label class="field">
        <span>{t.labelZh}</span>
        <input
          type="text"
          lang="zh-CN"
          value={shot.label.zh}
          onInput={(e) => onChange({ ...shot, label: { ...shot.label, zh: e.currentTarget.value } })}
        />
      </label>
      <label class="field">
        <span>{t.instructionsEn}</span>
        <textarea
          rows={2}
          value={shot.instructions.en}
          onInput={(e) =>
            onChange({ ...shot, instructions: { ...shot.instructions, en: e.currentTarget.value } })
          }
        />
      </label>
      <label class="field">
        <span>{t.instructionsZh}</span>
        <textarea
          rows={2}
          lang="zh-CN"
          value={shot.instructions.zh}
          onInput={(e) =>
            onChange({ ...shot, instructions: { ...shot.instructions, zh: e.currentTarget.value } })
          }
        />
      </label>
    </div>
  );
}

/** Required or not, and the shot's own pixel minimum. */
function ShotOptions({ shot, onChange }: { shot: Shot; onChange: (s: Shot) => void }) {
  const t = text().shotEditor;
  return (
    <div class="shot-edit-options">
      <label class="check">
        <input
          type="checkbox"
          checked={shot.required}
          onChange={(e) => onChange({ ...shot, required: e.currentTarget.checked })}
        />
        <span>{t.required}</span>
      </label>
      <label class="field">
        <span>{t.minLongEdge}</span>
        <input
          type="number"
          min={1}
          step={1}
          value={shot.minLongEdge ?? ''}
          placeholder={text().common.default}
          onInput={(e) => {
            const v = e.currentTarget.value;
            const { minLongEdge: _, ...rest } = shot;
            onChange(v === '' ? rest : { ...rest, minLongEdge: Math.max(1, Math.round(Number(v))) });
          }}
        />
      </label>
    </div>
  );
}

/** Move up, move down, remove; `name` says which shot to a screen reader, `photos` what removing does. */
function ShotActions({
  name,
  index,
  count,
  photos,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  photos: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const t = text().shotEditor;
  return (
    <div class="shot-edit-actions">
      <button
        type="button"
        class="icon-button"
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
        aria-label={t.moveUp(name)}
      >
        ↑
      </button>
      <button
        type="button"
        class="icon-button"
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
        aria-label={t.moveDown(name)}
      >
        ↓
      </button>
      <button
        type="button"
        class="icon-button danger"
        onClick={onRemove}
        aria-label={t.remove(name)}
        title={t.removeTitle(photos)}
      >
        ✕
      </button>
    </div>
  );
}

/** Add, edit, reorder and remove the shots of a stage or template. Edits a draft; the caller saves. */
export function ShotListEditor({ shots, onChange, focusShotId, photoCounts }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const [focusId, setFocusId] = useState(focusShotId);
  useEffect(() => {
    if (!focusId) return;
    const input = list.current?.querySelector<HTMLInputElement>(
      `[data-shot-id="${CSS.escape(focusId)}"] [data-field=label-en]`,
    );
    input?.focus();
    input?.scrollIntoView({ block: 'center' });
    setFocusId(undefined);
  }, [focusId]);
  return (
    <div class="shot-editor">
      <ol ref={list} class="shot-edit-list">
        {shots.map((shot, i) => (
          <ShotFields
            key={shot.id}
            shot={shot}
            index={i}
            count={shots.length}
            photos={photoCounts?.get(shot.id) ?? 0}
            onChange={(s) => onChange(shots.map((x) => (x.id === s.id ? s : x)))}
            onMove={(to) => onChange(move(shots, i, to))}
            onRemove={() => onChange(shots.filter((x) => x.id !== shot.id))}
          />
        ))}
      </ol>
      <button
        type="button"
        class="button"
        onClick={() => {
          const shot = newShot();
          onChange([...shots, shot]);
          setFocusId(shot.id);
        }}
      >
        {text().shotEditor.add}
      </button>
    </div>
  );
}
