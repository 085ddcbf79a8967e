// Runs in Outlook's own page world (not the extension's isolated world) from the first moment, because
// Outlook starts a download by clicking an anchor it never attaches to the document and, for some files,
// by handing the browser a `blob:` URL: neither is visible from the isolated world. It only watches:
// every call goes through to Outlook's own behaviour unchanged, and what it sees is posted to this same
// window for the content script (utils/mail/outlook/download-capture.ts), which decides what counts.
// Chromium only: Firefox MV2 has no page-world content scripts; there the buyer drops the file on Check.
import { matchPatterns, OUTLOOK_HOSTS } from '@/utils/mail/hosts';
import { DOWNLOAD_HOOK_SOURCE, type DownloadHookMessage } from '@/utils/mail/outlook/download-hook-protocol';

export default defineContentScript({
  matches: matchPatterns(OUTLOOK_HOSTS.pages, '/mail/*'),
  world: 'MAIN',
  runAt: 'document_start',
  exclude: ['firefox'],
  main() {
    // After an extension update the background starts this script again in open Outlook tabs; the hook
    // installed before keeps working (it needs nothing from the extension), so one is enough.
    const installed = Symbol.for('photo-triage/outlook-download-hook');
    const marks = window as unknown as Record<symbol, boolean>;
    if (marks[installed]) return;
    marks[installed] = true;
    // Blobs Outlook made URLs for, so a `blob:` download can be handed over as the Blob itself. Few and
    // short-lived: Outlook revokes the URL right after the click; the cap bounds what a page could pile up.
    const blobs = new Map<string, Blob>();
    const MAX_BLOBS = 16;

    const createObjectURL = URL.createObjectURL;
    const revokeObjectURL = URL.revokeObjectURL;
    URL.createObjectURL = function (this: typeof URL, obj: Blob | MediaSource) {
      const url = createObjectURL.call(this, obj);
      try {
        if (obj instanceof Blob) {
          blobs.set(url, obj);
          if (blobs.size > MAX_BLOBS) blobs.delete(blobs.keys().next().value as string);
        }
      } catch {}
      return url;
    } as typeof URL.createObjectURL;
    URL.revokeObjectURL = function (this: typeof URL, url: string) {
      // Posted messages hold their own reference: forgetting it here frees nothing still needed.
      blobs.delete(url);
      return revokeObjectURL.call(this, url);
    } as typeof URL.revokeObjectURL;

    const report = (href: string | null | undefined, name?: string | null) => {
      try {
        if (!href) return;
        const url = new URL(href, location.href);
        const message: DownloadHookMessage = { source: DOWNLOAD_HOOK_SOURCE, name: name || undefined };
        if (url.protocol === 'blob:') {
          const blob = blobs.get(url.href);
          if (!blob) return;
          message.blob = blob;
        } else if (url.protocol === 'https:') message.url = url.href;
        else return;
        window.postMessage(message, location.origin);
      } catch {}
    };

    const fromAnchor = (a: HTMLAnchorElement) => {
      // A download link, or a navigation to an attachment endpoint (the response saves as a file).
      if (a.hasAttribute('download') || /GetFileAttachment|\/download\b|download\.aspx/i.test(a.href))
        report(a.href, a.getAttribute('download'));
    };

    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      // Attached anchors also reach the listener below: report detached ones here, once.
      if (!this.isConnected) fromAnchor(this);
      return click.call(this);
    };
    addEventListener(
      'click',
      (event) => {
        const a = (event.target as Element | null)?.closest?.('a[href]');
        if (a instanceof HTMLAnchorElement) fromAnchor(a);
      },
      true,
    );

    const open = window.open;
    window.open = function (this: Window, url?: string | URL, ...rest: [string?, string?]) {
      if (url && /GetFileAttachment|download\.aspx/i.test(String(url))) report(String(url));
      return open.call(this, url, ...rest);
    } as typeof window.open;
  },
});
