// Background side of the analyze port: fetch an attachment (only from allowed mail hosts), analyse it
// with a bounded number at once, file each photo where it was measured, stream header and full reports
// back (no thumbnail: the mail page asks for a picture when it shows one), cancel when the tab moves on.
import { createLimiter } from '@/utils/concurrency';
import { base64ToBytes } from '@/utils/data-url';
import { type CheckCallbacks, checkSource } from './check-source';
import type {
  Filing,
  FilingTarget,
  RemoteBytes,
  RemoteCommand,
  RemoteEvent,
  RemoteFailure,
  RemotePhotoRequest,
} from './remote-protocol';
import { baseName } from './remote-protocol';
import type { PhotoReport } from './types';

export interface RemoteAnalyzerOptions {
  /** Hosts the background may fetch from: the mail sites and their attachment hosts. */
  allowedHosts: (host: string) => boolean;
  fetch?: typeof fetch;
  /** How long a download may go without a byte (no answer, or a body that stopped): DOWNLOAD_SILENCE_MS. */
  timeoutMs?: number;
  /** Files one measured photo of a request that asked for it (see utils/mail/filing); never throws. */
  file?: (target: FilingTarget, photo: MeasuredPhoto) => Promise<Filing>;
}

export interface MeasuredPhoto {
  /** The file's name in the message (a zip entry's path inside its zip). */
  name: string;
  report: PhotoReport;
  thumbnail?: Blob;
}

/** Whether a photo of the request is filed: it has an identity, and is one the request wants filed. */
function wantsFiling(target: FilingTarget | undefined, name: string, report: PhotoReport) {
  if (!target || !report.sha256) return false;
  return !target.onlyNames || target.onlyNames.includes(baseName(name));
}

/**
 * A download is given up after 30 s without a byte: a server that never answers, or a body that stops
 * half-way. Silence, not length: a 20 MB photo on a slow line that keeps arriving is not cut off.
 */
export const DOWNLOAD_SILENCE_MS = 30_000;

/**
 * Runs only while we wait on the network (for the answer, then for each chunk we asked for): time a
 * photo spends waiting for a decode slot, not reading, is not silence.
 */
interface Silence {
  readonly signal: AbortSignal;
  start(): void;
  stop(): void;
  readonly expired: boolean;
}

function silenceTimer(ms: number): Silence {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    signal: controller.signal,
    start() {
      clearTimeout(timer);
      timer = setTimeout(
        () => controller.abort(new DOMException('The download stopped.', 'TimeoutError')),
        ms,
      );
    },
    stop: () => clearTimeout(timer),
    get expired() {
      return controller.signal.aborted;
    },
  };
}

function failureOf(e: unknown, silence: Silence): RemoteFailure {
  if (silence.expired) return { code: 'timeout', message: 'The download took too long.' };
  // fetch reports redirect loops, refused and dropped connections alike as a TypeError.
  return { code: 'network', message: e instanceof Error ? e.message : String(e) };
}

// Three downloads and two decodes at once across all tabs: enough to fill a message quickly, few enough
// that the mail site's own requests are not starved.
const downloads = createLimiter(3);
const analyses = createLimiter(2);

type Fetch = typeof fetch;

/** Fetches an attachment from an allowed mail host, over https, and refuses a redirect elsewhere. */
async function fetchFromMail(
  address: string,
  allowedHosts: (host: string) => boolean,
  doFetch: Fetch,
  signal: AbortSignal,
  silence: Silence,
): Promise<Response | RemoteFailure> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { code: 'blocked-host', message: 'Not a web address.' };
  }
  if (url.protocol !== 'https:' || !allowedHosts(url.hostname)) {
    return {
      code: 'blocked-host',
      message: `Photo Triage only downloads from the mail site, not ${url.hostname}.`,
    };
  }
  try {
    silence.start();
    const response = await doFetch(url.href, {
      credentials: 'include',
      signal: AbortSignal.any([signal, silence.signal]),
    });
    silence.stop();
    if (!response.ok) {
      return {
        code: 'http',
        status: response.status,
        message: `The mail server answered ${response.status}.`,
      };
    }
    const finalHost = new URL(response.url || url.href).hostname;
    if (!allowedHosts(finalHost)) {
      return { code: 'blocked-host', message: `The download was redirected to ${finalHost}.` };
    }
    return response;
  } catch (e) {
    if (signal.aborted) throw e;
    return failureOf(e, silence);
  }
}

/** A response's body as the analysis reads it, with how the download went. */
interface WatchedBody {
  /** Undefined when the response had no body. */
  stream: ReadableStream<Uint8Array> | undefined;
  /** Settles when the body is all in, broke, or the analysis stopped reading it. */
  consumed: Promise<void>;
  /** Why the bytes stopped coming half-way, if they did. */
  broken(): RemoteFailure | undefined;
}

/**
 * The bytes pass through here: each read is timed (silence), and a body that stops or breaks half-way
 * is a failed download (with a retry), not an unreadable photo.
 */
function watchBody(response: Response, signal: AbortSignal, silence: Silence): WatchedBody {
  let bodyRead: () => void = () => {};
  const consumed = new Promise<void>((resolve) => {
    bodyRead = resolve;
  });
  let broken: RemoteFailure | undefined;
  const reader = response.body?.getReader();
  if (!reader) {
    bodyRead();
    return { stream: undefined, consumed, broken: () => undefined };
  }
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        silence.start();
        const chunk = await reader.read();
        silence.stop();
        if (chunk.done) {
          bodyRead();
          controller.close();
        } else controller.enqueue(chunk.value);
      } catch (e) {
        silence.stop();
        if (!signal.aborted) broken = failureOf(e, silence);
        bodyRead();
        controller.error(e);
      }
    },
    cancel(reason) {
      // The analysis stopped reading (it had what it needed, or gave up): the download ends here.
      silence.stop();
      bodyRead();
      return reader.cancel(reason);
    },
  });
  return { stream, consumed, broken: () => broken };
}

/**
 * Files read in the mail page, filled by their `bytes` slices as they come (opened when the request
 * arrives, so no slice is lost while the request waits for a download slot).
 */
function pageFiles() {
  const bodies = new Map<string, ReadableStream<Uint8Array>>();
  const slices = new Map<string, ReadableStreamDefaultController<Uint8Array>>();
  return {
    open(key: string): void {
      bodies.set(key, new ReadableStream({ start: (controller) => void slices.set(key, controller) }));
    },
    receive(command: RemoteBytes): void {
      const controller = slices.get(command.key);
      if (!controller) return; // cancelled, or never asked for
      try {
        controller.enqueue(base64ToBytes(command.base64));
        if (command.last) {
          slices.delete(command.key);
          controller.close();
        }
      } catch {
        // The analysis stopped reading (cancelled, or it had what it needed): the rest is not wanted.
        slices.delete(command.key);
      }
    },
    /** The file's bytes as a response (taken once), or why there are none. */
    take(key: string): Response | RemoteFailure {
      const body = bodies.get(key);
      bodies.delete(key);
      return body ? new Response(body) : { code: 'interrupted', message: 'The file’s bytes did not come.' };
    },
    drop(key: string): void {
      bodies.delete(key);
      slices.delete(key);
    },
  };
}

/** What one request's analysis says to the mail page: found photos, headers, then filed reports. */
function reportTo(
  post: (event: RemoteEvent) => void,
  req: RemotePhotoRequest,
  signal: AbortSignal,
  broken: () => RemoteFailure | undefined,
  file: RemoteAnalyzerOptions['file'],
): CheckCallbacks {
  const names = new Map<string, string>();
  return {
    onFound: (photos, skipped) => {
      for (const p of photos) names.set(p.key, p.name);
      post({ type: 'found', key: req.key, photos, skipped });
    },
    onHeader: (photoKey, report) => post({ type: 'header', key: req.key, photoKey, report }),
    onReport: async (photoKey, report, thumbnail) => {
      if (signal.aborted) return;
      const failure = broken();
      if (failure) {
        // The bytes stopped coming: say so (the badge offers a retry), not "unreadable".
        post({ type: 'failed', key: req.key, failure });
        return;
      }
      // Filed before the report goes: once the mail page hears of it, the stage view holds it.
      const name = names.get(photoKey) ?? req.name;
      const filing =
        file && req.file && wantsFiling(req.file, name, report)
          ? await file(req.file, { name, report, thumbnail })
          : undefined;
      if (signal.aborted) return;
      post({ type: 'report', key: req.key, photoKey, report, ...(filing && { filing }) });
    },
  };
}

export function createRemoteAnalyzer(post: (event: RemoteEvent) => void, options: RemoteAnalyzerOptions) {
  const running = new Map<string, AbortController>();
  const files = pageFiles();
  const doFetch = options.fetch ?? fetch;

  /**
   * Starts the analysis of one download and settles when the body is in; the analysis itself is handed
   * back in a box (an async function would wait for a promise it returns, holding the download slot).
   */
  async function download(
    req: RemotePhotoRequest,
    signal: AbortSignal,
    silence: Silence,
  ): Promise<{ analysis: Promise<void> } | undefined> {
    // A file read in the mail page: its slices come on the port, no network involved.
    // (Awaited either way: a cancel sent right after the request is seen before anything starts.)
    const response = await (req.url === undefined
      ? files.take(req.key)
      : fetchFromMail(req.url, options.allowedHosts, doFetch, signal, silence));
    if (signal.aborted) return;
    if (!(response instanceof Response)) {
      post({ type: 'failed', key: req.key, failure: response });
      return;
    }
    const watched = watchBody(response, signal, silence);
    // A photo is read as a stream, so its header badge comes after the first few KB; a zip needs
    // its central directory at the end, so it is read whole.
    let body: Blob | ReadableStream<Uint8Array>;
    if (!watched.stream) body = new Blob([]);
    else if (req.kind === 'zip') {
      try {
        body = await new Response(watched.stream).blob();
      } catch (e) {
        if (signal.aborted) return;
        post({ type: 'failed', key: req.key, failure: watched.broken() ?? failureOf(e, silence) });
        return;
      }
    } else body = watched.stream;
    const analysis = checkSource(
      { id: req.key, name: req.name, sizeHint: req.sizeHint, date: req.receivedAt, read: async () => body },
      reportTo(post, req, signal, watched.broken, options.file),
      analyses,
      { signal, context: { receivedAt: req.receivedAt } },
    );
    // The slot frees when the body is in, or when the analysis ended first (it stopped reading).
    await Promise.race([watched.consumed, analysis.catch(() => undefined)]);
    return { analysis };
  }

  async function analyze(req: RemotePhotoRequest): Promise<void> {
    const controller = new AbortController();
    running.set(req.key, controller);
    const { signal } = controller;
    const silence = silenceTimer(options.timeoutMs ?? DOWNLOAD_SILENCE_MS);
    try {
      // A download slot is held while the bytes arrive, not while the photo waits for a decode slot.
      const started = await downloads(() => download(req, signal, silence));
      await started?.analysis;
    } catch (e) {
      // Nothing may leave a badge "checking" for ever: whatever broke, the content script hears of it.
      if (!signal.aborted) post({ type: 'failed', key: req.key, failure: failureOf(e, silence) });
    } finally {
      silence.stop();
      running.delete(req.key);
      files.drop(req.key);
      if (!signal.aborted) post({ type: 'done', key: req.key });
    }
  }

  return {
    handle(command: RemoteCommand): void {
      if (command.type === 'cancel') running.get(command.key)?.abort();
      else if (command.type === 'bytes') files.receive(command);
      else {
        if (command.url === undefined) files.open(command.key);
        void analyze(command);
      }
    },
    /** The tab went away: stop everything it asked for. */
    cancelAll(): void {
      for (const controller of running.values()) controller.abort();
      running.clear();
    },
  };
}
