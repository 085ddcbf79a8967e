// The panel's reply section: what was asked last time against what came, and the buttons that ask again.
// Split from MessagePanel along that seam.
import { shotStatusLabel } from '@/components/checklist/checklist-text';
import { agoText } from '@/components/shared-text';
import type { MessageTriage } from './message-triage';
import { mailText } from './text';

/** What was asked last time against what came, and the buttons that ask again. */
export function ReplySection({ triage }: { triage: MessageTriage }) {
  const view = triage.stageView.value;
  if (!view) return null;
  const draft = triage.draft.value;
  const statusOf = (shotId?: string) => view.checklist.shots.find((s) => s.shot.id === shotId)?.status;
  const last = triage.requests.value[0];
  const t = mailText().panel;
  const note = triage.replyNote.value;
  return (
    <div class="reply" data-reply="">
      {last && (
        <div class="asked" data-last-request={last.id}>
          <div class="row">
            <strong>{t.asked(agoText(last.askedAt))}</strong>
            <span class="note">{t.by(last.channel, last.by)}</span>
            <button type="button" class="btn" onClick={() => void triage.markAnswered(last.id)}>
              {t.markAnswered}
            </button>
          </div>
          <ol>
            {last.items.map((item, i) => {
              const status = statusOf(item.shotId);
              const came = status === 'accepted' || status === 'pending';
              return (
                <li key={i} class={came ? 'came' : 'open'}>
                  {came ? '✓ ' : ''}
                  {item.text}
                  {item.shotId && (
                    <span class="note">{t.now(status ? shotStatusLabel(status) : t.notInList)}</span>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      )}
      {draft ? (
        <div class="row">
          <button
            type="button"
            class="btn primary"
            onClick={() => void triage.insertDraft()}
            data-action="draft-reply"
          >
            {t.draft}
          </button>
          <button
            type="button"
            class="btn"
            onClick={() => void triage.copyForWeChat()}
            data-action="copy-wechat"
          >
            {t.copyWeChat}
          </button>
          <span class="note">{t.toAsk(draft.items.length)}</span>
        </div>
      ) : (
        <p class="note">{t.nothingToAsk}</p>
      )}
      {/* Always in the page, so the note is announced when it appears (a new role=status is often not). */}
      <p class="note" role="status">
        {note ? t.notes[note] : ''}
      </p>
    </div>
  );
}
