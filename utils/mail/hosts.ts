// The only hosts Photo Triage talks to: the mail sites it runs on and the hosts that serve their
// attachments. The manifest's permissions and the background's download guard both come from here.
import { OUTLOOK_ATTACHMENT_HOSTS, OUTLOOK_PAGE_HOSTS } from './outlook/attachments';

export const GMAIL_HOSTS = {
  /** Where the content script runs. */
  pages: ['mail.google.com'],
  /** Where Gmail's `view=att` links redirect to, cookie-less (DESIGN.md). */
  attachments: ['mail-attachment.googleusercontent.com'],
};

export const OUTLOOK_HOSTS = {
  /** Outlook on the web, work and personal; the content script runs on their mail paths only. */
  pages: [...OUTLOOK_PAGE_HOSTS] as string[],
  /** Token hosts serving attachment bytes. */
  attachments: [...OUTLOOK_ATTACHMENT_HOSTS] as string[],
};

const ALL = new Set([
  ...GMAIL_HOSTS.pages,
  ...GMAIL_HOSTS.attachments,
  ...OUTLOOK_HOSTS.pages,
  ...OUTLOOK_HOSTS.attachments,
]);

export function allowedDownloadHost(host: string): boolean {
  return ALL.has(host);
}

export const matchPatterns = (hosts: string[], path = '/*') => hosts.map((h) => `https://${h}${path}`);
