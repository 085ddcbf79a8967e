// The port between a mail content script and the background, which fetches attachments with its host
// permission (the attachment host answers CORS errors to the page) and analyses them off the mail tab.
// The background also files each mail photo as soon as it is measured (it holds the thumbnail; the mail
// page gets the small report only). Runtime messages are JSON: page-read files travel as base64 slices.
import type { PhotoOrigin, Timestamp } from '@/utils/store/types';
import type { FoundPhoto } from './check-source';
import type { PhotoReport } from './types';

export const ANALYZE_PORT = 'photo-triage/analyze';

export interface RemotePhotoRequest {
  type: 'analyze';
  /** Unique within the port: the content script's key for this attachment. */
  key: string;
  /**
   * An https URL on a mail or attachment host, which the background downloads. Absent for a file read in
   * the mail page (a download the buyer made, Outlook's service, a page picture): its bytes follow on the
   * same port as `bytes` commands.
   */
  url?: string;
  name: string;
  kind: 'image' | 'zip';
  sizeHint?: number;
  /** The message date, ISO 8601: capture dates are compared with it. */
  receivedAt?: string;
  /** Where to file the photos once measured; without it nothing is filed. */
  file?: FilingTarget;
}

/** A mail message's photos are filed with this origin, under the order and stage the panel showed. */
export interface FilingTarget {
  client: Exclude<PhotoOrigin['source'], 'dropped'>;
  messageId: string;
  threadId?: string;
  sender?: string;
  receivedAt: Timestamp;
  orderId?: string;
  stageId?: string;
  /**
   * Only the photos with these names (lower case, without folders) are filed: a captured "Download all"
   * zip stands in for the download-only tiles, its other entries were measured and filed already.
   */
  onlyNames?: string[];
}

/** What filing did: filed (under which order, as the record holds it), or the store's plain message. */
export type Filing = { ok: true; orderId?: string } | { ok: false; message: string };

export type RemoteFailure = {
  /** `interrupted`: the port to the background closed before the work was done (said by the content script). */
  code: 'blocked-host' | 'http' | 'network' | 'timeout' | 'too-large' | 'interrupted';
  status?: number;
  message: string;
};

export type RemoteEvent =
  | { type: 'found'; key: string; photos: FoundPhoto[]; skipped: { name: string; reason: string }[] }
  | { type: 'header'; key: string; photoKey: string; report: PhotoReport }
  | {
      type: 'report';
      key: string;
      photoKey: string;
      report: PhotoReport;
      /** Absent when the request asked for no filing, or the photo has nothing to identify it by. */
      filing?: Filing;
    }
  | { type: 'failed'; key: string; failure: RemoteFailure }
  | { type: 'done'; key: string };

/**
 * A slice of a file read in the mail page, in order, base64 (runtime messages are JSON). Small slices, each
 * sent in its own task: one multi-megabyte message was a long task on the mail tab, to encode and to post.
 */
export interface RemoteBytes {
  type: 'bytes';
  key: string;
  base64: string;
  /** The file's last slice: the background's copy is complete. */
  last: boolean;
}

/**
 * Raw bytes per `bytes` slice (about 85 KB of base64). At 256 KB, posting one slice on the runtime port
 * was itself a 50–130 ms task on the Outlook tab under load (a performance trace of the e2e, 2026-12-05).
 */
export const BYTES_SLICE = 64 * 1024;

export type RemoteCommand = RemotePhotoRequest | RemoteBytes | { type: 'cancel'; key: string };

/** A name without its folders, lower case: how a "Download all" entry is matched to a tile, on both sides. */
export const baseName = (name: string) => (name.split(/[\\/]/).pop() ?? name).toLowerCase();
