// A stage's checklist: the gate, each shot with its photos and references, and the photos still
// unassigned. Plain data and callbacks only — no store access — so the options page, the Check photos
// page and the mail panel (in a shadow root: mail.css imports checklist.css, and the panel draws its
// pictures itself, with no URL) all use it.

import { localText } from '@/components/shared-text';
import type { PhotoRecord, Shot, Stage } from '@/utils/store/types';
import type { Checklist } from '@/utils/triage/checklist';
import { countsText } from './checklist-text';
import { GateLine } from './GateLine';
import type { Draw, PhotoActions } from './ReceivedPhoto';
import { ShotRow } from './ShotRow';
import { text } from './text';
import { UnassignedList } from './UnassignedList';

export interface ChecklistViewProps extends PhotoActions {
  checklist: Checklist;
  stage: Stage;
  photoUrl: (photo: PhotoRecord) => string | undefined;
  /** Without it, reference photos are not shown. */
  referenceUrl?: (id: string) => string | undefined;
  /** Draws the pictures where there are no URLs (the mail panel); references are shown with it. */
  draw?: Draw;
  onAddReferences?: (shot: Shot, files: File[]) => void;
  onRemoveReference?: (shot: Shot, id: string) => void;
  onEditShot?: (shot: Shot) => void;
  /** Without it, unassigned photos are not listed. */
  onAssign?: (photo: PhotoRecord, shotId: string) => void;
  compact?: boolean;
  /** Leave out the gate line (when the page shows it elsewhere). */
  hideGate?: boolean;
}

export function ChecklistSummary({ checklist }: { checklist: Checklist }) {
  const c = checklist.counts;
  const pct = c.required ? Math.round((c.requiredAccepted / c.required) * 100) : 100;
  return (
    <div
      class="cl-summary"
      data-testid="checklist-summary"
      data-required={c.required}
      data-accepted={c.requiredAccepted}
    >
      {/* The text beside it says the same: the bar is for the eye only. */}
      <div class="cl-meter" aria-hidden="true">
        <span style={{ width: `${pct}%` }} />
      </div>
      <span>{countsText(c)}</span>
    </div>
  );
}

export function ChecklistView(props: ChecklistViewProps) {
  const { checklist, stage, compact } = props;
  const findingsOf = (p: PhotoRecord) => checklist.findings[p.sha256] ?? p.report.findings;
  return (
    <section
      class={`cl-root ${compact ? 'cl-compact' : ''}`}
      aria-label={text().checklistOf(localText(stage.name))}
    >
      {!props.hideGate && <GateLine stage={stage} gate={checklist.gate} />}
      <ChecklistSummary checklist={checklist} />
      {checklist.shots.length === 0 ? (
        <p class="cl-none">{text().noShots}</p>
      ) : (
        <ol class="cl-shots" data-testid="checklist">
          {checklist.shots.map((result, i) => (
            <ShotRow
              key={result.shot.id}
              result={result}
              index={i}
              findingsOf={findingsOf}
              photoUrl={props.photoUrl}
              referenceUrl={props.referenceUrl}
              draw={props.draw}
              onAccept={props.onAccept}
              onReject={props.onReject}
              onUndo={props.onUndo}
              onOpen={props.onOpen}
              onAddReferences={props.onAddReferences}
              onRemoveReference={props.onRemoveReference}
              onEditShot={props.onEditShot}
              compact={compact}
            />
          ))}
        </ol>
      )}
      {props.onAssign && (
        <UnassignedList
          photos={checklist.unassigned}
          shots={stage.shots}
          findingsOf={findingsOf}
          photoUrl={props.photoUrl}
          onAssign={props.onAssign}
          onOpen={props.onOpen}
        />
      )}
    </section>
  );
}
