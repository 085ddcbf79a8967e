// Every failure of the store reaches the UI as a StoreError: a code the code can branch on and a
// message the buyer can act on. IndexedDB's DOMException names mean nothing to a buyer.

export type StoreErrorCode =
  | 'quota'
  | 'blocked'
  | 'validation'
  | 'not-found'
  | 'version'
  | 'unavailable'
  | 'conflict'
  /** Changed in another tab (or, with team sync, by someone else) since the page read it. */
  | 'stale';

export const STORE_MESSAGES: Record<StoreErrorCode, string> = {
  quota: "Your browser's storage for Photo Triage is full. Export a backup, then delete old photos.",
  blocked:
    'Photo Triage is being updated, but another tab still uses the old version. ' +
    'Close the other Photo Triage tabs (options, Check photos), then reload this page.',
  validation: 'The data is not valid, so nothing was saved.',
  'not-found': 'That item no longer exists. It may have been deleted in another tab.',
  version:
    'Your saved data was made by a newer version of Photo Triage. Update the extension, then reload this page.',
  unavailable:
    'Photo Triage cannot reach its storage right now. Reload this page; if it keeps happening, restart the browser.',
  conflict: 'The change conflicts with other saved data, so nothing was saved.',
  stale:
    'Not saved: this was changed in another tab meanwhile, and your change would undo it. ' +
    'Reload the page to see the other change, then make yours again.',
};

export interface StoreErrorData {
  name: 'StoreError';
  code: StoreErrorCode;
  message: string;
  problems: string[];
}

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** For 'validation': each problem with its path, e.g. `order.stages[0].shots[2].label.en: expected a string`. */
  readonly problems: string[];

  constructor(
    code: StoreErrorCode,
    message?: string,
    options: { problems?: string[]; cause?: unknown } = {},
  ) {
    super(message ?? STORE_MESSAGES[code], { cause: options.cause });
    this.name = 'StoreError';
    this.code = code;
    this.problems = options.problems ?? [];
  }

  /** Plain data, for the message channel between content scripts and the background. */
  toJSON(): StoreErrorData {
    return { name: 'StoreError', code: this.code, message: this.message, problems: this.problems };
  }

  static fromJSON(data: StoreErrorData): StoreError {
    return new StoreError(data.code, data.message, { problems: data.problems });
  }
}

const MAX_LISTED = 10;

/** A validation error whose message lists the first problems, so the buyer sees exactly what is wrong. */
export function validationError(what: string, problems: string[]): StoreError {
  const listed = problems.slice(0, MAX_LISTED).join('; ');
  const more = problems.length > MAX_LISTED ? ` (and ${problems.length - MAX_LISTED} more)` : '';
  return new StoreError('validation', `${what}: ${listed}${more}.`, { problems });
}

function errorName(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const name = (e as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/**
 * Map whatever IndexedDB threw (a DOMException, an aborted transaction's error) to a StoreError.
 * `inner` is the transaction's own error when the caller has it: an AbortError hides the real cause
 * (a quota failure at commit time surfaces as the transaction aborting).
 */
export function toStoreError(e: unknown, inner?: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const name = errorName(e);
  const cause = errorName(inner) ?? errorName((e as { cause?: unknown } | undefined)?.cause);
  const detail = e instanceof Error && e.message ? e.message : String(e);
  switch (name) {
    case 'QuotaExceededError':
      return new StoreError('quota', undefined, { cause: e });
    case 'AbortError':
      if (cause === 'QuotaExceededError') return new StoreError('quota', undefined, { cause: e });
      return new StoreError('unavailable', `The change was not saved (${detail}). Try again.`, { cause: e });
    case 'VersionError':
      return new StoreError('version', undefined, { cause: e });
    case 'InvalidStateError':
    case 'TransactionInactiveError':
      return new StoreError(
        'unavailable',
        'The connection to Photo Triage’s storage was closed (another tab may be updating it). Reload this page.',
        { cause: e },
      );
    case 'ConstraintError':
      return new StoreError('conflict', undefined, { cause: e });
    case 'DataError':
    case 'DataCloneError':
      return new StoreError('validation', `The data could not be stored (${detail}).`, { cause: e });
    case 'NotFoundError':
      return new StoreError(
        'unavailable',
        'Photo Triage’s storage is missing part of its structure. Reload this page.',
        {
          cause: e,
        },
      );
    default:
      return new StoreError('unavailable', `${STORE_MESSAGES.unavailable} (${detail})`, { cause: e });
  }
}
