// What a badge beside a mail attachment says, at each stage of knowing: the size the mail client shows
// (at once), the header (in a moment), the pixels (then). Pure: state in, text and tone out.
import { describeFinding } from '@/components/finding-text';
import { formatBytes, formatDimensions } from '@/utils/format';
import type { RemoteFailure } from '@/utils/photo/remote-protocol';
import type { Finding, PhotoReport, Verdict } from '@/utils/photo/types';
import { verdictOf } from '@/utils/triage/rules';
import type { Thresholds } from '@/utils/triage/thresholds';

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
  /** One line for the tooltip / screen readers. */
  title: string;
  verdict: Verdict | 'pending';
  findings: Finding[];
}

const MARK: Record<Tone, string> = { ok: '✓', warn: '!', fail: '✗', error: '⚠', neutral: '' };

function worst(findings: Finding[]): Finding | undefined {
  return findings.find((f) => f.severity === 'fail') ?? findings.find((f) => f.severity === 'warn');
}

export function badgeView(state: BadgeState, t: Thresholds): BadgeView {
  switch (state.phase) {
    case 'displayed': {
      const size = state.displayedSize;
      // The file size alone can show the problem (the 68 KB photo) before a byte is read.
      if (size !== undefined && size < t.failBelowBytes) {
        const f: Finding = {
          code: 'small-file',
          severity: 'fail',
          measured: size,
          threshold: t.failBelowBytes,
        };
        return {
          text: `${formatBytes(size)} ✗`,
          tone: 'fail',
          title: describeFinding(f).detail,
          verdict: 'pending',
          findings: [f],
        };
      }
      return {
        text: size !== undefined ? `${formatBytes(size)} · checking…` : 'checking…',
        tone: 'neutral',
        title: 'Photo Triage is checking this photo.',
        verdict: 'pending',
        findings: [],
      };
    }
    case 'header':
    case 'full': {
      const r = state.report;
      const findings = state.phase === 'full' ? state.findings : r.findings;
      if (r.error) {
        return { text: '⚠ unreadable', tone: 'error', title: r.error.message, verdict: 'error', findings };
      }
      const verdict = verdictOf(findings);
      const tone: Tone = verdict === 'ok' ? 'ok' : verdict === 'warn' ? 'warn' : 'fail';
      const w = worst(findings);
      const numbers = `${formatDimensions(r.width, r.height)} · ${formatBytes(r.bytes)}`;
      const pending = state.phase === 'header' ? ' · checking pixels…' : '';
      const text = w
        ? `${numbers} ${MARK[tone]} ${describeFinding(w).short}`
        : `${numbers} ${MARK[tone]}${pending}`;
      const title =
        findings
          .filter((f) => f.severity !== 'info')
          .map((f) => describeFinding(f).detail)
          .join(' ') || 'Fine to inspect.';
      return {
        text,
        tone,
        title,
        verdict: state.phase === 'header' && verdict === 'ok' ? 'pending' : verdict,
        findings,
      };
    }
    case 'failed': {
      const f = state.failure;
      const why =
        f.code === 'http'
          ? `the server answered ${f.status}`
          : f.code === 'timeout'
            ? 'it took too long'
            : f.code === 'blocked-host'
              ? 'it is not on the mail site'
              : f.code === 'interrupted'
                ? 'Photo Triage was interrupted (restarted or updated); retry'
                : 'the connection failed';
      return {
        text: '⚠ couldn’t download',
        tone: 'error',
        title: `Couldn’t download this attachment: ${why}.`,
        verdict: 'error',
        findings: [],
      };
    }
    case 'preview': {
      const size = state.displayedSize;
      if (size !== undefined && size < t.failBelowBytes)
        return badgeView({ phase: 'displayed', displayedSize: size }, t);
      return {
        text: `≥ ${formatDimensions(state.width, state.height)} · ${formatBytes(size)} · preview only`,
        tone: 'neutral',
        title:
          'Measured from Outlook’s preview, which may be smaller than the file: at least this size. Download the file, or drop it on Check photos, for sharpness, lighting and camera data.',
        verdict: 'pending',
        findings: [],
      };
    }
    case 'not-measurable': {
      const text = {
        drive: 'Drive link · not measurable',
        'no-link': 'not measurable',
        'download-to-check': 'download to check',
      }[state.reason];
      const title = {
        drive: 'Photo Triage cannot read files behind a Drive link. Ask for the photos as attachments.',
        'no-link': 'Photo Triage found no way to read this file.',
        'download-to-check':
          'Outlook does not give Photo Triage this file. Open its preview, or download it and drop it on Check photos.',
      }[state.reason];
      return { text, tone: 'neutral', title, verdict: 'pending', findings: [] };
    }
    case 'zip': {
      const v = state.verdicts;
      if (state.done < state.photos) {
        return {
          text: `zip · ${state.photos} photos · checking…`,
          tone: 'neutral',
          title: 'Checking the photos inside this zip.',
          verdict: 'pending',
          findings: [],
        };
      }
      const verdict: Verdict = v.error || v.fail ? 'fail' : v.warn ? 'warn' : 'ok';
      const parts = [
        v.fail + v.error ? `${v.fail + v.error} ✗` : '',
        v.warn ? `${v.warn} !` : '',
        v.ok ? `${v.ok} ✓` : '',
      ].filter(Boolean);
      return {
        text: `zip · ${state.photos} photo${state.photos === 1 ? '' : 's'}: ${parts.join(' ')}`,
        tone: verdict === 'ok' ? 'ok' : verdict === 'warn' ? 'warn' : 'fail',
        title: 'The photos inside this zip are listed in the Photo Triage panel.',
        verdict,
        findings: [],
      };
    }
  }
}
