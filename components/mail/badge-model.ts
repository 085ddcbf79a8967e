// What a badge beside a mail attachment says, at each stage of knowing: the size the mail client shows
// (at once), the header (in a moment), the pixels (then). Pure: state in, text and tone out.
import { describeError, describeFinding } from '@/components/finding-text';
import { formatBytes, formatDimensions } from '@/utils/format';
import type { RemoteFailure } from '@/utils/photo/remote-protocol';
import type { Finding, PhotoReport, Verdict } from '@/utils/photo/types';
import { verdictOf } from '@/utils/triage/rules';
import type { Thresholds } from '@/utils/triage/thresholds';
import { mailText } from './text';

export type BadgeState =
  /** Only what the mail client displays: the file's size. */
  | { phase: 'displayed'; displayedSize?: number }
  /** Dimensions and EXIF are known; pixels are still being checked. */
  | { phase: 'header'; report: PhotoReport }
  /** Everything known; findings include the message's duplicates and reuse. */
  | { phase: 'full'; report: PhotoReport; findings: Finding[] }
  | { phase: 'failed'; failure: RemoteFailure }
  /** Outlook gave no bytes, but its preview picture is open: its natural size is a lower bound. */
  | { phase: 'preview'; width: number; height: number; displayedSize?: number }
  /** No bytes: a Drive link, no link at all, or an Outlook file only the buyer's download reaches. */
  | { phase: 'not-measurable'; reason: 'drive' | 'no-link' | 'download-to-check' }
  /** A zip: its photos are listed in the panel; the badge sums them up. */
  | { phase: 'zip'; photos: number; done: number; verdicts: Record<Verdict, number> };

export type Tone = 'ok' | 'warn' | 'fail' | 'error' | 'neutral';

export interface BadgeView {
  text: string;
  tone: Tone;
  /** One line for the tooltip and the details. */
  title: string;
  /** The badge said in words, marks spelled out ("640×480, 42 KB — too small"): its accessible name. */
  spoken: string;
  /**
   * `pending` only while work is really running (a download, a measurement, Gmail still scanning the
   * file); `none` is final: nothing will be measured (a Drive link, no link, only a preview, a file that
   * waits for the buyer's own download), so tests, screen readers and counts can rely on it.
   */
  verdict: Verdict | 'pending' | 'none';
  findings: Finding[];
}

const MARK: Record<Tone, string> = { ok: '✓', warn: '!', fail: '✗', error: '⚠', neutral: '' };

function worst(findings: Finding[]): Finding | undefined {
  return findings.find((f) => f.severity === 'fail') ?? findings.find((f) => f.severity === 'warn');
}

type BadgeText = ReturnType<typeof mailText>['badge'];
type StateOf<P extends BadgeState['phase']> = Extract<BadgeState, { phase: P }>;

/** A badge that says where things stand, with no verdict of its own yet (or none to come). */
function neutral(shown: string, title: string, verdict: 'pending' | 'none', spoken = shown): BadgeView {
  return { text: shown, tone: 'neutral', title, spoken, verdict, findings: [] };
}

const toneOf = (verdict: Verdict): Tone => (verdict === 'ok' ? 'ok' : verdict === 'warn' ? 'warn' : 'fail');

/** Reads the interface language: called in a render, the badge follows a language switch. */
export function badgeView(state: BadgeState, t: Thresholds): BadgeView {
  const text = mailText().badge;
  switch (state.phase) {
    case 'displayed':
      return displayedView(state.displayedSize, t, text);
    case 'header':
    case 'full':
      return reportView(state, text);
    case 'failed': {
      const f = state.failure;
      const why = (text.failedWhy[f.code] ?? text.failedWhy.network)(f.status);
      const title = text.failedTitle(why);
      return {
        text: `⚠ ${text.failed}`,
        tone: 'error',
        title,
        spoken: `${text.failed} — ${title}`,
        verdict: 'error',
        findings: [],
      };
    }
    case 'preview': {
      const size = state.displayedSize;
      // The size alone fails it, and nothing more will be measured: a final verdict.
      if (size !== undefined && size < t.failBelowBytes)
        return { ...displayedView(size, t, text), verdict: 'fail' };
      const shown = text.preview(formatDimensions(state.width, state.height), formatBytes(size));
      return neutral(shown, text.previewTitle, 'none');
    }
    case 'not-measurable': {
      const shown = text.notMeasurable[state.reason];
      const title = text.notMeasurableTitle[state.reason];
      return neutral(shown, title, 'none', `${shown} — ${title}`);
    }
    case 'zip':
      return zipView(state, text);
  }
}

/** Only the size the mail client shows: it alone can show the problem (the 68 KB photo) before a byte is read. */
function displayedView(size: number | undefined, t: Thresholds, text: BadgeText): BadgeView {
  if (size !== undefined && size < t.failBelowBytes) {
    const f: Finding = { code: 'small-file', severity: 'fail', measured: size, threshold: t.failBelowBytes };
    const words = describeFinding(f);
    return {
      text: `${formatBytes(size)} ✗`,
      tone: 'fail',
      title: words.detail,
      spoken: `${formatBytes(size)} — ${words.short}, ${text.verdictWord.pending}`,
      verdict: 'pending',
      findings: [f],
    };
  }
  const shown = size !== undefined ? text.checkingSize(formatBytes(size)) : text.checking;
  return neutral(shown, text.checkingTitle, 'pending');
}

/** A measured photo: from its header (pixels still being checked), or whole. */
function reportView(state: StateOf<'header' | 'full'>, text: BadgeText): BadgeView {
  const r = state.report;
  const findings = state.phase === 'full' ? state.findings : r.findings;
  if (r.error) {
    const why = describeError(r.error.code);
    return {
      text: `⚠ ${text.unreadable}`,
      tone: 'error',
      title: why,
      spoken: `${text.unreadable} — ${why}`,
      verdict: 'error',
      findings,
    };
  }
  const verdict = verdictOf(findings);
  const tone = toneOf(verdict);
  const w = worst(findings);
  const size = formatBytes(r.bytes);
  const dims = formatDimensions(r.width, r.height);
  const headerOnly = state.phase === 'header';
  const worstWords = w ? describeFinding(w).short : undefined;
  const shown = worstWords
    ? `${dims} · ${size} ${MARK[tone]} ${worstWords}`
    : `${dims} · ${size} ${MARK[tone]}${headerOnly ? ` · ${text.checkingPixels}` : ''}`;
  const title =
    findings
      .filter((f) => f.severity !== 'info')
      .map((f) => describeFinding(f).detail)
      .join(' ') || text.fine;
  // The visible words stay inside the spoken name (WCAG 2.5.3: speech users say what they see).
  const said = worstWords ?? (headerOnly ? text.checkingPixels : text.verdictWord.ok);
  return {
    text: shown,
    tone,
    title,
    spoken: `${dims}, ${size} — ${said}`,
    verdict: headerOnly && verdict === 'ok' ? 'pending' : verdict,
    findings,
  };
}

/** A zip sums up its photos once all are checked. */
function zipView(state: StateOf<'zip'>, text: BadgeText): BadgeView {
  if (state.done < state.photos)
    return neutral(text.zipChecking(state.photos), text.zipCheckingTitle, 'pending');
  const v = state.verdicts;
  const verdict: Verdict = v.error || v.fail ? 'fail' : v.warn ? 'warn' : 'ok';
  const bad = v.fail + v.error;
  const marks = [bad ? `${bad} ✗` : '', v.warn ? `${v.warn} !` : '', v.ok ? `${v.ok} ✓` : '']
    .filter(Boolean)
    .join(' ');
  const shown = text.zipDone(state.photos, marks);
  return {
    text: shown,
    tone: toneOf(verdict),
    title: text.zipTitle,
    spoken: `${shown} — ${text.zipCounts(bad, v.warn, v.ok)}`,
    verdict,
    findings: [],
  };
}
