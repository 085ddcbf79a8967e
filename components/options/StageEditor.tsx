import { useState } from 'preact/hooks';
import { gateText, localText } from '@/components/shared-text';
import type { Stage } from '@/utils/store/types';
import { GATE_PLACEHOLDERS, LocalTextFields } from './LocalTextFields';
import { ShotListEditor } from './ShotListEditor';
import { text } from './text';

interface Props {
  stage: Stage;
  focusShotId?: string;
  photoCounts: Map<string, number>;
  canRemove: boolean;
  onSave: (stage: Stage) => Promise<boolean>;
  onCancel: () => void;
  onRemove: () => void;
}

/** A stage of an order: its name, dates, gate and shot list, edited as a draft and saved at once. */
export function StageEditor({
  stage,
  focusShotId,
  photoCounts,
  canRemove,
  onSave,
  onCancel,
  onRemove,
}: Props) {
  const [draft, setDraft] = useState<Stage>(stage);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Stage>) => setDraft({ ...draft, ...patch });
  const t = text().stageEditor;
  return (
    <form
      class="form stage-editor"
      aria-label={t.label(localText(stage.name))}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const ok = await onSave(draft);
        setBusy(false);
        if (ok) onCancel();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !(e.target instanceof HTMLSelectElement)) {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <StageFields draft={draft} onChange={setDraft} />
      <h3 class="section-title">{t.shots}</h3>
      <ShotListEditor
        shots={draft.shots}
        onChange={(shots) => set({ shots })}
        focusShotId={focusShotId}
        photoCounts={photoCounts}
      />
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? text().common.saving : t.save}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {text().common.cancel}
        </button>
        {canRemove && (
          <button type="button" class="button danger push-right" onClick={onRemove}>
            {t.remove}
          </button>
        )}
      </div>
    </form>
  );
}

/** The stage's names, dates and gate (the shot list has its own editor). */
function StageFields({ draft, onChange }: { draft: Stage; onChange: (stage: Stage) => void }) {
  const set = (patch: Partial<Stage>) => onChange({ ...draft, ...patch });
  const t = text().stageEditor;
  return (
    <div class="form-grid four">
      <LocalTextFields
        value={draft.name}
        labels={{ en: t.nameEn, zh: t.nameZh }}
        onChange={(name) => set({ name })}
      />
      <label class="field">
        <span>{t.stageDue}</span>
        <input
          type="date"
          value={draft.dueDate ?? ''}
          onInput={(e) => {
            const { dueDate: _, ...rest } = draft;
            const v = e.currentTarget.value;
            onChange(v ? { ...rest, dueDate: v } : rest);
          }}
        />
      </label>
      {draft.gate ? (
        <label class="field">
          <span title={gateText(draft.gate.label)}>{t.gateDue}</span>
          <input
            type="date"
            value={draft.gate.dueDate ?? ''}
            onInput={(e) => {
              const { dueDate: _, ...gate } = draft.gate!;
              const v = e.currentTarget.value;
              set({ gate: v ? { ...gate, dueDate: v } : gate });
            }}
          />
        </label>
      ) : (
        <span />
      )}
      {draft.gate && (
        <LocalTextFields
          value={draft.gate.label}
          labels={{ en: t.gateEn, zh: t.gateZh }}
          required={false}
          placeholders={GATE_PLACEHOLDERS}
          onChange={(label) => set({ gate: { ...draft.gate!, label } })}
        />
      )}
    </div>
  );
}
