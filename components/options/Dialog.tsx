import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { text } from './text';

interface Props {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  wide?: boolean;
  testId?: string;
}

/** A modal dialog: focus moves in, Escape and ✕ close it, focus returns where it was. */
export function Dialog({ title, onClose, children, wide, testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.showModal();
    return () => opener?.focus?.();
  }, []);
  return (
    <dialog
      ref={ref}
      class={`dialog ${wide ? 'dialog-wide' : ''}`}
      aria-labelledby={titleId}
      onClose={onClose}
      data-testid={testId}
    >
      <header class="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          class="icon-button"
          onClick={() => ref.current?.close()}
          aria-label={text().common.close}
        >
          ✕
        </button>
      </header>
      <div class="dialog-body">{children}</div>
    </dialog>
  );
}

/** "Are you sure?" with the consequence spelled out; Enter confirms, Escape cancels. */
export function ConfirmDialog({
  title,
  children,
  confirm,
  danger,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ComponentChildren;
  confirm: string;
  danger?: boolean;
  onConfirm: () => void | Promise<void>;
  onClose: () => void;
}) {
  return (
    <Dialog title={title} onClose={onClose} testId="confirm">
      <form
        class="form"
        onSubmit={async (e) => {
          e.preventDefault();
          await onConfirm();
          onClose();
        }}
      >
        <div class="confirm-text">{children}</div>
        <div class="form-actions">
          {/* biome-ignore lint/a11y/noAutofocus: the dialog's one decision */}
          <button type="submit" class={`button ${danger ? 'danger-solid' : 'primary'}`} autoFocus>
            {confirm}
          </button>
          <button type="button" class="button" onClick={onClose}>
            {text().common.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
