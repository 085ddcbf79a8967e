import { useEffect, useRef, useState } from 'preact/hooks';
import { text } from './text';

interface Props {
  /** What is rejected, for the input's label ("front.jpg"). */
  subject: string;
  onReject: (reason: string) => void;
  onCancel: () => void;
}

/** Rejecting asks why: the reason goes into the re-request. Enter rejects, Escape cancels. */
export function RejectForm({ subject, onReject, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const t = text();
  return (
    <form
      class="cl-reject-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) onReject(reason.trim());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <input
        ref={input}
        type="text"
        required
        maxLength={500}
        value={reason}
        placeholder={t.rejectWhy}
        aria-label={t.rejectReasonFor(subject)}
        onInput={(e) => setReason(e.currentTarget.value)}
      />
      <button type="submit" class="cl-btn cl-btn-danger" disabled={!reason.trim()}>
        {t.reject}
      </button>
      <button type="button" class="cl-btn cl-btn-quiet" onClick={onCancel}>
        {t.cancel}
      </button>
    </form>
  );
}
