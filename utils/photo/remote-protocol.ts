// The port between a mail content script and the background, which fetches attachments with its host
// permission (the attachment host answers CORS errors to the page) and analyses them off the mail tab.
// Chrome serialises runtime messages as JSON: thumbnails travel as data URLs.
import type { FoundPhoto } from './check-source';
import type { PhotoReport } from './types';

export const ANALYZE_PORT = 'photo-triage/analyze';

export interface RemotePhotoRequest {
  type: 'analyze';
  /** Unique within the port: the content script's key for this attachment. */
  key: string;
  /** An https URL on a mail or attachment host, or a data: URL of a file the buyer downloaded (Outlook). */
  url: string;
  name: string;
  kind: 'image' | 'zip';
  sizeHint?: number;
  /** The message date, ISO 8601: capture dates are compared with it. */
  receivedAt?: string;
}

export type RemoteFailure = {
  /** `interrupted`: the port to the background closed before the work was done (said by the content script). */
  code: 'blocked-host' | 'http' | 'network' | 'timeout' | 'too-large' | 'interrupted';
  status?: number;
  message: string;
};

export type RemoteEvent =
  | { type: 'found'; key: string; photos: FoundPhoto[]; skipped: { name: string; reason: string }[] }
  | { type: 'header'; key: string; photoKey: string; report: PhotoReport }
  | { type: 'report'; key: string; photoKey: string; report: PhotoReport; thumbnail?: string }
  | { type: 'failed'; key: string; failure: RemoteFailure }
  | { type: 'done'; key: string };

export type RemoteCommand = RemotePhotoRequest | { type: 'cancel'; key: string };
