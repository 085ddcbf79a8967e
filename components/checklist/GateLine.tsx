import { localText, otherLocalText } from '@/components/shared-text';
import type { Stage } from '@/utils/store/types';
import type { GateStatus } from '@/utils/triage/checklist';
import { gateLineParts } from './checklist-text';
import { text } from './text';

/** "Before cutting fabric · 裁布前 · due 2026-12-01 · 5 days left", and whether the stage may proceed. */
export function GateLine({ stage, gate }: { stage: Stage; gate: GateStatus }) {
  const p = gateLineParts(stage, gate);
  const other = p.label && otherLocalText(p.label);
  return (
    <p
      class={`cl-gate ${p.overdue ? 'cl-overdue' : ''} ${p.canProceed ? 'cl-cleared' : ''}`}
      data-testid="gate-line"
    >
      <span class="cl-gate-when">
        {p.label ? (
          <>
            <strong>{localText(p.label)}</strong>
            {other && <span lang={other.lang}> · {other.text}</span>}
          </>
        ) : (
          <strong>{text().stage}</strong>
        )}
        {' · '}
        {p.due}
        {p.days && (
          <>
            {' · '}
            <span class="cl-days">{p.days}</span>
          </>
        )}
      </span>
      <span class="cl-gate-state">
        {p.canProceed ? '✓ ' : ''}
        {p.state}
      </span>
    </p>
  );
}
