import { ChecklistView } from '@/components/checklist/ChecklistView';
import { localText, otherLocalText } from '@/components/shared-text';
import {
  assignRecord,
  checklist,
  decide,
  pickedOrder,
  pickedStage,
  recordUrl,
  referenceUrl,
  suppliers,
} from './order-state';

/** The picked stage's shot list, filling up as photos are assigned and accepted. */
export function ChecklistPanel() {
  const list = checklist.value;
  const stage = pickedStage.value;
  const order = pickedOrder.value;
  if (!list || !stage || !order) return null;
  const other = otherLocalText(stage.name);
  return (
    <aside class="checklist-panel" aria-labelledby="checklist-title" data-testid="checklist-panel">
      <header class="checklist-head">
        <h2 id="checklist-title">
          {localText(stage.name)}{' '}
          {other && (
            <span class="muted" lang={other.lang}>
              {other.text}
            </span>
          )}
        </h2>
        <p class="muted">
          {order.poNumbers.join(', ')} · {suppliers.value.get(order.supplierId)?.company ?? ''}
        </p>
      </header>
      <ChecklistView
        checklist={list}
        stage={stage}
        compact
        photoUrl={recordUrl}
        referenceUrl={referenceUrl}
        onAccept={(p) => decide(p.sha256, { state: 'accepted' })}
        onReject={(p, reason) => decide(p.sha256, { state: 'rejected', reason })}
        onUndo={(p) => decide(p.sha256, { state: 'pending' })}
        onAssign={(p, shotId) => assignRecord(p, shotId)}
      />
    </aside>
  );
}
