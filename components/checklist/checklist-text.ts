// The words for shot statuses and gates. Findings have theirs in finding-text.ts.
import { daysLeftText, sharedCatalogs } from '@/components/shared-text';
import type { LocalText, Stage } from '@/utils/store/types';
import type { ChecklistCounts, GateStatus, ShotStatus } from '@/utils/triage/checklist';
import { text } from './text';

/** The status's name in the interface language. */
export const shotStatusLabel = (status: ShotStatus): string => text().status[status];

export const SHOT_STATUS_MARK: Record<ShotStatus, string> = {
  missing: '○',
  pending: '•',
  poor: '✗',
  accepted: '✓',
  rejected: '✗',
};

/** Templates name the action ("cutting fabric", "裁布"); the gate is the moment before it. */
export function gateLabel(label: LocalText): LocalText {
  // Each language's own words and order, whatever the interface language.
  const before = (lang: keyof typeof sharedCatalogs, action: string) =>
    sharedCatalogs[lang].beforeGate(action);
  return { en: before('en', label.en), zh: label.zh ? before('zh-CN', label.zh) : '' };
}

export interface GateLineParts {
  /** "Before cutting fabric" / "裁布前", or undefined for a stage without a gate. */
  label?: LocalText;
  /** "due 2026-12-01", or "no due date". */
  due: string;
  /** "5 days left" / "3 days overdue" while required shots are open; undefined once cleared. */
  days?: string;
  overdue: boolean;
  /** "All required shots accepted" or "3 required shots not accepted yet". */
  state: string;
  canProceed: boolean;
}

export function gateLineParts(stage: Stage, gate: GateStatus): GateLineParts {
  const open = gate.blockers.length;
  return {
    label: stage.gate ? gateLabel(stage.gate.label) : undefined,
    due: gate.dueDate ? text().due(gate.dueDate) : text().noDueDate,
    days: gate.daysToDue !== undefined && !gate.canProceed ? daysLeftText(gate.daysToDue) : undefined,
    overdue: gate.overdue,
    state: gate.canProceed ? text().allAccepted : text().openShots(open),
    canProceed: gate.canProceed,
  };
}

/** "5 of 8 required accepted · 1 to review · 2 poor · 3 missing" (zero counts left out). */
export function countsText(c: ChecklistCounts): string {
  const t = text().counts;
  const parts = [t.required(c.requiredAccepted, c.required)];
  if (c.pending) parts.push(t.pending(c.pending));
  if (c.poor) parts.push(t.poor(c.poor));
  if (c.rejected) parts.push(t.rejected(c.rejected));
  if (c.missing) parts.push(t.missing(c.missing));
  return parts.join(' · ');
}
