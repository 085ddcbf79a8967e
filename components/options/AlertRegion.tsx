import { useEffect, useId, useRef } from 'preact/hooks';
import { explainError, fieldsOf } from '@/components/desk/errors';
import { dismissNotice, notices } from './alerts';
import { text } from './text';

/** The page's message area. The live regions are always in the page, so screen readers announce additions. */
export function AlertRegion() {
  const list = notices.value;
  return (
    <div class="notices">
      <div role="alert" data-testid="alerts">
        {list
          .filter((n) => n.kind === 'error')
          .map((n) => (
            <div key={n.id} class="notice notice-error">
              <div>
                <strong>{n.message}</strong>
                {n.problems.length > 0 && (
                  <ul>
                    {n.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )}
              </div>
              <button
                type="button"
                class="icon-button"
                onClick={() => dismissNotice(n.id)}
                aria-label={text().common.dismiss}
              >
                ✕
              </button>
            </div>
          ))}
      </div>
      <div role="status" data-testid="status">
        {list
          .filter((n) => n.kind === 'success')
          .map((n) => (
            <div key={n.id} class="notice notice-success">
              <span>{n.message}</span>
              <button
                type="button"
                class="icon-button"
                onClick={() => dismissNotice(n.id)}
                aria-label={text().common.dismiss}
              >
                ✕
              </button>
            </div>
          ))}
      </div>
    </div>
  );
}

/**
 * A form's own error, shown inside the form and announced (role=alert). The fields it names are marked
 * invalid and described by it, so a screen reader on the field hears why.
 */
export function FormError({ error }: { error: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  const shown = error !== undefined && error !== null;
  useEffect(() => {
    const form = ref.current?.closest('form');
    if (!form || !shown) return;
    const marked: HTMLElement[] = [];
    for (const name of fieldsOf(error)) {
      for (const el of form.querySelectorAll<HTMLElement>(`[name="${CSS.escape(name)}"]`)) {
        const before = el.getAttribute('aria-describedby');
        el.setAttribute('aria-invalid', 'true');
        el.setAttribute('aria-describedby', before ? `${before} ${id}` : id);
        el.dataset.describedBefore = before ?? '';
        marked.push(el);
      }
    }
    return () => {
      for (const el of marked) {
        el.removeAttribute('aria-invalid');
        const before = el.dataset.describedBefore;
        if (before) el.setAttribute('aria-describedby', before);
        else el.removeAttribute('aria-describedby');
        delete el.dataset.describedBefore;
      }
    };
  }, [error, shown, id]);
  if (!shown) return null;
  const { message, problems } = explainError(error);
  return (
    <div ref={ref} id={id} role="alert" class="notice notice-error form-error" data-testid="form-error">
      <div>
        <strong>{message}</strong>
        {problems.length > 0 && (
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The end of a settings form: its error, then its one Save button. */
export function FormSave({ error, label }: { error: unknown; label: string }) {
  return (
    <>
      <FormError error={error} />
      <div class="form-actions">
        <button type="submit" class="button primary">
          {label}
        </button>
      </div>
    </>
  );
}
