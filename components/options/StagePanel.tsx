import { useState } from 'preact/hooks';
import { ChecklistView } from '@/components/checklist/ChecklistView';
import { GateLine } from '@/components/checklist/GateLine';
import type { StageSummary } from '@/components/desk/summary';
import { InspectionNote, RecordButtons } from '@/components/record/RecordButtons';
import { localText } from '@/components/shared-text';
import type { Order, PhotoRecord, Stage } from '@/utils/store/types';
import { isLastBeforeShipment } from '@/utils/triage/shipment';
import { ConfirmDialog } from './Dialog';
import {
  addReferences,
  assignPhoto,
  decide,
  detachOrphanedPhotos,
  photoUrl,
  referenceUrl,
  removeReference,
  saveOrder,
  settings,
} from './data';
import { PhotoDialog } from './PhotoDialog';
import { StageEditor } from './StageEditor';
import { text } from './text';

interface Props {
  order: Order;
  summary: StageSummary;
  /** Make this stage's photo record on arrival (opened from the mail panel). */
  makeRecord?: boolean;
}

export const checkPageHref = (order: Order, stage: Stage) =>
  `check.html?order=${encodeURIComponent(order.id)}&stage=${encodeURIComponent(stage.id)}`;

/** What the panel shows besides the checklist: the editor, a photo opened, the removal asked about. */
interface PanelState {
  /** The order as it was when the editor opened: the edit's base (see saveOrder), however many times
   * another tab's changes are shown meanwhile. */
  editing: { focusShotId?: string; base: Order } | null;
  openSha: string | null;
  removing: boolean;
}

/** One stage of an order: its gate, its checklist with photos and references, or its editor. */
export function StagePanel({ order, summary, makeRecord }: Props) {
  const { stage, checklist } = summary;
  const [state, setState] = useState<PanelState>({ editing: null, openSha: null, removing: false });
  const update = (patch: Partial<PanelState>) => setState((s) => ({ ...s, ...patch }));
  const { editing } = state;
  const all = [...checklist.shots.flatMap((r) => r.photos), ...checklist.unassigned];
  const open = state.openSha ? all.find((p) => p.sha256 === state.openSha) : undefined;

  async function saveStage(draft: Stage): Promise<boolean> {
    const base = editing?.base ?? order;
    const saved = await saveOrder(base, {
      stages: base.stages.map((s) => (s.id === draft.id ? draft : s)),
    });
    if (saved) await detachOrphanedPhotos(saved);
    return Boolean(saved);
  }

  return (
    <div class="stage-panel">
      <StageToolbar
        order={order}
        summary={summary}
        makeRecord={makeRecord}
        onEdit={editing ? undefined : () => update({ editing: { base: order } })}
      />
      {isLastBeforeShipment(stage) && settings.value.inspectionNote !== false && <InspectionNote />}
      {editing ? (
        <StageEditor
          stage={stage}
          focusShotId={editing.focusShotId}
          photoCounts={new Map(checklist.shots.map((r) => [r.shot.id, r.photos.length]))}
          canRemove={order.stages.length > 0}
          onSave={saveStage}
          onCancel={() => update({ editing: null })}
          onRemove={() => update({ removing: true })}
        />
      ) : (
        <ChecklistView
          checklist={checklist}
          stage={stage}
          hideGate
          photoUrl={photoUrl}
          referenceUrl={referenceUrl}
          onAccept={(p) => decide(p, { state: 'accepted' })}
          onReject={(p, reason) => decide(p, { state: 'rejected', reason })}
          onUndo={(p) => decide(p, { state: 'pending' })}
          onOpen={(p: PhotoRecord) => update({ openSha: p.sha256 })}
          onAddReferences={(shot, files) => addReferences(order, stage.id, shot.id, files)}
          onRemoveReference={(shot, id) => removeReference(order, stage.id, shot.id, id)}
          onEditShot={(shot) => update({ editing: { focusShotId: shot.id, base: order } })}
          onAssign={(p, shotId) => assignPhoto(p, order.id, stage.id, shotId)}
        />
      )}
      {open && (
        <PhotoDialog
          photo={open}
          findings={checklist.findings[open.sha256] ?? open.report.findings}
          url={photoUrl(open)}
          onClose={() => update({ openSha: null })}
        />
      )}
      {state.removing && (
        <RemoveStage
          order={order}
          stage={stage}
          photos={all.length}
          onRemoved={() => update({ editing: null })}
          onClose={() => update({ removing: false })}
        />
      )}
    </div>
  );
}

/** The gate line and the stage's actions; `onEdit` absent while the editor is open. */
function StageToolbar({
  order,
  summary: { stage, checklist },
  makeRecord,
  onEdit,
}: Props & { onEdit?: () => void }) {
  const t = text().order;
  return (
    <div class="stage-toolbar">
      <GateLine stage={stage} gate={checklist.gate} />
      <div class="stage-actions">
        {order.currentStageId !== stage.id && (
          <button type="button" class="button" onClick={() => saveOrder(order, { currentStageId: stage.id })}>
            {t.setCurrent}
          </button>
        )}
        {onEdit && (
          <button type="button" class="button" onClick={onEdit}>
            {t.editStage}
          </button>
        )}
        <a class="button" href={checkPageHref(order, stage)} target="_blank" rel="noopener">
          {t.checkForStage}
        </a>
        <RecordButtons orderId={order.id} stageId={stage.id} auto={makeRecord} />
      </div>
    </div>
  );
}

/** "Remove this stage?": its photos stay, unassigned; the next stage becomes current if this one was. */
function RemoveStage({
  order,
  stage,
  photos,
  onRemoved,
  onClose,
}: {
  order: Order;
  stage: Stage;
  photos: number;
  onRemoved: () => void;
  onClose: () => void;
}) {
  const t = text().order;
  return (
    <ConfirmDialog
      title={t.removeStageTitle(localText(stage.name))}
      confirm={t.removeStageConfirm}
      danger
      onConfirm={async () => {
        const stages = order.stages.filter((s) => s.id !== stage.id);
        const currentStageId =
          order.currentStageId === stage.id ? (stages[0]?.id ?? '') : order.currentStageId;
        const saved = await saveOrder(order, { stages, currentStageId });
        if (saved) await detachOrphanedPhotos(saved);
        onRemoved();
      }}
      onClose={onClose}
    >
      <p>{t.removeStageText(photos)}</p>
    </ConfirmDialog>
  );
}
