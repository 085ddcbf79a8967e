// What an attachment's badge shows, from what the message's triage holds: its failure, its photo's header
// or report, a zip's verdicts so far, or what the mail client shows. Split from MessageTriage.
import type { ReadonlySignal } from '@preact/signals';
import type { MailAttachment } from '@/utils/mail/adapter';
import type { RemoteFailure } from '@/utils/photo/remote-protocol';
import type { Finding } from '@/utils/photo/types';
import type { BadgeState } from './badge-model';
import type { MessagePhoto } from './message-bytes';

/** What the badge reads of the triage (MessageTriage). */
export interface BadgeSource {
  readonly failures: ReadonlySignal<Record<string, RemoteFailure>>;
  readonly photos: ReadonlySignal<MessagePhoto[]>;
  readonly findings: ReadonlySignal<Record<string, Finding[]>>;
  requestKey(a: MailAttachment): string;
  photoOf(a: MailAttachment): MessagePhoto | undefined;
}

/** What the attachment's badge shows right now (`downloadAllKey`: the key of Outlook's "Download all"). */
export function badgeStateOf(source: BadgeSource, a: MailAttachment, downloadAllKey: string): BadgeState {
  const key = source.requestKey(a);
  const photo = source.photoOf(a);
  const failure =
    source.failures.value[key] ??
    (!photo && a.byteStrategy === 'outlook-download-capture'
      ? source.failures.value[downloadAllKey]
      : undefined);
  if (failure) return { phase: 'failed', failure };
  if (a.kind === 'zip') {
    const entries = source.photos.value.filter((p) => p.attachmentKey === key);
    if (!entries.length)
      // A zip Outlook gives only to the download waits for it, like a photo (not "checking" for ever).
      return a.byteStrategy === 'outlook-download-capture'
        ? { phase: 'not-measurable', reason: 'download-to-check' }
        : { phase: 'displayed', displayedSize: a.displayedSize };
    // A refused zip is one verdict on the zip itself (unreadable, and why), not "1 photo".
    const refused = entries.find((e) => e.key === key && e.report?.error);
    if (refused?.report) return { phase: 'full', report: refused.report, findings: refused.report.findings };
    const verdicts = { ok: 0, warn: 0, fail: 0, error: 0 };
    let done = 0;
    for (const e of entries) {
      if (!e.report) continue;
      done++;
      const f = source.findings.value[e.key] ?? [];
      const v = e.report.error
        ? 'error'
        : f.some((x) => x.severity === 'fail')
          ? 'fail'
          : f.some((x) => x.severity === 'warn')
            ? 'warn'
            : 'ok';
      verdicts[v]++;
    }
    return { phase: 'zip', photos: entries.length, done, verdicts };
  }
  if (photo?.report)
    return {
      phase: 'full',
      report: photo.report,
      findings: source.findings.value[key] ?? photo.report.findings,
    };
  if (photo?.header) return { phase: 'header', report: photo.header };
  if (a.byteStrategy === 'outlook-service') return { phase: 'displayed', displayedSize: a.displayedSize };
  if (!a.fetchUrl) {
    // Gmail is still scanning the file: work is running (Gmail's), the badge says checking.
    if (a.byteStrategy === 'gmail-scanning') return { phase: 'displayed', displayedSize: a.displayedSize };
    if (a.previewSize) return { phase: 'preview', ...a.previewSize, displayedSize: a.displayedSize };
    return {
      phase: 'not-measurable',
      reason: a.byteStrategy === 'outlook-download-capture' ? 'download-to-check' : 'no-link',
    };
  }
  return { phase: 'displayed', displayedSize: a.displayedSize };
}
