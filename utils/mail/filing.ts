// Filing a mail photo: its record (report, origin, thumbnail) under the order and stage the panel showed.
// The background does it where the photo is measured (utils/photo/remote-analyzer), so the thumbnail
// never crosses to the mail page and back; the mail page files again only what failed to file (storage
// full) or what the buyer put under an order afterwards, from reports it holds (utils/mail/service.ts).
import type { Filing, FilingTarget } from '@/utils/photo/remote-protocol';
import type { PhotoReport } from '@/utils/photo/types';
import type { Store } from '@/utils/store';
import * as store from '@/utils/store';

export interface PhotoToFile {
  fileName: string;
  report: PhotoReport;
  thumbnail?: Blob;
}

/**
 * Thumbnails of photos the store refused (storage full), by sha256: the mail page files those again
 * from their reports alone (message-filing.ts), and this puts the picture back with them. Memory of the
 * background only, bounded (oldest dropped): a browser restart in between loses the picture, never the
 * measurement.
 */
const heldThumbnails = new Map<string, Blob>();
const HELD_MAX = 300;

function hold(sha256: string, thumbnail: Blob): void {
  heldThumbnails.delete(sha256);
  heldThumbnails.set(sha256, thumbnail);
  for (const oldest of heldThumbnails.keys()) {
    if (heldThumbnails.size <= HELD_MAX) break;
    heldThumbnails.delete(oldest);
  }
}

/**
 * Saves one photo with its origin; answers the order it is filed under, or undefined when it has nothing to
 * identify it by (unreadable, not downloaded). A photo already filed keeps its place; a new one joins the
 * target's stage, taken whole from one side (an old order with the new order's stage would be refused).
 */
export async function fileMailPhoto(
  db: Store,
  target: Omit<FilingTarget, 'onlyNames'>,
  photo: PhotoToFile,
): Promise<{ orderId?: string } | undefined> {
  const { sha256 } = photo.report;
  if (!sha256) return undefined;
  const thumbnail = photo.thumbnail ?? heldThumbnails.get(sha256);
  // One read, inside the write: a photo already under an order keeps its place (placeIfUnfiled).
  const saving = store.savePhoto(
    db,
    {
      sha256,
      dHash: photo.report.pixels?.ok ? photo.report.pixels.metrics.dHash : undefined,
      report: photo.report,
      thumbnail,
      origins: [
        {
          source: target.client,
          fileName: photo.fileName,
          receivedAt: target.receivedAt,
          messageId: target.messageId,
          threadId: target.threadId,
          sender: target.sender,
          orderId: target.orderId,
        },
      ],
      orderId: target.orderId,
      stageId: target.stageId,
    },
    { placeIfUnfiled: true },
  );
  try {
    const saved = await saving;
    heldThumbnails.delete(sha256);
    return { orderId: saved.orderId };
  } catch (e) {
    if (thumbnail) hold(sha256, thumbnail);
    throw e;
  }
}

/** The background's filer for the analyze port: a store failure (storage full) is the panel's message. */
export function createFiler(open: () => Promise<Store>) {
  return async (target: FilingTarget, photo: { name: string; report: PhotoReport; thumbnail?: Blob }) => {
    try {
      const filed = await fileMailPhoto(await open(), target, { fileName: photo.name, ...photo });
      return { ok: true, ...(filed?.orderId !== undefined && { orderId: filed.orderId }) } as Filing;
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) } as Filing;
    }
  };
}
