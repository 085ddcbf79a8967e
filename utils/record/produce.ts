// Makes an order's photo record from the store: the model, the pictures read as bytes, the HTML with
// them inside, and on request the zip. Runs in an extension page (the desk); the mail panel asks the
// background to open the desk for it, so no store data reaches the mail page.
import { recordHtml } from '@/components/record/record-html';
import { blobToDataUrl } from '@/utils/data-url';
import type { Store } from '@/utils/store';
import type { Language } from '@/utils/store/types';
import { readOrderHistory } from './history';
import { buildRecordModel, type RecordModel, recordPictures, safeName } from './model';
import { type RecordFile, recordZip } from './zip';

export interface PhotoRecordFiles {
  /** `photo-record PO-2026-0417 pre-shipment 2026-12-04` (no extension). */
  baseName: string;
  html: string;
  model: RecordModel;
  /** Present when asked for. */
  zip?: Uint8Array;
}

export async function makePhotoRecord(
  store: Store,
  request: {
    orderId: string;
    stageId?: string;
    language: Language;
    zip?: boolean;
    now?: Date;
    today: string;
  },
): Promise<PhotoRecordFiles | undefined> {
  const h = await readOrderHistory(store, request.orderId);
  if (!h) return undefined;
  const now = request.now ?? new Date();
  const model = buildRecordModel({
    order: h.order,
    ...(h.supplier ? { supplier: h.supplier } : {}),
    ...(request.stageId ? { stageId: request.stageId } : {}),
    photos: h.photos,
    history: h.history,
    requests: h.requests,
    references: h.references,
    thresholds: h.settings.thresholds,
    today: request.today,
    generatedAt: now.toISOString(),
    inspectionNote: h.settings.inspectionNote !== false,
  });
  const bySha = new Map(h.photos.map((p) => [p.sha256, p]));
  const files: RecordFile[] = [];
  const urls = new Map<string, string>();
  for (const pic of recordPictures(model)) {
    const blob =
      pic.source.kind === 'thumbnail'
        ? bySha.get(pic.source.sha256)?.thumbnail
        : h.references.get(pic.source.id)?.blob;
    if (!blob) continue;
    // A stored blob may lack its type (older records): the record's pictures are JPEG thumbnails or the
    // buyer's own reference files.
    const typed = blob.type.startsWith('image/') ? blob : new Blob([blob], { type: 'image/jpeg' });
    urls.set(pic.path, await blobToDataUrl(typed));
    if (request.zip) files.push({ path: pic.path, bytes: new Uint8Array(await typed.arrayBuffer()) });
  }
  const html = recordHtml(model, request.language, urls);
  const stage = request.stageId ? h.order.stages.find((s) => s.id === request.stageId) : undefined;
  const baseName = safeName(
    [
      'photo-record',
      h.order.poNumbers[0] ?? h.order.id,
      stage ? stage.name.en || stage.name.zh : '',
      now.toISOString().slice(0, 10),
    ]
      .filter(Boolean)
      .join(' '),
    120,
  );
  return {
    baseName,
    html,
    model,
    ...(request.zip ? { zip: recordZip(`${baseName}.html`, html, files, now) } : {}),
  };
}
