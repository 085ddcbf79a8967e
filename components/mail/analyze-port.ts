// The mail tab's end of the analyze port (utils/photo/remote-protocol): one port for the tab, opened on
// the first request and again after the background went away; each event goes to the message that asked.
// Split out of startMailTriage: the router knows requests and owners, nothing of the page's UI.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { postInSlices } from '@/utils/photo/page-bytes';
import { ANALYZE_PORT, type RemoteCommand, type RemoteEvent } from '@/utils/photo/remote-protocol';
import type { AnalyzeChannel, MessageTriage } from './message-triage';

type Owner = Pick<MessageTriage, 'onFound' | 'onHeader' | 'onReport' | 'onFailed' | 'onDone'>;

export function connectAnalyzePort(ctx: Pick<ContentScriptContext, 'isInvalid'>): {
  channel: AnalyzeChannel;
  disconnect: () => void;
} {
  const owners = new Map<string, Owner>();
  let port: ReturnType<typeof browser.runtime.connect> | undefined;

  const route = (event: RemoteEvent) => {
    const owner = owners.get(event.key);
    if (!owner) return;
    if (event.type === 'found') owner.onFound(event.key, event.photos);
    else if (event.type === 'header') owner.onHeader(event.photoKey, event.report);
    else if (event.type === 'report') owner.onReport(event.photoKey, event.report, event.filing);
    else if (event.type === 'failed') owner.onFailed(event.key, event.failure);
    else {
      owners.delete(event.key);
      owner.onDone(event.key);
    }
  };

  const send = (command: RemoteCommand) => {
    if (ctx.isInvalid) return; // stopped: the port's disconnect has cancelled everything
    if (!port) {
      port = browser.runtime.connect({ name: ANALYZE_PORT });
      port.onMessage.addListener((message) => route(message as RemoteEvent));
      port.onDisconnect.addListener(() => {
        port = undefined;
        // Reading isInvalid also invalidates the context when the extension is gone (reloaded, disabled):
        // then everything is torn down and there is nobody to tell.
        if (ctx.isInvalid) return;
        // The background went away mid-work (stopped, updated): every photo it had is told, so its badge
        // offers a retry instead of "checking…" for ever. A retry connects a new port.
        for (const [key, owner] of [...owners]) {
          owners.delete(key);
          owner.onFailed(key, {
            code: 'interrupted',
            message: 'Photo Triage’s background stopped before the download finished.',
          });
          owner.onDone(key);
        }
      });
    }
    port.postMessage(command);
  };

  return {
    channel: {
      request(req, owner) {
        owners.set(req.key, owner);
        send(req);
      },
      cancel(key) {
        if (owners.delete(key)) send({ type: 'cancel', key });
      },
      sendBytes(key, blob) {
        return postInSlices(key, blob, send, () => owners.has(key) && !ctx.isInvalid);
      },
    },
    disconnect: () => port?.disconnect(),
  };
}
