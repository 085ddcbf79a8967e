// The only hosts Photo Triage talks to: the mail sites it runs on and the hosts that serve their
// attachments. The manifest's permissions and the background's download guard both come from here.

export const GMAIL_HOSTS = {
  /** Where the content script runs. */
  pages: ['mail.google.com'],
  /** Where Gmail's `view=att` links redirect to, cookie-less (DESIGN.md). */
  attachments: ['mail-attachment.googleusercontent.com'],
};

export function allowedDownloadHost(host: string): boolean {
  return [...GMAIL_HOSTS.pages, ...GMAIL_HOSTS.attachments].includes(host);
}

export const matchPatterns = (hosts: string[]) => hosts.map((h) => `https://${h}/*`);
