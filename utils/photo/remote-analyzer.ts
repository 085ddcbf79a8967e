// Background side of the analyze port: fetch an attachment (only from allowed mail hosts), analyse it
// with a bounded number at once, stream header and full reports back, cancel when the tab moves on.
import { createLimiter } from '@/utils/concurrency';
import { blobToDataUrl } from '@/utils/data-url';
import { checkSource } from './check-source';
import type { RemoteCommand, RemoteEvent, RemoteFailure, RemotePhotoRequest } from './remote-protocol';

export interface RemoteAnalyzerOptions {
  /** Hosts the background may fetch from: the mail sites and their attachment hosts. */
  allowedHosts: (host: string) => boolean;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

// Three downloads and two decodes at once across all tabs: enough to fill a message quickly, few enough
// that the mail site's own requests are not starved.
const downloads = createLimiter(3);
const analyses = createLimiter(2);

export function createRemoteAnalyzer(post: (event: RemoteEvent) => void, options: RemoteAnalyzerOptions) {
  const running = new Map<string, AbortController>();
  const doFetch = options.fetch ?? fetch;

  async function fetchBody(req: RemotePhotoRequest, signal: AbortSignal): Promise<Response | RemoteFailure> {
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      return { code: 'blocked-host', message: 'Not a web address.' };
    }
    // A file the buyer downloaded comes as a data URL: read in place, no network involved.
    if (url.protocol === 'data:') return doFetch(url.href, { signal });
    if (url.protocol !== 'https:' || !options.allowedHosts(url.hostname)) {
      return {
        code: 'blocked-host',
        message: `Photo Triage only downloads from the mail site, not ${url.hostname}.`,
      };
    }
    const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
    try {
      const response = await doFetch(url.href, {
        credentials: 'include',
        signal: AbortSignal.any([signal, timeout]),
      });
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
      if (timeout.aborted) return { code: 'timeout', message: 'The download took too long.' };
      if (signal.aborted) throw e;
      // fetch reports redirect loops and refused connections alike as a TypeError.
      return { code: 'network', message: e instanceof Error ? e.message : String(e) };
    }
  }

  async function analyze(req: RemotePhotoRequest): Promise<void> {
    const controller = new AbortController();
    running.set(req.key, controller);
    const { signal } = controller;
    try {
      let analysis: Promise<void> | undefined;
      // A download slot is held while the bytes arrive, not while the photo waits for a decode slot.
      await downloads(async () => {
        const response = await fetchBody(req, signal);
        if (signal.aborted) return;
        if (!(response instanceof Response)) {
          post({ type: 'failed', key: req.key, failure: response });
          return;
        }
        let bodyRead: () => void = () => {};
        const consumed = new Promise<void>((resolve) => {
          bodyRead = resolve;
        });
        // A photo is read as a stream, so its header badge comes after the first few KB; a zip needs
        // its central directory at the end, so it is read whole.
        const body =
          req.kind === 'zip' || !response.body
            ? await response.blob()
            : response.body.pipeThrough(
                new TransformStream<Uint8Array, Uint8Array>({ flush: () => bodyRead() }),
              );
        if (body instanceof Blob) bodyRead();
        analysis = checkSource(
          {
            id: req.key,
            name: req.name,
            sizeHint: req.sizeHint,
            date: req.receivedAt,
            read: async () => body,
          },
          {
            onFound: (photos, skipped) => post({ type: 'found', key: req.key, photos, skipped }),
            onHeader: (photoKey, report) => post({ type: 'header', key: req.key, photoKey, report }),
            onReport: async (photoKey, report, thumbnail) => {
              if (signal.aborted) return;
              post({
                type: 'report',
                key: req.key,
                photoKey,
                report,
                thumbnail: thumbnail ? await blobToDataUrl(thumbnail) : undefined,
              });
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
      if (!signal.aborted) throw e;
    } finally {
      running.delete(req.key);
      if (!signal.aborted) post({ type: 'done', key: req.key });
    }
  }

  return {
    handle(command: RemoteCommand): void {
      if (command.type === 'cancel') running.get(command.key)?.abort();
      else void analyze(command);
    },
    /** The tab went away: stop everything it asked for. */
    cancelAll(): void {
      for (const controller of running.values()) controller.abort();
      running.clear();
    },
  };
}
