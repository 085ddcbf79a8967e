import { useState } from 'preact/hooks';
import { localText, otherLocalText } from '@/components/shared-text';
import type { Order, Stage } from '@/utils/store/types';
import { BUILT_IN_TEMPLATES, STAGE_ORDER, stageFromTemplate } from '@/utils/triage/shot-list-templates';
import { Dialog } from './Dialog';
import { saveOrder, templates } from './data';
import { text } from './text';

/** Standard stages sit in production order; custom ones go last. */
function insertInOrder(stages: Stage[], stage: Stage): Stage[] {
  const rank = (s: Stage) => {
    const i = STAGE_ORDER.indexOf(s.kind as (typeof STAGE_ORDER)[number]);
    return i < 0 ? STAGE_ORDER.length : i;
  };
  const at = stages.findIndex((s) => rank(s) > rank(stage));
  return at < 0 ? [...stages, stage] : [...stages.slice(0, at), stage, ...stages.slice(at)];
}

export function AddStageDialog({
  order,
  onAdded,
  onClose,
}: {
  order: Order;
  onAdded: (stageId: string) => void;
  onClose: () => void;
}) {
  const choices = [...BUILT_IN_TEMPLATES, ...templates.value];
  const used = new Set(order.stages.map((s) => s.kind));
  const [templateId, setTemplateId] = useState(
    (choices.find((t) => !used.has(t.kind)) ?? choices[0])?.id ?? '',
  );
  const [dueDate, setDueDate] = useState('');
  const [gateDueDate, setGateDueDate] = useState('');
  const [makeCurrent, setMakeCurrent] = useState(order.stages.length === 0);
  const template = choices.find((t) => t.id === templateId);
  const tt = text().addStage;
  return (
    <Dialog title={tt.title} onClose={onClose} testId="add-stage">
      <form
        class="form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!template) return;
          const stage = stageFromTemplate(template, {
            id: crypto.randomUUID(),
            dueDate: dueDate || undefined,
            gateDueDate: gateDueDate || undefined,
          });
          const saved = await saveOrder(order, {
            stages: insertInOrder(order.stages, stage),
            ...(makeCurrent ? { currentStageId: stage.id } : {}),
          });
          if (saved) onAdded(stage.id);
        }}
      >
        <label class="field">
          <span>{tt.shotList}</span>
          <select value={templateId} onChange={(e) => setTemplateId(e.currentTarget.value)}>
            {choices.map((t) => (
              <option key={t.id} value={t.id}>
                {tt.option(localText(t.name), otherLocalText(t.name)?.text ?? '', t.shots.length, !t.builtIn)}
              </option>
            ))}
          </select>
        </label>
        <div class="form-grid">
          <label class="field">
            <span>{tt.stageDue}</span>
            <input type="date" value={dueDate} onInput={(e) => setDueDate(e.currentTarget.value)} />
          </label>
          <label class="field">
            <span>{tt.gateDue(template?.gate && localText(template.gate.label))}</span>
            <input
              type="date"
              value={gateDueDate}
              disabled={!template?.gate}
              onInput={(e) => setGateDueDate(e.currentTarget.value)}
            />
          </label>
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={makeCurrent}
            onChange={(e) => setMakeCurrent(e.currentTarget.checked)}
          />
          <span>{tt.makeCurrent}</span>
        </label>
        <div class="form-actions">
          <button type="submit" class="button primary">
            {tt.add}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
