import { useState } from 'preact/hooks';
import { RejectForm } from '@/components/checklist/RejectForm';
import { ShotSelect } from '@/components/checklist/ShotSelect';
import type { PhotoStatus, Shot } from '@/utils/store/types';
import { assignView, decide } from './order-state';
import type { CheckView } from './state';

/** What a card's shot controls show; `key` changes whenever any of it does (the card is memoised on it). */
export interface CardAssignModel {
  key: string;
  view: CheckView;
  shots: Shot[];
  suggested: string[];
  shotId: string;
  status?: PhotoStatus;
  saving: boolean;
  /** Why the photo cannot be assigned (still checking, unreadable). */
  blocked?: string;
}

export function cardAssignKey(m: Omit<CardAssignModel, 'key' | 'view'> & { stageId: string }): string {
  const reason = m.status?.state === 'rejected' ? m.status.reason : '';
  return [
    m.stageId,
    m.shotId,
    m.status?.state ?? '',
    reason,
    m.saving,
    m.blocked ?? '',
    m.suggested.join(','),
  ].join('|');
}

/** A card's shot select (suggested shots first) and, once assigned, accept and reject. */
export function CardAssign({ model }: { model: CardAssignModel }) {
  const [rejecting, setRejecting] = useState(false);
  const { view, shotId, status, saving, blocked } = model;
  const sha = view.report?.sha256;
  const top = model.shots.find((s) => s.id === model.suggested[0]);
  return (
    <div class="card-assign cl-root">
      <ShotSelect
        shots={model.shots}
        suggested={model.suggested}
        value={shotId}
        label={`Shot for ${view.name}`}
        placeholder={
          blocked ?? (top && !shotId ? `Not assigned (looks like ${top.label.en})` : 'Not assigned')
        }
        disabled={Boolean(blocked) || saving}
        onChange={(id) => void assignView(view, id)}
        testId="shot-select"
      />
      {shotId && sha && status && (
        <div class="card-decision">
          {status.state === 'accepted' && <span class="cl-decision cl-accepted">✓ Accepted</span>}
          {status.state === 'rejected' && (
            <span class="cl-decision cl-rejected" title={status.reason}>
              ✗ {status.reason}
            </span>
          )}
          {rejecting ? (
            <RejectForm
              subject={view.name}
              onReject={(reason) => {
                setRejecting(false);
                void decide(sha, { state: 'rejected', reason });
              }}
              onCancel={() => setRejecting(false)}
            />
          ) : (
            <span class="cl-actions">
              {status.state !== 'accepted' && (
                <button
                  type="button"
                  class="cl-btn cl-btn-ok"
                  disabled={saving}
                  onClick={() => void decide(sha, { state: 'accepted' })}
                  aria-label={`Accept ${view.name}`}
                >
                  Accept
                </button>
              )}
              {status.state !== 'rejected' && (
                <button
                  type="button"
                  class="cl-btn"
                  disabled={saving}
                  onClick={() => setRejecting(true)}
                  aria-label={`Reject ${view.name}`}
                >
                  Reject
                </button>
              )}
              {status.state !== 'pending' && (
                <button
                  type="button"
                  class="cl-btn cl-btn-quiet"
                  disabled={saving}
                  onClick={() => void decide(sha, { state: 'pending' })}
                  aria-label={`Undo the decision on ${view.name}`}
                >
                  Undo
                </button>
              )}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
