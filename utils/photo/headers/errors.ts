import type { PhotoErrorCode } from '../types';

/** The subset of photo error codes the header stage can produce. */
export type HeaderErrorCode = Extract<
  PhotoErrorCode,
  'empty' | 'unsupported' | 'truncated' | 'corrupt' | 'read-failed'
>;

/** The only error the header stage throws; `code` tells the pipeline which PhotoError to report. */
export class HeaderError extends Error {
  readonly code: HeaderErrorCode;

  constructor(code: HeaderErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HeaderError';
    this.code = code;
  }
}

/** Anything a parser let slip (RangeError from a DataView, a bug) still reaches the caller as a HeaderError. */
export function toHeaderError(e: unknown): HeaderError {
  if (e instanceof HeaderError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new HeaderError('corrupt', `malformed header: ${message}`, { cause: e });
}
