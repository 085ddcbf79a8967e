// Messages between a page and the analysis worker. Blobs travel by reference (structured clone).
import type { DropRef, FoundPhoto } from './check-source';
import type { PhotoReport } from './types';

export type AnalyzerRequest = {
  type: 'check';
  requestId: number;
  name: string;
  file: Blob;
  /** When the photo was received, ISO 8601: capture dates are compared with it. */
  receivedAt?: string;
  /** The drop it came in: every zip of one drop is charged to one budget. */
  drop?: DropRef;
};

export type AnalyzerEvent =
  | { type: 'found'; requestId: number; photos: FoundPhoto[]; skipped: { name: string; reason: string }[] }
  | { type: 'report'; requestId: number; key: string; report: PhotoReport; thumbnail?: Blob }
  | { type: 'done'; requestId: number };
