// Runs in Outlook's own page world (not the extension's isolated world) from the first moment, for two
// things the isolated world cannot see or do:
// - downloads: Outlook starts one by clicking an anchor it never attaches to the document and, for some
//   files, by handing the browser a `blob:` URL (utils/mail/outlook/download-capture.ts decides what counts);
// - Outlook's own service (service.svc): its answers list the open message's attachments, and a request
//   for an attachment's bytes succeeds only with the headers Outlook itself sends (its bearer token), which
//   this script reuses here and never hands on (utils/mail/outlook/service-bytes.ts asks; ./byte-ways says how).
// It only watches Outlook's calls: every one goes through unchanged, and a parse that fails changes nothing.
// Chromium, and Firefox 128+ (MAIN-world manifest scripts in MV2 too; WXT 0.21 passes `world` through).
import { createLimiter } from '@/utils/concurrency';
import { matchPatterns, OUTLOOK_HOSTS } from '@/utils/mail/hosts';
import { SERVICE_GET_ATTACHMENT } from '@/utils/mail/outlook/byte-ways';
import { DOWNLOAD_HOOK_SOURCE, type DownloadHookMessage } from '@/utils/mail/outlook/download-hook-protocol';
import {
  attachmentsIn,
  contentOfAnswer,
  decodeBase64InSteps,
  getAttachmentRequest,
  isListingAction,
  isWanted,
  pickHeaders,
  readTextInSteps,
  serviceAction,
  serviceUrl,
  urlPostData,
} from '@/utils/mail/outlook/service-answers';
import {
  isServiceFetchRequest,
  isServiceHelloMessage,
  SERVICE_SOURCE,
  type ServiceAttachment,
  type ServiceFetchAnswer,
  type ServiceSeenMessage,
} from '@/utils/mail/outlook/service-protocol';

export default defineContentScript({
  matches: matchPatterns(OUTLOOK_HOSTS.pages, '/mail/*'),
  world: 'MAIN',
  runAt: 'document_start',
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

    watchService();
  },
});

/** A GetAttachment answer larger than this is not read (base64 of a 45 MB file). */
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;
/** Listing answers larger than this are passed through unread. */
const MAX_LISTING_BYTES = 8 * 1024 * 1024;
/** Byte requests in flight at once: a few, like Outlook's own previews. */
const MAX_FETCHES = 3;
/** Answers reported again to a content script that starts after them. */
const MAX_REPORTS = 20;
/** Attachments remembered from Outlook's answers (the open messages' and a few before). */
const MAX_KNOWN = 1000;

/**
 * Hands the page's thread back to Outlook between steps of work: `scheduler.yield()` where the browser has
 * it (Chrome 129+; no 4 ms timer clamp), else a timer.
 */
const pause = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function'
    ? scheduler.yield()
    : new Promise<void>((resolve) => setTimeout(resolve, 0));
};

/**
 * What the hook learns from Outlook's own calls. Held in this script's closures only: never posted, stored
 * or logged (the credentials above all), and out of the page's reach (no global refers to it).
 */
interface ServiceState {
  /** The page's fetch before the hook wrapped it: the hook's own requests are not observed again. */
  nativeFetch: typeof window.fetch;
  /** Headers of Outlook's last successful service call (its bearer token among them). */
  credentials?: { url: string; headers: Record<string, string> };
  /** Attachments Outlook's answers listed, by id: the only ones a request may name. */
  known: Map<string, ServiceAttachment>;
  /** The last answers' reports, posted again when the content script starts listening. */
  reports: ServiceSeenMessage[];
}

function watchService(): void {
  const state: ServiceState = { nativeFetch: window.fetch, known: new Map(), reports: [] };
  observeFetch(state);
  observeXhr(state);
  answerRequests(state);
}

/** A listing answer Outlook received: its attachments remembered and reported (no header, no token). */
function seen(state: ServiceState, action: string, json: unknown): void {
  const { known, reports } = state;
  const attachments = attachmentsIn(json);
  for (const a of attachments) {
    known.delete(a.id);
    known.set(a.id, a);
    if (known.size > MAX_KNOWN) known.delete(known.keys().next().value as string);
  }
  const message: ServiceSeenMessage = { source: SERVICE_SOURCE, type: 'seen', action, attachments };
  reports.push(message);
  if (reports.length > MAX_REPORTS) reports.shift();
  window.postMessage(message, location.origin);
}

/** A call Outlook made that succeeded: its headers are the ones to send (one with a token preferred). */
function answered(state: ServiceState, url: string, headers: Record<string, string>, status: number): void {
  if (status < 200 || status >= 300) return;
  if (headers.authorization !== undefined || !state.credentials?.headers.authorization)
    state.credentials = { url, headers };
}

/** Outlook's fetch calls to service.svc, observed: each goes through unchanged, its answer read on a clone. */
function observeFetch(state: ServiceState): void {
  const { nativeFetch } = state;
  window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    // biome-ignore lint/complexity/noArguments: Outlook's own call goes through exactly as it was made
    const call = nativeFetch.apply(this, arguments as unknown as [RequestInfo | URL, RequestInit?]);
    try {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const headers = new Headers(input instanceof Request ? input.headers : undefined);
      if (init?.headers) for (const [k, v] of new Headers(init.headers)) headers.set(k, v);
      const action = serviceAction(url, headers.get('action'));
      if (action) {
        const picked = pickHeaders(headers.entries());
        call.then(
          (response) => {
            try {
              answered(state, url, picked, response.status);
              if (!response.ok || !isListingAction(action)) return;
              if (Number(response.headers.get('content-length') ?? 0) > MAX_LISTING_BYTES) return;
              response
                .clone()
                .json()
                .then((json) => seen(state, action, json))
                .catch(() => {});
            } catch {}
          },
          () => {},
        );
      }
    } catch {}
    return call;
  } as typeof window.fetch;
}

/** Outlook's XMLHttpRequest calls to service.svc, observed the same way (some builds use XHR). */
function observeXhr(state: ServiceState): void {
  const calls = new WeakMap<XMLHttpRequest, { url: string; headers: [string, string][] }>();
  const xhrOpen = XMLHttpRequest.prototype.open;
  const xhrHeader = XMLHttpRequest.prototype.setRequestHeader;
  const xhrSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      calls.set(this, { url: String(args[1]), headers: [] });
    } catch {}
    return (xhrOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.setRequestHeader = function (this: XMLHttpRequest, name: string, value: string) {
    try {
      calls.get(this)?.headers.push([String(name), String(value)]);
    } catch {}
    return xhrHeader.call(this, name, value);
  };
  XMLHttpRequest.prototype.send = function (
    this: XMLHttpRequest,
    body?: Document | XMLHttpRequestBodyInit | null,
  ) {
    try {
      const call = calls.get(this);
      const action =
        call && serviceAction(call.url, call.headers.find(([k]) => k.toLowerCase() === 'action')?.[1]);
      if (call && action) {
        const picked = pickHeaders(call.headers);
        this.addEventListener('load', () => {
          try {
            answered(state, call.url, picked, this.status);
            if (this.status < 200 || this.status >= 300 || !isListingAction(action)) return;
            const type = this.responseType;
            const json =
              type === 'json'
                ? this.response
                : (type === '' || type === 'text') && this.responseText.length <= MAX_LISTING_BYTES
                  ? JSON.parse(this.responseText)
                  : undefined;
            if (json !== undefined) seen(state, action, json);
          } catch {}
        });
      }
    } catch {}
    return xhrSend.call(this, body);
  };
}

/** One listed picture or zip, with GetAttachment and Outlook's own headers; the answer holds no header. */
async function fetchBytes(state: ServiceState, id: string, signal: AbortSignal): Promise<ServiceFetchAnswer> {
  const way = SERVICE_GET_ATTACHMENT.id;
  const attachment = state.known.get(id);
  if (!attachment || !isWanted(attachment)) return { type: 'failed', reason: 'unknown-attachment' };
  if (!state.credentials) return { type: 'failed', reason: 'no-headers', way };
  const { nativeFetch, credentials } = state;
  const { url, headers } = credentials;
  // Called unbound, as the page's own fetch is: with `state` as `this` the browser throws Illegal invocation.
  const response = await nativeFetch(serviceUrl('GetAttachment', url, location.origin), {
    method: 'POST',
    credentials: 'include',
    signal,
    headers: {
      ...headers,
      action: 'GetAttachment',
      'x-owa-urlpostdata': urlPostData(getAttachmentRequest(id)),
      'content-type': 'application/json; charset=utf-8',
    },
  });
  if (!response.ok) return { type: 'failed', reason: 'http', status: response.status, way };
  if (Number(response.headers.get('content-length') ?? 0) > MAX_ANSWER_BYTES)
    return { type: 'failed', reason: 'too-large', way };
  // Read, cut and decoded in steps, not response.json(): megabytes of JSON and base64 decoded at once
  // would be long tasks on Outlook's own thread.
  const content = contentOfAnswer(await readTextInSteps(response, pause), id);
  const bytes = content === undefined ? undefined : await decodeBase64InSteps(content, pause);
  if (!bytes) return { type: 'failed', reason: 'shape', way };
  return {
    type: 'bytes',
    blob: new Blob([bytes as BlobPart], { type: attachment.contentType ?? '' }),
    way,
  };
}

/**
 * Requests from the content script. Anyone on the page can post one; it only ever reaches attachments
 * Outlook's own answers listed, pictures and zips, with Outlook's own headers: nothing the page could not
 * do itself. The answer goes back on the port that came with the request, and holds no header.
 */
function answerRequests(state: ServiceState): void {
  const slot = createLimiter(MAX_FETCHES);
  addEventListener('message', (event: MessageEvent) => {
    try {
      if (event.source !== window) return;
      if (isServiceHelloMessage(event.data)) {
        for (const report of state.reports) window.postMessage(report, location.origin);
        return;
      }
      if (!isServiceFetchRequest(event.data)) return;
      const port = event.ports[0];
      if (!port) return;
      const controller = new AbortController();
      port.onmessage = (e) => {
        if ((e.data as { type?: unknown } | null)?.type === 'cancel') controller.abort();
      };
      const { id } = event.data;
      void slot(async () => {
        if (controller.signal.aborted) return { type: 'failed', reason: 'aborted' } as ServiceFetchAnswer;
        return fetchBytes(state, id, controller.signal);
      })
        .catch(
          (): ServiceFetchAnswer => ({
            type: 'failed',
            reason: controller.signal.aborted ? 'aborted' : 'network',
            way: SERVICE_GET_ATTACHMENT.id,
          }),
        )
        .then((answer) => {
          port.postMessage(answer);
          port.close();
        });
    } catch {}
  });
}
