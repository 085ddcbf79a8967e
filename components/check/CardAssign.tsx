import { useState } from 'preact/hooks';
import { RejectForm } from '@/components/checklist/RejectForm';
import { ShotSelect } from '@/components/checklist/ShotSelect';
import { text as checklistText } from '@/components/checklist/text';
import { localText } from '@/components/shared-text';
import type { PhotoStatus, Shot } from '@/utils/store/types';
import { assignView, decide } from './order-state';
import type { CheckView } from './state';
import { text } from './text';

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
  const t = text();
  const c = checklistText();
  return (
    <div class="card-assign cl-root">
      <ShotSelect
        shots={model.shots}
        suggested={model.suggested}
        value={shotId}
        label={t.shotFor(view.name)}
        placeholder={
          blocked ?? (top && !shotId ? t.notAssignedLooksLike(localText(top.label)) : t.notAssigned)
        }
        disabled={Boolean(blocked) || saving}
        onChange={(id) => void assignView(view, id)}
        testId="shot-select"
      />
      {shotId && sha && status && (
        <div class="card-decision">
          {status.state === 'accepted' && <span class="cl-decision cl-accepted">{c.accepted}</span>}
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
                  aria-label={c.acceptPhoto(view.name)}
                >
                  {c.accept}
                </button>
              )}
              {status.state !== 'rejected' && (
                <button
                  type="button"
                  class="cl-btn"
                  disabled={saving}
                  onClick={() => setRejecting(true)}
                  aria-label={c.rejectPhoto(view.name)}
                >
                  {c.reject}
                </button>
              )}
              {status.state !== 'pending' && (
                <button
                  type="button"
                  class="cl-btn cl-btn-quiet"
                  disabled={saving}
                  onClick={() => void decide(sha, { state: 'pending' })}
                  aria-label={c.undoPhoto(view.name)}
                >
                  {c.undo}
                </button>
              )}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
