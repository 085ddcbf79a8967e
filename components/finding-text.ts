// The words a buyer reads about each finding: what is wrong, why it matters, and what to ask for.
// The analysis and rules only produce codes and numbers; wording lives in facts-text.ts, in the
// interface's language, and these functions read it in the current one.

import type { Finding, PhotoErrorCode, PixelSkipReason, Verdict } from '@/utils/photo/types';
import { type FindingText, factsText } from './facts-text';

export function describeFinding(f: Finding): FindingText {
  return factsText().findings[f.code](f);
}

export function describeError(code: PhotoErrorCode | undefined): string {
  const errors = factsText().errors;
  return (code && errors[code]) || errors['read-failed'];
}

export function describePixelSkip(reason: PixelSkipReason): string {
  const skip = factsText().pixelSkip;
  return skip[reason] ?? skip['not-in-browser'];
}

export function verdictLabel(verdict: Verdict | 'pending'): string {
  return factsText().verdict[verdict];
}

type VerdictKey = Verdict | 'pending';
const VERDICT_KEYS: VerdictKey[] = ['ok', 'warn', 'fail', 'error', 'pending'];

/**
 * The verdict's word in the current language. A record of getters, so code that indexes it
 * (`VERDICT_LABEL[v]`) reads the language signal and follows a switch like any catalog text.
 */
export const VERDICT_LABEL: Readonly<Record<VerdictKey, string>> = Object.defineProperties(
  {} as Record<VerdictKey, string>,
  Object.fromEntries(
    VERDICT_KEYS.map((k) => [k, { enumerable: true, get: () => verdictLabel(k) }]),
  ) as PropertyDescriptorMap,
);

export const VERDICT_MARK: Record<VerdictKey, string> = {
  ok: '✓',
  warn: '!',
  fail: '✗',
  error: '⚠',
  pending: '…',
};
