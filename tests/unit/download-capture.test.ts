import { describe, expect, it } from 'vitest';
import type { MailAttachment, MailMessage } from '@/utils/mail/adapter';
import { CAPTURE_WINDOW_MS, matchCapture, watchDownloads } from '@/utils/mail/outlook/download-capture';
import { DOWNLOAD_HOOK_SOURCE, isDownloadHookMessage } from '@/utils/mail/outlook/download-hook-protocol';
import type { DownloadIntent } from '@/utils/mail/outlook/download-intent';
import { trustedClick } from './helpers/trusted-click';

function tile(name: string, parent: HTMLElement): MailAttachment {
  const el = document.createElement('div');
  el.setAttribute('role', 'option');
  const more = document.createElement('button');
  more.setAttribute('aria-label', 'Download');
  el.append(more);
  parent.append(el);
  return {
    key: `att:${name}`,
    name,
    kind: 'image',
    badgeAnchor: el,
    byteStrategy: 'outlook-download-capture',
  };
}

function message(names: string[]): MailMessage {
  const element = document.createElement('div');
  document.body.append(element);
  return {
    client: 'outlook',
    id: 'm1',
    element,
    sender: {},
    subject: '',
    bodyText: () => '',
    attachments: names.map((n) => tile(n, element)),
    inlineImages: [],
    driveLinks: [],
    signal: new AbortController().signal,
  };
}

const intent = (m: MailMessage, names: string[], at: number, all = false): DownloadIntent => ({
  message: m,
  attachments: m.attachments.filter((a) => names.includes(a.name)),
  all,
  at,
});

describe('matchCapture: which Download click a saved file belongs to', () => {
  const m = message(['dark.jpg', 'blurry.jpg']);
  const [dark, blurry] = m.attachments;

  it('by the saved name, case aside', () => {
    const intents = [intent(m, ['dark.jpg'], 1000), intent(m, ['blurry.jpg'], 2000)];
    expect(matchCapture(intents, { name: 'DARK.jpg' }, 3000)?.match).toEqual({ attachment: dark });
  });

  it('without a name, the newest click when it named one file', () => {
    const intents = [intent(m, ['dark.jpg'], 1000), intent(m, ['blurry.jpg'], 2000)];
    expect(matchCapture(intents, {}, 3000)?.match).toEqual({ attachment: blurry });
  });

  it('"Download all" takes a zip, or a nameless file', () => {
    const all = [intent(m, ['dark.jpg', 'blurry.jpg'], 1000, true)];
    expect(matchCapture(all, { name: 'attachments.zip' }, 2000)?.match).toEqual({ all: [dark, blurry] });
    expect(matchCapture(all, {}, 2000)?.match).toEqual({ all: [dark, blurry] });
  });

  it('nothing for a file no recent click asked for', () => {
    expect(matchCapture([], {}, 1000)).toBeUndefined();
    expect(matchCapture([intent(m, ['dark.jpg'], 1000)], { name: 'invoice.pdf' }, 2000)).toBeUndefined();
    expect(matchCapture([intent(m, ['dark.jpg'], 1000)], {}, 1000 + CAPTURE_WINDOW_MS + 1)).toBeUndefined();
    // A nameless file after a click that was neither one file nor "Download all" is ambiguous.
    expect(matchCapture([intent(m, ['dark.jpg', 'blurry.jpg'], 1000)], {}, 2000)).toBeUndefined();
  });
});

describe('the hook message', () => {
  it('needs our source and a URL or a Blob; nothing else passes', () => {
    expect(isDownloadHookMessage({ source: DOWNLOAD_HOOK_SOURCE, url: 'https://x' })).toBe(true);
    expect(
      isDownloadHookMessage({ source: DOWNLOAD_HOOK_SOURCE, blob: new Blob(['x']), name: 'a.jpg' }),
    ).toBe(true);
    expect(isDownloadHookMessage({ source: DOWNLOAD_HOOK_SOURCE })).toBe(false);
    expect(isDownloadHookMessage({ source: 'other', url: 'https://x' })).toBe(false);
    expect(isDownloadHookMessage({ source: DOWNLOAD_HOOK_SOURCE, url: 42 })).toBe(false);
    expect(isDownloadHookMessage('photo-triage')).toBe(false);
  });
});

describe('watchDownloads: the buyer clicks Download, then the page saves the file', () => {
  const post = (data: unknown, origin = location.origin) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin }));
  const url = 'https://attachments.office.net/owa/x/service.svc/s/GetFileAttachment?id=1&token=t';

  it('pairs the click with the file, once; ignores other hosts, other origins, and files nobody asked for', () => {
    const m = message(['dark.jpg', 'blurry.jpg']);
    const got: unknown[] = [];
    const stop = watchDownloads(m, (match, capture) => got.push([match, capture.url ?? capture.blob?.size]));
    post({ source: DOWNLOAD_HOOK_SOURCE, url }); // no click yet
    trustedClick(m.attachments[0].badgeAnchor.querySelector('button')!);
    post({ source: DOWNLOAD_HOOK_SOURCE, url: 'https://evil.example/x.jpg' });
    post({ source: DOWNLOAD_HOOK_SOURCE, url: `${url}&from=other-origin` }, 'https://evil.example');
    post({ source: DOWNLOAD_HOOK_SOURCE, url });
    post({ source: DOWNLOAD_HOOK_SOURCE, url }); // the click was used
    expect(got).toEqual([[{ attachment: m.attachments[0] }, url]]);
    trustedClick(m.attachments[1].badgeAnchor.querySelector('button')!);
    post({ source: DOWNLOAD_HOOK_SOURCE, blob: new Blob([new Uint8Array(7)]), name: 'blurry.jpg' });
    expect(got[1]).toEqual([{ attachment: m.attachments[1] }, 7]);
    stop();
    trustedClick(m.attachments[0].badgeAnchor.querySelector('button')!);
    post({ source: DOWNLOAD_HOOK_SOURCE, url });
    expect(got).toHaveLength(2);
  });

  it("ignores the page's own clicks: an untrusted Download click and a posted Blob capture nothing", () => {
    const m = message(['dark.jpg', 'good.jpg']);
    const got: unknown[] = [];
    const stop = watchDownloads(m, (match, capture) => got.push([match, capture.blob?.size]));
    const forged = { source: DOWNLOAD_HOOK_SOURCE, blob: new Blob([new Uint8Array(9)]), name: 'dark.jpg' };
    // What a page script does: its clicks are untrusted (element.click(), dispatchEvent).
    (m.attachments[0].badgeAnchor.querySelector('button') as HTMLElement).click();
    post(forged);
    m.attachments[0].badgeAnchor
      .querySelector('button')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    post(forged);
    expect(got).toEqual([]);
    // The buyer's own click still counts.
    trustedClick(m.attachments[0].badgeAnchor.querySelector('button')!);
    post(forged);
    expect(got).toEqual([[{ attachment: m.attachments[0] }, 9]]);
    stop();
  });
});
