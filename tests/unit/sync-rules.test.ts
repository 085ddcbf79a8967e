// Team sync's pure parts: records as CouchDB documents and back, and the conflict rules.
import { describe, expect, it } from 'vitest';
import type { Order, PhotoRecord, PhotoStatus, Stage, Supplier } from '@/utils/store/types';
import {
  fitPhotoToOrder,
  localDecision,
  mergeOrders,
  mergePhotos,
  mergeRequests,
  mergeSuppliers,
  resolveVersions,
} from '@/utils/sync/conflicts';
import { decisionLine } from '@/utils/sync/explain';
import { ATTACHMENT, contentKey, docId, docToRecord, parseDocId, recordToDoc } from '@/utils/sync/mapping';

const T = (hm: string) => `2026-12-05T${hm}:00.000Z`;
const hm = (iso: string) => iso.slice(11, 16);

function photo(over: Partial<PhotoRecord> = {}): PhotoRecord {
  return {
    sha256: 'a'.repeat(64),
    report: { format: 'jpeg', width: 4032, height: 3024, bytesRead: 65536, findings: [], verdict: 'ok' },
    origins: [{ source: 'gmail', fileName: 'front.jpg', receivedAt: T('09:00'), messageId: 'm1' }],
    orderId: 'o1',
    stageId: 's1',
    shotId: 'front',
    status: { state: 'pending' },
    createdAt: T('09:01'),
    updatedAt: T('09:01'),
    ...over,
  } as PhotoRecord;
}

const shot = (id: string) => ({
  id,
  label: { en: id, zh: id },
  instructions: { en: '', zh: '' },
  required: true,
  referencePhotoIds: [],
});
const stage = (id: string, shots: string[]): Stage => ({
  id,
  kind: 'sample',
  name: { en: id, zh: id },
  shots: shots.map(shot),
});
function order(over: Partial<Order> = {}): Order {
  return {
    id: 'o1',
    poNumbers: ['PO-1'],
    supplierId: 'sup',
    product: 'Mug',
    stages: [stage('s1', ['front', 'back'])],
    currentStageId: 's1',
    status: 'open',
    createdAt: T('08:00'),
    updatedAt: T('08:00'),
    rev: 3,
    ...over,
  };
}

describe('records as documents', () => {
  it('ids name the kind and survive a round trip; other documents are not ours', () => {
    expect(docId('order', 'o1')).toBe('order:o1');
    expect(parseDocId('order:o1')).toEqual(['order', 'o1']);
    expect(parseDocId('photo:a:b')).toEqual(['photo', 'a:b']);
    expect(parseDocId('_design/x')).toBeUndefined();
    expect(parseDocId('settings:x')).toBeUndefined();
    expect(parseDocId('order:')).toBeUndefined();
  });

  it('leaves the per-browser revision out and gives it back without one', () => {
    const doc = recordToDoc('order', order(), { thumbnails: false });
    expect(doc._id).toBe('order:o1');
    expect(doc.record).not.toHaveProperty('rev');
    const back = docToRecord(doc);
    expect(back).toEqual({ ...order(), rev: undefined });
    expect(back).not.toHaveProperty('rev');
  });

  it('sends photo thumbnails only when the team turned them on', () => {
    const thumb = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' });
    const off = recordToDoc('photo', photo({ thumbnail: thumb }), { thumbnails: false });
    expect(off._attachments).toBeUndefined();
    expect(off.record).not.toHaveProperty('thumbnail');
    const on = recordToDoc('photo', photo({ thumbnail: thumb }), { thumbnails: true });
    expect(on._attachments?.[ATTACHMENT].data).toBe(thumb);
    expect(docToRecord(on, thumb)?.thumbnail).toBe(thumb);
  });

  it('carries a reference photo as an attachment, and waits for it before giving the record', () => {
    const blob = new Blob([new Uint8Array([9])], { type: 'image/png' });
    const doc = recordToDoc(
      'reference',
      { id: 'r1', name: 'front.png', blob, addedAt: T('08:00') },
      { thumbnails: false },
    );
    expect(doc.record).not.toHaveProperty('blob');
    expect(doc._attachments?.[ATTACHMENT].content_type).toBe('image/png');
    expect(docToRecord(doc)).toBeUndefined();
    expect(docToRecord(doc, blob)?.blob).toBe(blob);
  });

  it('a tombstone holds no record', () => {
    expect(docToRecord({ _id: 'order:o1', _deleted: true, kind: 'order' })).toBeUndefined();
  });

  it('content keys ignore what each browser stamps itself, not what people changed', () => {
    const a = order();
    expect(contentKey({ ...a, rev: 9, updatedAt: T('11:00') })).toBe(contentKey(a));
    expect(contentKey({ ...a, product: 'Cup' })).not.toBe(contentKey(a));
    // Key order does not matter (a record read back from CouchDB may come in another order).
    const reordered = Object.fromEntries(Object.entries(a).reverse());
    expect(contentKey(reordered)).toBe(contentKey(a));
  });
});

describe('two people decide the same photo', () => {
  const accepted: PhotoStatus = { state: 'accepted', at: T('10:40'), by: 'Tom' };
  const rejected: PhotoStatus = { state: 'rejected', at: T('10:42'), reason: 'label blurred', by: 'Li Wei' };

  it('at once: the later decision wins, the earlier is kept in the history, whichever way round', () => {
    const a = photo({ status: accepted, updatedAt: T('10:40') });
    const b = photo({ status: rejected, updatedAt: T('10:42') });
    for (const versions of [
      [a, b],
      [b, a],
    ]) {
      const merged = mergePhotos(versions);
      expect(merged.status).toEqual({
        ...rejected,
        history: [{ state: 'accepted', at: T('10:40'), by: 'Tom' }],
      });
    }
    expect(decisionLine(mergePhotos([a, b]).status, 'en', hm)).toBe(
      'Rejected by Li Wei, 10:42, after Tom accepted it at 10:40',
    );
    expect(decisionLine(mergePhotos([a, b]).status, 'zh-CN', hm)).toBe(
      'Li Wei 10:42 已拒绝，此前 Tom 于 10:40 接受',
    );
  });

  it('one after the other: a decision made here is signed and keeps the one it replaced', () => {
    const shared = photo({ status: accepted });
    const local = photo({ status: { state: 'rejected', at: T('10:42'), reason: 'blurred' } });
    expect(localDecision(shared, local, 'Li Wei')).toEqual({
      state: 'rejected',
      at: T('10:42'),
      reason: 'blurred',
      by: 'Li Wei',
      history: [{ state: 'accepted', at: T('10:40'), by: 'Tom' }],
    });
    // The same decision read back: the team's signature and history stay.
    const same = photo({ status: { state: 'accepted', at: T('10:40') } });
    expect(localDecision(shared, same, 'Li Wei')).toEqual(accepted);
    // First share of a decision made before sync was on: signed by this person.
    expect(localDecision(undefined, same, 'Li Wei')).toEqual({ ...same.status, by: 'Li Wei' });
  });

  it('keeps every origin and the measured report, and the latest assignment', () => {
    const a = photo({
      origins: [{ source: 'gmail', fileName: 'front.jpg', receivedAt: T('09:00'), messageId: 'm1' }],
      updatedAt: T('10:00'),
    });
    const b = photo({
      origins: [{ source: 'outlook', fileName: 'front.jpg', receivedAt: T('08:00'), messageId: 'x' }],
      shotId: 'back',
      updatedAt: T('10:05'),
      createdAt: T('08:30'),
    });
    const merged = mergePhotos([a, b]);
    expect(merged.origins.map((o) => o.source)).toEqual(['outlook', 'gmail']);
    expect(merged.shotId).toBe('back');
    expect(merged.createdAt).toBe(T('08:30'));
  });
});

describe('orders and the photos filed to them', () => {
  it('a shot list edited on both sides keeps every stage and shot, and the later fields', () => {
    const a = order({ stages: [stage('s1', ['front', 'back', 'label'])], updatedAt: T('10:00') });
    const b = order({
      product: 'Mug 350 ml',
      stages: [stage('s1', ['front', 'back']), stage('s2', ['carton'])],
      updatedAt: T('10:01'),
    });
    const merged = mergeOrders([a, b]);
    expect(merged.product).toBe('Mug 350 ml');
    expect(merged.stages.map((s) => [s.id, s.shots.map((x) => x.id)])).toEqual([
      ['s1', ['front', 'back', 'label']],
      ['s2', ['carton']],
    ]);
    expect(resolveVersions('order', [b, a])).toEqual(merged);
  });

  it('with the version both started from: each side keeps its own change, a shot removed stays removed', () => {
    const base = order();
    const tom = order({ product: 'Mug 350 ml', stages: [stage('s1', ['front'])], updatedAt: T('10:00') });
    const li = order({ poNumbers: ['PO-1', 'PO-2'], updatedAt: T('10:05') });
    const merged = resolveVersions('order', [li, tom], base);
    expect(merged.product).toBe('Mug 350 ml');
    expect(merged.poNumbers).toEqual(['PO-1', 'PO-2']);
    expect(merged.stages[0].shots.map((x) => x.id)).toEqual(['front']);
    // Both changed the same value: the later edit's.
    const both = resolveVersions(
      'order',
      [order({ product: 'A', updatedAt: T('10:00') }), order({ product: 'B', updatedAt: T('10:01') })],
      base,
    );
    expect(both.product).toBe('B');
  });

  it('a photo filed to a shot taken off the list stays on the stage; to a stage taken off, on the order', () => {
    const o = order({ stages: [stage('s1', ['back'])] });
    expect(fitPhotoToOrder(photo(), o)).toMatchObject({ orderId: 'o1', stageId: 's1' });
    expect(fitPhotoToOrder(photo(), o).shotId).toBeUndefined();
    const gone = fitPhotoToOrder(photo({ stageId: 's9' }), o);
    expect(gone.orderId).toBe('o1');
    expect(gone.stageId).toBeUndefined();
    expect(fitPhotoToOrder(photo({ shotId: 'back' }), o)).toEqual(photo({ shotId: 'back' }));
  });

  it('a photo filed to an order someone deleted is kept, unfiled, with who deleted it', () => {
    const p = photo({ status: { state: 'accepted', at: T('10:40') } });
    const fitted = fitPhotoToOrder(p, undefined, { by: 'Li Wei', at: T('10:45'), label: 'PO-1' });
    expect(fitted.orderId).toBeUndefined();
    expect(fitted.shotId).toBeUndefined();
    expect(fitted.origins).toEqual(p.origins);
    expect(fitted.status.history).toEqual([
      { state: 'unfiled', at: T('10:45'), by: 'Li Wei', order: 'PO-1' },
    ]);
    expect(decisionLine(fitted.status, 'en', hm)).toBe(
      'Accepted, 10:40, taken off order PO-1 when Li Wei deleted it at 10:45',
    );
  });
});

describe('suppliers and requests', () => {
  it('a supplier keeps every address either side added', () => {
    const base: Supplier = {
      id: 's',
      company: 'Acme',
      emails: ['a@acme.cn'],
      domains: [],
      replyLanguages: ['en'],
      createdAt: T('08:00'),
      updatedAt: T('08:00'),
    };
    const merged = mergeSuppliers([
      { ...base, emails: ['a@acme.cn', 'b@acme.cn'], updatedAt: T('09:00') },
      { ...base, company: 'Acme Ltd', emails: ['a@acme.cn', 'c@acme.cn'], updatedAt: T('09:05') },
    ]);
    expect(merged.company).toBe('Acme Ltd');
    expect(merged.emails.sort()).toEqual(['a@acme.cn', 'b@acme.cn', 'c@acme.cn']);
  });

  it('a request keeps its answer', () => {
    const r = {
      id: 'r',
      orderId: 'o1',
      stageId: 's1',
      askedAt: T('09:00'),
      channel: 'gmail' as const,
      items: [{ text: 'front' }],
      by: 'Tom',
    };
    expect(mergeRequests([r, { ...r, answeredAt: T('11:00') }]).answeredAt).toBe(T('11:00'));
    expect(mergeRequests([{ ...r, answeredAt: T('11:00') }, r]).by).toBe('Tom');
  });
});
