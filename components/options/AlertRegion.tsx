import { explainError } from '@/components/orders/errors';
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

/** A form's own error, shown inside the form. */
export function FormError({ error }: { error: unknown }) {
  if (error === undefined || error === null) return null;
  const { message, problems } = explainError(error);
  return (
    <div role="alert" class="notice notice-error form-error" data-testid="form-error">
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
