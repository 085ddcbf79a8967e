import type { Stage } from '@/utils/store/types';
import type { GateStatus } from '@/utils/triage/checklist';
import { gateLineParts } from './checklist-text';

/** "Before cutting fabric · 裁布前 · due 2026-12-01 · 5 days left", and whether the stage may proceed. */
export function GateLine({ stage, gate }: { stage: Stage; gate: GateStatus }) {
  const p = gateLineParts(stage, gate);
  return (
    <p
      class={`cl-gate ${p.overdue ? 'cl-overdue' : ''} ${p.canProceed ? 'cl-cleared' : ''}`}
      data-testid="gate-line"
    >
      <span class="cl-gate-when">
        {p.label ? (
          <>
            <strong>{p.label.en}</strong>
            {p.label.zh && <span lang="zh-CN"> · {p.label.zh}</span>}
          </>
        ) : (
          <strong>Stage</strong>
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
