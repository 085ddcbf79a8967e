// Background side of the analyze port: fetch an attachment (only from allowed mail hosts), analyse it
// with a bounded number at once, file each photo where it was measured, stream header and full reports
// back (no thumbnail: the mail page asks for a picture when it shows one), cancel when the tab moves on.
import { createLimiter } from '@/utils/concurrency';
import { base64ToBytes } from '@/utils/data-url';
import { checkSource } from './check-source';
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

export function createRemoteAnalyzer(post: (event: RemoteEvent) => void, options: RemoteAnalyzerOptions) {
  const running = new Map<string, AbortController>();
  // Files read in the mail page, filled by their `bytes` slices as they come (made when the request
  // arrives, so no slice is lost while the request waits for a download slot).
  const pageBodies = new Map<string, ReadableStream<Uint8Array>>();
  const slices = new Map<string, ReadableStreamDefaultController<Uint8Array>>();

  function receive(command: RemoteBytes): void {
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
  }
  const doFetch = options.fetch ?? fetch;

  async function fetchBody(
    req: RemotePhotoRequest,
    signal: AbortSignal,
    silence: Silence,
  ): Promise<Response | RemoteFailure> {
    // A file read in the mail page: its slices come on the port, no network involved.
    if (req.url === undefined) {
      const body = pageBodies.get(req.key);
      pageBodies.delete(req.key);
      return body ? new Response(body) : { code: 'interrupted', message: 'The file’s bytes did not come.' };
    }
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      return { code: 'blocked-host', message: 'Not a web address.' };
    }
    if (url.protocol !== 'https:' || !options.allowedHosts(url.hostname)) {
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
      if (!options.allowedHosts(finalHost)) {
        return { code: 'blocked-host', message: `The download was redirected to ${finalHost}.` };
      }
      return response;
    } catch (e) {
      if (signal.aborted) throw e;
      return failureOf(e, silence);
    }
  }

  async function analyze(req: RemotePhotoRequest): Promise<void> {
    const controller = new AbortController();
    running.set(req.key, controller);
    const { signal } = controller;
    const silence = silenceTimer(options.timeoutMs ?? DOWNLOAD_SILENCE_MS);
    try {
      let analysis: Promise<void> | undefined;
      // A download slot is held while the bytes arrive, not while the photo waits for a decode slot.
      await downloads(async () => {
        const response = await fetchBody(req, signal, silence);
        if (signal.aborted) return;
        if (!(response instanceof Response)) {
          post({ type: 'failed', key: req.key, failure: response });
          return;
        }
        let bodyRead: () => void = () => {};
        const consumed = new Promise<void>((resolve) => {
          bodyRead = resolve;
        });
        // The bytes pass through here: each read is timed (silence), and a body that stops
        // or breaks half-way is a failed download (with a retry), not an unreadable photo.
        let broken: RemoteFailure | undefined;
        const reader = response.body?.getReader();
        const stream = new ReadableStream<Uint8Array>({
          async pull(controller) {
            try {
              silence.start();
              const chunk = await reader!.read();
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
            return reader?.cancel(reason);
          },
        });
        // A photo is read as a stream, so its header badge comes after the first few KB; a zip needs
        // its central directory at the end, so it is read whole.
        let body: Blob | ReadableStream<Uint8Array>;
        if (!reader) {
          body = new Blob([]);
          bodyRead();
        } else if (req.kind === 'zip') {
          try {
            body = await new Response(stream).blob();
          } catch (e) {
            if (signal.aborted) return;
            post({ type: 'failed', key: req.key, failure: broken ?? failureOf(e, silence) });
            return;
          }
        } else body = stream;
        const names = new Map<string, string>();
        analysis = checkSource(
          {
            id: req.key,
            name: req.name,
            sizeHint: req.sizeHint,
            date: req.receivedAt,
            read: async () => body,
          },
          {
            onFound: (photos, skipped) => {
              for (const p of photos) names.set(p.key, p.name);
              post({ type: 'found', key: req.key, photos, skipped });
            },
            onHeader: (photoKey, report) => post({ type: 'header', key: req.key, photoKey, report }),
            onReport: async (photoKey, report, thumbnail) => {
              if (signal.aborted) return;
              if (broken) {
                // The bytes stopped coming: say so (the badge offers a retry), not "unreadable".
                post({ type: 'failed', key: req.key, failure: broken });
                return;
              }
              // Filed before the report goes: once the mail page hears of it, the stage view holds it.
              const name = names.get(photoKey) ?? req.name;
              const filing =
                options.file && wantsFiling(req.file, name, report)
                  ? await options.file(req.file!, { name, report, thumbnail })
                  : undefined;
              if (signal.aborted) return;
              post({ type: 'report', key: req.key, photoKey, report, ...(filing && { filing }) });
            },
          },
          analyses,
          { signal, context: { receivedAt: req.receivedAt } },
        );
        // The slot frees when the body is in, or when the analysis ended first (it stopped reading).
        await Promise.race([consumed, analysis.catch(() => undefined)]);
      });
      await analysis;
    } catch (e) {
      // Nothing may leave a badge "checking" for ever: whatever broke, the content script hears of it.
      if (!signal.aborted) post({ type: 'failed', key: req.key, failure: failureOf(e, silence) });
    } finally {
      silence.stop();
      running.delete(req.key);
      pageBodies.delete(req.key);
      slices.delete(req.key);
      if (!signal.aborted) post({ type: 'done', key: req.key });
    }
  }

  return {
    handle(command: RemoteCommand): void {
      if (command.type === 'cancel') running.get(command.key)?.abort();
      else if (command.type === 'bytes') receive(command);
      else {
        if (command.url === undefined) {
          const key = command.key;
          pageBodies.set(
            key,
            new ReadableStream({ start: (controller) => void slices.set(key, controller) }),
          );
        }
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
