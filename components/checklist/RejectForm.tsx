import { useEffect, useRef, useState } from 'preact/hooks';

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
        placeholder="Why? e.g. wrong colour, label not readable"
        aria-label={`Reason for rejecting ${subject}`}
        onInput={(e) => setReason(e.currentTarget.value)}
      />
      <button type="submit" class="cl-btn cl-btn-danger" disabled={!reason.trim()}>
        Reject
      </button>
      <button type="button" class="cl-btn cl-btn-quiet" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
