// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's Blob does not (it comes back as a
// plain object), so the store's tests run in Node, as the background service worker has no DOM either.
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '@/utils/store/db';
import { StoreError, toStoreError } from '@/utils/store/errors';
import { MIGRATIONS } from '@/utils/store/migrations';
import {
  addOrder,
  deleteOrder,
  findOrdersByPo,
  getOrder,
  listOpenOrders,
  listOrders,
  updateOrder,
} from '@/utils/store/orders';
import {
  deletePhoto,
  deletePhotosCreatedBefore,
  getPhoto,
  type PhotoInput,
  photosByDHash,
  photosByMessage,
  photosForOrder,
  photosNearDHash,
  savePhoto,
  setPhotoAssignment,
  setPhotoStatus,
} from '@/utils/store/photos';
import {
  addReferencePhoto,
  deleteReferencePhoto,
  getReferencePhoto,
  listReferencePhotos,
} from '@/utils/store/references';
import { logRequest, markAnswered, openRequests, requestsForOrder } from '@/utils/store/requests';
import {
  addIgnoredSender,
  getSettings,
  getStoredSettings,
  removeIgnoredSender,
  updateSettings,
} from '@/utils/store/settings';
import {
  addSupplier,
  deleteSupplier,
  findSupplierBySender,
  getSupplier,
  listSuppliers,
  updateSupplier,
} from '@/utils/store/suppliers';
import {
  addTemplate,
  deleteTemplate,
  getTemplate,
  listTemplates,
  updateTemplate,
} from '@/utils/store/templates';
import { forgetThread, rememberThreadOrder, threadOrder } from '@/utils/store/threads';
import type { Order, Stage } from '@/utils/store/types';
import { requestPersistence, storageUsage } from '@/utils/store/usage';
import { poKey } from '@/utils/triage/match';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { freshStores } from './helpers/fresh-stores';

const { open, factory, closeAfter } = freshStores();
let store: Store;

beforeEach(async () => {
  store = await open();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The stored settings without their revision (raised on every write, checked in store-revisions). */
async function storedSettings() {
  const { rev: _, ...s } = (await getStoredSettings(store)) ?? {};
  return s;
}

async function refusal(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(StoreError);
    return e as StoreError;
  }
  throw new Error('expected a StoreError');
}

const text = (en: string, zh = '') => ({ en, zh });
const shot = (id: string, extra: object = {}) => ({
  id,
  label: text(id),
  instructions: text(`Photograph the ${id}`),
  required: true,
  referencePhotoIds: [] as string[],
  ...extra,
});
const stages = (): Stage[] => [
  { id: 'pp', kind: 'pre-production', name: text('Pre-production', '产前样'), shots: [shot('fabric')] },
  {
    id: 'dp',
    kind: 'during-production',
    name: text('During production', '生产中'),
    shots: [shot('label'), shot('stitching')],
    gate: { label: text('packing', '包装'), dueDate: '2026-12-05' },
  },
];

const huamei = () =>
  addSupplier(store, {
    company: '宁波华美纺织品有限公司',
    emails: ['Amy@Huamei-Textiles.CN', 'huamei_factory@163.com'],
    domains: ['@Huamei-Textiles.cn'],
    replyLanguages: ['en', 'zh-CN'],
  });

async function tote(supplierId: string, extra: Partial<Order> = {}) {
  return addOrder(store, {
    poNumbers: ['PO-2026-0412'],
    supplierId,
    product: 'Canvas tote',
    stages: stages(),
    ...extra,
  });
}

const SHA = (n: number) => n.toString(16).padStart(64, '0');
const report = (over: object = {}) => ({
  format: 'jpeg' as const,
  width: 640,
  height: 480,
  bytes: 43084,
  bytesRead: 43084,
  findings: [{ code: 'too-small' as const, severity: 'fail' as const, measured: 640, threshold: 1600 }],
  verdict: 'fail' as const,
  ...over,
});
const photo = (n: number, over: Partial<PhotoInput> = {}): PhotoInput => ({
  sha256: SHA(n),
  dHash: 'f0e0c8c4c6e2f0f8',
  report: report(),
  origins: [
    { source: 'gmail', fileName: `IMG_${n}.jpg`, receivedAt: '2026-11-20T02:31:00.000Z', messageId: `m${n}` },
  ],
  ...over,
});

describe('suppliers', () => {
  it('adds with lower-case addresses and domains, reads, lists by company, updates, deletes', async () => {
    const a = await huamei();
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.emails).toEqual(['amy@huamei-textiles.cn', 'huamei_factory@163.com']);
    expect(a.domains).toEqual(['huamei-textiles.cn']);
    expect(await getSupplier(store, a.id)).toEqual(a);
    const b = await addSupplier(store, {
      company: 'Acme Ceramics',
      emails: [],
      domains: [],
      replyLanguages: ['en'],
    });
    expect((await listSuppliers(store)).map((s) => s.id)).toEqual([b.id, a.id]);

    await new Promise((r) => setTimeout(r, 2));
    const changed = await updateSupplier(store, a.id, { contactName: 'Amy Chen 陈美' });
    expect(changed).toMatchObject({
      contactName: 'Amy Chen 陈美',
      createdAt: a.createdAt,
      company: a.company,
    });
    expect(changed.updatedAt > a.updatedAt).toBe(true);

    expect(await deleteSupplier(store, b.id)).toBe(true);
    expect(await deleteSupplier(store, b.id)).toBe(false);
    expect((await refusal(updateSupplier(store, b.id, { notes: 'x' }))).code).toBe('not-found');
  });

  it('refuses invalid suppliers, listing each problem with its path', async () => {
    const e = await refusal(
      addSupplier(store, {
        company: ' ',
        emails: ['not an address'],
        domains: ['qq.com'],
        replyLanguages: ['fr' as 'en'],
      }),
    );
    expect(e.code).toBe('validation');
    expect(e.problems).toEqual([
      'supplier.company: expected a non-empty string, got ""',
      'supplier.emails[0]: expected a lower-case email address, got "not an address"',
      "supplier.domains[0]: qq.com is a public email service; add the supplier's own addresses instead",
      'supplier.replyLanguages[0]: expected one of "en", "zh-CN", got "fr"',
    ]);
    expect(e.message).toMatch(/^Supplier not saved: supplier\.company: expected a non-empty string/);
    expect(await listSuppliers(store)).toEqual([]);
  });

  it('refuses every webmail domain the matcher ignores, so a saved domain always matches', async () => {
    for (const domain of ['tom.com', 'yahoo.com.hk', 'mail.qq.com']) {
      const e = await refusal(
        addSupplier(store, { company: 'X', emails: [], domains: [domain], replyLanguages: ['en'] }),
      );
      expect(e.problems, domain).toEqual([
        `supplier.domains[0]: ${domain} is a public email service; add the supplier's own addresses instead`,
      ]);
    }
  });

  it('refuses public suffixes as supplier domains (the Public Suffix List): they match every company', async () => {
    for (const domain of ['com.cn', 'co.uk', 'com.hk', 'cn', 'github.io', '公司.cn']) {
      const e = await refusal(
        addSupplier(store, { company: 'X', emails: [], domains: [domain], replyLanguages: ['en'] }),
      );
      const saved = domain === '公司.cn' ? 'xn--55qx5d.cn' : domain;
      expect(e.problems, domain).toEqual(
        domain === 'cn'
          ? ['supplier.domains[0]: expected a lower-case domain like factory.cn, got "cn"']
          : [
              `supplier.domains[0]: ${saved} is shared by every company registered under it; add the company's own domain`,
            ],
      );
    }
    const ok = await addSupplier(store, {
      company: 'Group',
      emails: [],
      domains: ['group.com.cn', 'sales.acme.co.uk'],
      replyLanguages: ['en'],
    });
    expect(ok.domains).toEqual(['group.com.cn', 'sales.acme.co.uk']);
  });

  it('normalises full-width letters, case and Unicode domains; refuses invisible characters by name', async () => {
    const s = await addSupplier(store, {
      company: 'Huamei',
      emails: ['ＡＭＹ＠ＨＵＡＭＥＩ.ＣＮ', 'Lily@华美.中国'],
      domains: ['＠Ｈｕａｍｅｉ.ＣＮ', '华美.中国'],
      replyLanguages: ['en'],
    });
    expect(s.emails).toEqual(['amy@huamei.cn', 'lily@xn--xkrs34h.xn--fiqs8s']);
    expect(s.domains).toEqual(['huamei.cn', 'xn--xkrs34h.xn--fiqs8s']);
    // The same normalisation when a sender is matched.
    expect((await findSupplierBySender(store, 'Ａｍｙ <amy@ＨＵＡＭＥＩ.cn>'))?.id).toBe(s.id);
    expect((await findSupplierBySender(store, 'qc@sales.华美.中国'))?.id).toBe(s.id);
    expect(await findSupplierBySender(store, 'qc@hua\u200Bmei.cn')).toBeUndefined();

    const e = await refusal(
      addSupplier(store, {
        company: 'Spoof',
        emails: ['amy@fac\u200Btory.cn'],
        domains: ['factory\u202E.cn', 'fac\uFEFFtory.cn'],
        replyLanguages: ['en'],
      }),
    );
    expect(e.problems).toEqual([
      'supplier.emails[0]: amy@fac⟨U+200B⟩tory.cn contains invisible characters (shown as ⟨U+…⟩); type it again',
      'supplier.domains[0]: factory⟨U+202E⟩.cn contains invisible characters (shown as ⟨U+…⟩); type it again',
      'supplier.domains[1]: fac⟨U+FEFF⟩tory.cn contains invisible characters (shown as ⟨U+…⟩); type it again',
    ]);
  });

  it('refuses an address or domain that already belongs to another supplier', async () => {
    await huamei();
    const e = await refusal(
      addSupplier(store, {
        company: 'Other',
        emails: ['amy@huamei-textiles.cn'],
        domains: [],
        replyLanguages: ['en'],
      }),
    );
    expect(e.problems).toEqual([
      'supplier.emails[0]: amy@huamei-textiles.cn already belongs to 宁波华美纺织品有限公司',
    ]);
  });

  it('finds the supplier by exact address, then domain, then parent domain; case-insensitive', async () => {
    const a = await huamei();
    const porto = await addSupplier(store, {
      company: 'Porto Ceramics',
      emails: ['joao@portoceramics.pt'],
      domains: ['portoceramics.pt'],
      replyLanguages: ['en'],
    });
    expect((await findSupplierBySender(store, 'AMY@huamei-textiles.cn'))?.id).toBe(a.id);
    expect((await findSupplierBySender(store, 'Amy Chen <Amy@Huamei-Textiles.CN>'))?.id).toBe(a.id);
    expect((await findSupplierBySender(store, 'huamei_factory@163.com'))?.id).toBe(a.id);
    expect((await findSupplierBySender(store, 'someone.else@163.com'))?.id).toBeUndefined();
    expect((await findSupplierBySender(store, 'QC@HUAMEI-TEXTILES.CN'))?.id).toBe(a.id);
    expect((await findSupplierBySender(store, 'qc@sales.huamei-textiles.cn'))?.id).toBe(a.id);
    expect((await findSupplierBySender(store, 'maria@PortoCeramics.pt'))?.id).toBe(porto.id);
    expect(await findSupplierBySender(store, 'x@unknown.example')).toBeUndefined();
    expect(await findSupplierBySender(store, '')).toBeUndefined();
  });

  it('will not delete a supplier that still has orders', async () => {
    const a = await huamei();
    await tote(a.id);
    const e = await refusal(deleteSupplier(store, a.id));
    expect(e.code).toBe('conflict');
    expect(e.message).toBe('This supplier still has 1 order. Delete or reassign them first.');
    expect(await getSupplier(store, a.id)).toBeDefined();
  });
});

describe('orders', () => {
  it('adds (first stage current, status open), reads, updates, lists open orders per supplier', async () => {
    const a = await huamei();
    const o = await tote(a.id);
    expect(o).toMatchObject({ currentStageId: 'pp', status: 'open' });
    expect(await getOrder(store, o.id)).toEqual(o); // no derived fields leak out
    const held = await tote(a.id, { poNumbers: ['PO-2026-0415'], status: 'on-hold' });
    const other = await addSupplier(store, {
      company: 'Porto',
      emails: [],
      domains: [],
      replyLanguages: ['en'],
    });
    const mugs = await addOrder(store, {
      poNumbers: ['4500012345'],
      supplierId: other.id,
      product: 'Mug',
      stages: [],
    });
    expect((await listOpenOrders(store)).map((x) => x.id).sort()).toEqual([o.id, mugs.id].sort());
    expect((await listOpenOrders(store, a.id)).map((x) => x.id)).toEqual([o.id]);
    expect((await listOrders(store, { supplierId: a.id })).map((x) => x.id).sort()).toEqual(
      [o.id, held.id].sort(),
    );

    const moved = await updateOrder(store, o.id, { currentStageId: 'dp', quantity: 5000 });
    expect(moved).toMatchObject({ currentStageId: 'dp', quantity: 5000, createdAt: o.createdAt });
    expect((await refusal(updateOrder(store, o.id, { currentStageId: 'nope' }))).problems).toEqual([
      'order.currentStageId: "nope" is not one of the order\'s stages',
    ]);
  });

  it('finds orders by PO however the supplier wrote it', async () => {
    const a = await huamei();
    const o = await tote(a.id, { poNumbers: ['PO-2026-0412', 'PO-2026-0412-B'] });
    expect(poKey('PO-2026-0412')).toBe('20260412');
    for (const text of [
      'PO-2026-0412',
      'po 2026 0412',
      'PO#2026/0412',
      '2026-0412',
      'ＰＯ-２０２６-０４１２',
      'P.O. 2026-0412',
    ]) {
      expect(
        (await findOrdersByPo(store, text)).map((x) => x.id),
        text,
      ).toEqual([o.id]);
    }
    expect((await findOrdersByPo(store, 'po-2026-0412-b')).map((x) => x.id)).toEqual([o.id]);
    expect(await findOrdersByPo(store, '2026-0413')).toEqual([]);
    expect(await findOrdersByPo(store, ' - ')).toEqual([]);
  });

  it('refuses malformed orders with nested paths, and orders of unknown suppliers', async () => {
    const a = await huamei();
    const bad = stages();
    (bad[1].shots[1].label as { en: unknown }).en = 42;
    let e = await refusal(tote(a.id, { stages: bad }));
    expect(e.problems).toEqual(['order.stages[1].shots[1].label.en: expected a string, got 42']);
    e = await refusal(addOrder(store, { poNumbers: [], product: 'x', stages: [] } as never));
    expect(e.problems).toEqual(['order.poNumbers: needs at least 1 item', 'order.supplierId: missing']);
    e = await refusal(tote('no-such-supplier'));
    expect(e.problems).toEqual(['order.supplierId: no supplier with id "no-such-supplier"']);
    e = await refusal(tote(a.id, { stages: [stages()[0], stages()[0]] }));
    expect(e.problems).toEqual(['order.stages[1]: duplicate "pp"']);
    e = await refusal(tote(a.id, { stages: [{ ...stages()[0], startDate: '2026-13-45' }] }));
    expect(e.problems).toEqual(['order.stages[0].startDate: expected a real date, got "2026-13-45"']);
    e = await refusal(tote(a.id, { colour: 'red' } as never));
    expect(e.problems).toEqual(['order.colour: unknown field']);
    // Object.prototype's names are unknown fields too, not fields every shape has.
    e = await refusal(tote(a.id, { toString: 'x', valueOf: 1, hasOwnProperty: true } as never));
    expect(e.problems).toEqual([
      'order.toString: unknown field',
      'order.valueOf: unknown field',
      'order.hasOwnProperty: unknown field',
    ]);
    expect(await listOrders(store)).toEqual([]);
  });

  it('deleting an order deletes its requests and unassigns its photos, in one go', async () => {
    const a = await huamei();
    const o = await tote(a.id);
    await savePhoto(store, photo(1, { orderId: o.id, stageId: 'dp', shotId: 'label' }));
    await logRequest(store, {
      orderId: o.id,
      stageId: 'dp',
      channel: 'gmail',
      items: [{ text: 'Label: missing' }],
    });
    expect(await deleteOrder(store, o.id)).toBe(true);
    expect(await requestsForOrder(store, o.id)).toEqual([]);
    const p = await getPhoto(store, SHA(1));
    expect(p).toBeDefined();
    expect([p?.orderId, p?.stageId, p?.shotId]).toEqual([undefined, undefined, undefined]);
  });

  it('deleting an order forgets the threads remembered for it, and only those, in the same transaction', async () => {
    const a = await huamei();
    const o = await tote(a.id);
    const other = await tote(a.id, { poNumbers: ['PO-2026-0415'] });
    await rememberThreadOrder(store, { threadId: '18c34b0c77aa9000', client: 'gmail', orderId: o.id });
    await rememberThreadOrder(store, { threadId: 'AAQkAGI2TG93AAAQ=', client: 'outlook', orderId: o.id });
    await rememberThreadOrder(store, { threadId: '18c34b0c77aa9001', client: 'gmail', orderId: other.id });

    // Unassigning the photo fails after the memories were deleted: the order and its memories stay.
    await savePhoto(store, photo(1, { orderId: o.id, stageId: 'dp', shotId: 'label' }));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect((await refusal(deleteOrder(store, o.id))).code).toBe('quota');
    vi.restoreAllMocks();
    expect(await getOrder(store, o.id)).toBeDefined();
    expect((await threadOrder(store, '18c34b0c77aa9000'))?.orderId).toBe(o.id);

    expect(await deleteOrder(store, o.id)).toBe(true);
    expect(await threadOrder(store, '18c34b0c77aa9000')).toBeUndefined();
    expect(await threadOrder(store, 'AAQkAGI2TG93AAAQ=')).toBeUndefined();
    expect((await threadOrder(store, '18c34b0c77aa9001'))?.orderId).toBe(other.id);
  });
});

describe('templates and reference photos', () => {
  it('templates: add (never built-in), update, list, delete', async () => {
    const t = await addTemplate(store, {
      name: text('Bag pre-production', '包袋产前样'),
      kind: 'pre-production',
      shots: [shot('fabric')],
      builtIn: true,
    } as never);
    expect(t.builtIn).toBe(false);
    expect(await getTemplate(store, t.id)).toEqual(t);
    const u = await updateTemplate(store, t.id, { gate: { label: text('cutting fabric', '裁布') } });
    expect(u.gate?.label.zh).toBe('裁布');
    expect(await listTemplates(store)).toEqual([u]);
    expect((await refusal(updateTemplate(store, t.id, { kind: 'finishing' as never }))).problems[0]).toMatch(
      /^template\.kind: expected one of "sample"/,
    );
    expect(await deleteTemplate(store, t.id)).toBe(true);
    expect(await listTemplates(store)).toEqual([]);
  });

  it('reference photos keep their bytes; deleting one removes it from every shot', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
    const ref = await addReferencePhoto(store, {
      name: 'approved-label.jpg',
      blob: new Blob([bytes], { type: 'image/jpeg' }),
      width: 48,
      height: 80,
    });
    const back = await getReferencePhoto(store, ref.id);
    expect(back?.blob).toBeInstanceOf(Blob);
    expect(back?.blob.type).toBe('image/jpeg');
    expect(new Uint8Array(await back!.blob.arrayBuffer())).toEqual(bytes);

    const a = await huamei();
    const withRef = stages();
    withRef[1].shots[0].referencePhotoIds = [ref.id];
    const o = await tote(a.id, { stages: withRef });
    const t = await addTemplate(store, {
      name: text('T'),
      kind: 'custom',
      shots: [shot('label', { referencePhotoIds: [ref.id] })],
    });
    const e = await refusal(
      addTemplate(store, {
        name: text('T'),
        kind: 'custom',
        shots: [shot('x', { referencePhotoIds: ['gone'] })],
      }),
    );
    expect(e.problems).toEqual(['template.shots[0].referencePhotoIds[0]: no reference photo with id "gone"']);
    expect(
      (await refusal(addReferencePhoto(store, { name: 'x', blob: 'not a blob' as never }))).problems,
    ).toEqual(['referencePhoto.blob: expected a file (Blob), got "not a blob"']);

    expect(await deleteReferencePhoto(store, ref.id)).toBe(true);
    expect(await listReferencePhotos(store)).toEqual([]);
    expect((await getOrder(store, o.id))?.stages[1].shots[0].referencePhotoIds).toEqual([]);
    expect((await getTemplate(store, t.id))?.shots[0].referencePhotoIds).toEqual([]);
  });
});

describe('photos', () => {
  it('saves a new photo as pending; merging keeps the earliest createdAt, appends origins, keeps assignment and status', async () => {
    const a = await huamei();
    const o = await tote(a.id);
    const first = await savePhoto(store, photo(1, { orderId: o.id, stageId: 'dp', shotId: 'label' }));
    expect(first.status).toEqual({ state: 'pending' });
    await setPhotoStatus(store, SHA(1), { state: 'rejected', reason: 'too small' });

    const merged = await savePhoto(
      store,
      photo(1, {
        dHash: undefined,
        createdAt: '2030-01-01T00:00:00.000Z',
        origins: [
          { source: 'dropped', fileName: 'zip/IMG_1.jpg', receivedAt: '2026-11-19T00:00:00.000Z' },
          // The same origin again (the same message re-opened) is not added twice.
          { source: 'gmail', fileName: 'IMG_1.jpg', receivedAt: '2026-11-20T02:31:00.000Z', messageId: 'm1' },
        ],
      }),
    );
    expect(merged.origins.map((x) => x.source)).toEqual(['dropped', 'gmail']); // oldest first
    expect(merged.createdAt).toBe(first.createdAt);
    expect(merged.dHash).toBe('f0e0c8c4c6e2f0f8');
    expect([merged.orderId, merged.stageId, merged.shotId]).toEqual([o.id, 'dp', 'label']);
    expect(merged.status).toMatchObject({ state: 'rejected', reason: 'too small' });
    expect(await getPhoto(store, SHA(1))).toEqual(merged);

    const moved = await savePhoto(
      store,
      photo(1, { orderId: o.id, stageId: 'dp', shotId: 'stitching', status: { state: 'pending' } }),
    );
    expect([moved.shotId, moved.status.state]).toEqual(['stitching', 'pending']);
  });

  it('two tabs saving the same photo at once both keep their origin', async () => {
    const other = await open();
    const saves = Array.from({ length: 12 }, (_, i) =>
      savePhoto(i % 2 ? other : store, {
        ...photo(7),
        origins: [
          {
            source: 'gmail',
            fileName: `copy-${i}.jpg`,
            receivedAt: `2026-11-20T02:${String(10 + i)}:00.000Z`,
            messageId: `msg-${i}`,
          },
        ],
      }),
    );
    await Promise.all(saves);
    const saved = await getPhoto(other, SHA(7));
    expect(saved?.origins.map((x) => x.messageId)).toEqual(Array.from({ length: 12 }, (_, i) => `msg-${i}`));
    for (let i = 0; i < 12; i++)
      expect((await photosByMessage(store, `msg-${i}`)).map((p) => p.sha256)).toEqual([SHA(7)]);
  });

  it('queries by order and stage, by dHash (exact and near), by message', async () => {
    const a = await huamei();
    const o = await tote(a.id);
    await savePhoto(
      store,
      photo(1, { orderId: o.id, stageId: 'dp', shotId: 'label', dHash: '0000000000000000' }),
    );
    await savePhoto(store, photo(2, { orderId: o.id, stageId: 'pp', dHash: '0000000000000003' }));
    await savePhoto(store, photo(3, { dHash: 'ffffffffffffffff' }));
    expect((await photosForOrder(store, o.id)).map((p) => p.sha256)).toEqual([SHA(1), SHA(2)]);
    expect((await photosForOrder(store, o.id, 'dp')).map((p) => p.sha256)).toEqual([SHA(1)]);
    expect((await photosByDHash(store, '0000000000000003')).map((p) => p.sha256)).toEqual([SHA(2)]);
    const near = await photosNearDHash(store, '0000000000000001', 8);
    expect(near.map((n) => [n.photo.sha256, n.distance])).toEqual([
      [SHA(1), 1],
      [SHA(2), 1],
    ]);
    // Several hashes in one walk: each photo once, at its smallest distance.
    const nearAny = await photosNearDHash(store, ['0000000000000003', 'fffffffffffffffe'], 2);
    expect(nearAny.map((n) => [n.photo.sha256, n.distance])).toEqual(
      [
        [SHA(2), 0],
        [SHA(1), 2],
        [SHA(3), 1],
      ].sort((a, b) => (a[1] as number) - (b[1] as number)),
    );
    expect(await photosNearDHash(store, [], 8)).toEqual([]);
    expect((await photosByMessage(store, 'm3')).map((p) => p.sha256)).toEqual([SHA(3)]);
    expect((await getPhoto(store, SHA(1))) as object).not.toHaveProperty('messageIds');
  });

  it('assignment and status changes are checked against the order', async () => {
    const a = await huamei();
    const o = await tote(a.id);
    await savePhoto(store, photo(1));
    const p = await setPhotoAssignment(store, SHA(1), { orderId: o.id, stageId: 'dp', shotId: 'stitching' });
    expect([p.orderId, p.stageId, p.shotId]).toEqual([o.id, 'dp', 'stitching']);
    expect(
      (await refusal(setPhotoAssignment(store, SHA(1), { orderId: o.id, stageId: 'dp', shotId: 'fabric' })))
        .problems,
    ).toEqual(['photo.shotId: the stage has no shot "fabric"']);
    expect((await refusal(setPhotoAssignment(store, SHA(1), { orderId: 'nope' }))).problems).toEqual([
      'photo.orderId: no order with id "nope"',
    ]);
    const cleared = await setPhotoAssignment(store, SHA(1), null);
    expect(cleared).not.toHaveProperty('orderId');
    const accepted = await setPhotoStatus(store, SHA(1), { state: 'accepted' });
    expect(accepted.status).toEqual({ state: 'accepted', at: expect.stringMatching(/^\d{4}-.*Z$/) });
    expect((await refusal(setPhotoStatus(store, SHA(99), { state: 'pending' }))).code).toBe('not-found');
    expect((await refusal(savePhoto(store, { ...photo(2), sha256: 'ABC' }))).problems).toEqual([
      'photo.sha256: expected a SHA-256 (64 lower-case hex digits), got "ABC"',
    ]);
    expect(
      (await refusal(savePhoto(store, photo(2, { status: { state: 'rejected' } as never })))).problems,
    ).toEqual(['photo.status.at: missing', 'photo.status.reason: missing']);
  });

  it('thumbnails come back as Blobs; old photos can be deleted to free space', async () => {
    const thumb = new Blob([new Uint8Array([0xff, 0xd8, 9, 9, 0xff, 0xd9])], { type: 'image/jpeg' });
    await savePhoto(store, photo(1, { thumbnail: thumb, createdAt: '2025-01-01T00:00:00.000Z' }));
    await savePhoto(store, photo(2));
    const back = await getPhoto(store, SHA(1));
    expect(new Uint8Array(await back!.thumbnail!.arrayBuffer())).toEqual(
      new Uint8Array([0xff, 0xd8, 9, 9, 0xff, 0xd9]),
    );
    expect(await deletePhotosCreatedBefore(store, '2026-01-01T00:00:00.000Z')).toBe(1);
    expect(await getPhoto(store, SHA(1))).toBeUndefined();
    expect(await deletePhoto(store, SHA(2))).toBe(true);
    expect(await deletePhoto(store, SHA(2))).toBe(false);
  });
});

describe('settings', () => {
  it('defaults, merged with only what the buyer changed', async () => {
    expect(await getSettings(store)).toEqual({
      thresholds: DEFAULT_THRESHOLDS,
      replyLanguages: ['en', 'zh-CN'],
      replyLayout: 'sequential',
      replyDetail: 'detailed',
      buyer: { name: '', company: '', signature: '' },
      ignoredSenders: [],
    });
    const s = await updateSettings(store, {
      thresholds: { minLongEdge: 2000 },
      buyer: { name: 'Sarah' },
      replyLayout: 'interleaved',
    });
    expect(s.thresholds).toEqual({ ...DEFAULT_THRESHOLDS, minLongEdge: 2000 });
    expect(s.buyer).toEqual({ name: 'Sarah', company: '', signature: '' });
    await updateSettings(store, { buyer: { company: 'Northwind' } });
    expect(await storedSettings()).toEqual({
      thresholds: { minLongEdge: 2000 },
      buyer: { name: 'Sarah', company: 'Northwind' },
      replyLayout: 'interleaved',
    });
    // undefined = back to the default
    await updateSettings(store, { thresholds: { minLongEdge: undefined }, replyLayout: undefined });
    expect(await storedSettings()).toEqual({ buyer: { name: 'Sarah', company: 'Northwind' } });
  });

  it('ignored senders are lower-case and listed once; invalid settings are refused', async () => {
    await addIgnoredSender(store, 'Newsletter <News@Alibaba.com>');
    const s = await addIgnoredSender(store, 'news@alibaba.com');
    expect(s.ignoredSenders).toEqual(['news@alibaba.com']);
    expect((await removeIgnoredSender(store, 'NEWS@alibaba.com')).ignoredSenders).toEqual([]);
    const e = await refusal(updateSettings(store, { thresholds: { minLongEdge: -5 }, replyLanguages: [] }));
    expect(e.problems).toEqual([
      'settings.thresholds.minLongEdge: expected a number ≥ 0, got -5',
      'settings.replyLanguages: needs at least 1 item',
    ]);
  });
});

describe('settings: reply templates', () => {
  const EN = 'Hi {contact},\n\nFor {po} ({product}), please send:\n\n{items}\n\nThanks, {buyer}';
  const ZH = '{greeting}\n\n订单{po}请补发以下照片：\n\n{items}';

  it('keeps the buyer’s valid templates, per language; the other language stays default', async () => {
    const s = await updateSettings(store, { replyTemplates: { en: EN } });
    expect(s.replyTemplates).toEqual({ en: EN });
    await updateSettings(store, { replyTemplates: { zh: ZH } });
    expect((await getSettings(store)).replyTemplates).toEqual({ en: EN, zh: ZH });
    expect((await getStoredSettings(store))?.replyTemplates).toEqual({ en: EN, zh: ZH });
  });

  it('refuses an unknown placeholder, or a template without {items}, quoting why; nothing is saved', async () => {
    await updateSettings(store, { replyTemplates: { en: EN } });
    const e = await refusal(
      updateSettings(store, { replyTemplates: { en: 'Price {price} for {PO}\n{items}', zh: '{po}' } }),
    );
    expect(e.code).toBe('validation');
    expect(e.problems).toHaveLength(2);
    expect(e.problems[0]).toMatch(/^settings\.replyTemplates\.en: Unknown placeholders \{price\}, \{PO\}/);
    expect(e.problems[0]).toContain('did you mean {PO} → {po}?');
    expect(e.problems[1]).toMatch(/^settings\.replyTemplates\.zh: The template has no \{items\}/);
    expect((await getSettings(store)).replyTemplates).toEqual({ en: EN });
    // Not a string, or an unknown language: refused too.
    const odd = await refusal(
      updateSettings(store, { replyTemplates: { en: 42, fr: '{items}' } as unknown as { en: string } }),
    );
    expect(odd.problems).toEqual([
      'settings.replyTemplates.en: expected a string, got 42',
      'settings.replyTemplates.fr: unknown field',
    ]);
  });

  it('undefined goes back to the default: one language, or both', async () => {
    await updateSettings(store, { replyTemplates: { en: EN, zh: ZH }, replyLayout: 'interleaved' });
    let s = await updateSettings(store, { replyTemplates: { en: undefined } });
    expect(s.replyTemplates).toEqual({ zh: ZH });
    s = await updateSettings(store, { replyTemplates: undefined });
    expect(s.replyTemplates).toBeUndefined();
    expect(s.replyLayout).toBe('interleaved');
    expect(await storedSettings()).toEqual({ replyLayout: 'interleaved' });
    // With nothing stored, the drafter falls back to DEFAULT_TEMPLATES for each language.
    s = await updateSettings(store, { replyTemplates: { zh: ZH } });
    s = await updateSettings(store, { replyTemplates: { zh: undefined } });
    expect('replyTemplates' in s).toBe(false);
    expect(await storedSettings()).toEqual({ replyLayout: 'interleaved' });
  });
});

describe('request log', () => {
  it('logs, lists open requests, marks answered', async () => {
    const a = await huamei();
    const o = await tote(a.id);
    const r1 = await logRequest(store, {
      orderId: o.id,
      stageId: 'dp',
      channel: 'gmail',
      messageId: 'abc',
      items: [
        { shotId: 'label', fileName: 'IMG_1.jpg', codes: ['too-small'], text: 'Label: retake, too small.' },
      ],
      askedAt: '2026-11-20T09:00:00.000Z',
    });
    const r2 = await logRequest(store, {
      orderId: o.id,
      stageId: 'dp',
      channel: 'wechat',
      items: [{ text: 'Stitching: missing' }],
    });
    expect((await openRequests(store)).map((r) => r.id)).toEqual([r1.id, r2.id]);
    const answered = await markAnswered(store, r1.id, '2026-11-21T00:00:00.000Z');
    expect(answered.answeredAt).toBe('2026-11-21T00:00:00.000Z');
    expect((await openRequests(store, o.id)).map((r) => r.id)).toEqual([r2.id]);
    expect((await refusal(markAnswered(store, 'nope'))).code).toBe('not-found');
    expect(
      (await refusal(logRequest(store, { orderId: o.id, stageId: 'zz', channel: 'gmail', items: [] })))
        .problems,
    ).toEqual(['request.stageId: the order has no stage "zz"']);
  });
});

describe('the order remembered per mail thread', () => {
  it('remembers, reads, changes and forgets the order of a thread', async () => {
    const a = await huamei();
    const o = await tote(a.id);
    const apron = await tote(a.id, { poNumbers: ['PO-2026-0415'] });
    expect(await threadOrder(store, '18c34b0c77aa9000')).toBeUndefined();

    const started = Date.now();
    const t = await rememberThreadOrder(store, {
      threadId: '18c34b0c77aa9000',
      client: 'gmail',
      orderId: o.id,
    });
    expect(t).toEqual({
      threadId: '18c34b0c77aa9000',
      client: 'gmail',
      orderId: o.id,
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(Date.parse(t.updatedAt)).toBeGreaterThanOrEqual(started - 1000);
    expect(await threadOrder(store, '18c34b0c77aa9000')).toEqual(t);

    // Outlook conversation ids are base64: slashes, pluses and equals signs are fine.
    const outlookId = 'AAQkAGI2TG93AAAQAPvF3nLMd1tLp5y0eO1Tx+M/ab=';
    await rememberThreadOrder(store, { threadId: outlookId, client: 'outlook', orderId: apron.id });
    expect((await threadOrder(store, outlookId))?.client).toBe('outlook');

    // Picking another order for the thread replaces the memory.
    const moved = await rememberThreadOrder(store, {
      threadId: '18c34b0c77aa9000',
      client: 'gmail',
      orderId: apron.id,
    });
    expect(await threadOrder(store, '18c34b0c77aa9000')).toEqual(moved);

    expect(await forgetThread(store, '18c34b0c77aa9000')).toBe(true);
    expect(await threadOrder(store, '18c34b0c77aa9000')).toBeUndefined();
    expect(await forgetThread(store, '18c34b0c77aa9000')).toBe(false);
    expect((await threadOrder(store, outlookId))?.orderId).toBe(apron.id);
  });

  it('refuses an unknown order and malformed memories, saving nothing', async () => {
    const a = await huamei();
    const o = await tote(a.id);
    let e = await refusal(
      rememberThreadOrder(store, { threadId: '18c34b0c77aa9000', client: 'gmail', orderId: 'ghost' }),
    );
    expect(e.code).toBe('validation');
    expect(e.problems).toEqual(['thread.orderId: no order with id "ghost"']);
    expect(e.message).toBe('Thread not remembered: thread.orderId: no order with id "ghost".');

    e = await refusal(
      rememberThreadOrder(store, { threadId: 'has space', client: 'yahoo', orderId: o.id } as never),
    );
    expect(e.problems).toEqual([
      'thread.threadId: expected a thread id (no spaces), got "has space"',
      'thread.client: expected one of "gmail", "outlook", got "yahoo"',
    ]);
    e = await refusal(
      rememberThreadOrder(store, { threadId: '', client: 'gmail', orderId: o.id, extra: 1 } as never),
    );
    expect(e.problems).toEqual([
      'thread.threadId: expected a thread id (no spaces), got ""',
      'thread.extra: unknown field',
    ]);
    expect(await store.db.count('threads')).toBe(0);
  });
});

describe('failures reach the UI as StoreErrors', () => {
  it('a full disk (QuotaExceededError) becomes "quota" with a message for the buyer; nothing is written', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const e = await refusal(savePhoto(store, photo(1)));
    expect(e.code).toBe('quota');
    expect(e.message).toBe(
      "Your browser's storage for Photo Triage is full. Export a backup, then delete old photos.",
    );
    vi.restoreAllMocks();
    expect(await getPhoto(store, SHA(1))).toBeUndefined();
  });

  it('maps IndexedDB exception names', () => {
    const ex = (name: string) => new DOMException('x', name);
    expect(toStoreError(ex('QuotaExceededError')).code).toBe('quota');
    expect(toStoreError(ex('AbortError'), ex('QuotaExceededError')).code).toBe('quota');
    expect(toStoreError(ex('AbortError')).code).toBe('unavailable');
    expect(toStoreError(ex('VersionError')).code).toBe('version');
    expect(toStoreError(ex('InvalidStateError')).message).toMatch(/Reload this page/);
    expect(toStoreError(ex('ConstraintError')).code).toBe('conflict');
    expect(toStoreError(ex('DataCloneError')).code).toBe('validation');
    expect(toStoreError(new TypeError('boom')).code).toBe('unavailable');
    const original = new StoreError('blocked');
    expect(toStoreError(original)).toBe(original);
    const copy = StoreError.fromJSON(
      JSON.parse(JSON.stringify(new StoreError('validation', 'm', { problems: ['p'] }))),
    );
    expect([copy.code, copy.message, copy.problems]).toEqual(['validation', 'm', ['p']]);
  });

  it('an upgrade blocked by a tab that keeps the old version open is refused with "blocked"', async () => {
    const stubborn: IDBDatabase = await new Promise((resolve) => {
      const r = factory().open('test');
      r.onsuccess = () => resolve(r.result); // no versionchange handler: never closes
    });
    store.close();
    const next = [...MIGRATIONS, { version: MIGRATIONS.length + 1, description: 'test', migrate() {} }];
    const started = Date.now();
    const e = await refusal(
      openStore({ indexedDB: factory(), name: 'test', migrations: next, blockedTimeoutMs: 150 }),
    );
    expect(e.code).toBe('blocked');
    expect(e.message).toMatch(/Close the other Photo Triage tabs/);
    expect(Date.now() - started).toBeLessThan(2000);
    stubborn.close();
  });

  it('a tab with our connection closes it for an upgrade and is told so; later calls fail clearly', async () => {
    const closedFor = vi.fn();
    store.onClosedForUpgrade = closedFor;
    const next = [...MIGRATIONS, { version: MIGRATIONS.length + 1, description: 'test', migrate() {} }];
    const upgraded = await openStore({
      indexedDB: factory(),
      name: 'test',
      migrations: next,
      blockedTimeoutMs: 150,
    });
    closeAfter(upgraded);
    expect(upgraded.version).toBe(MIGRATIONS.length + 1);
    expect(closedFor).toHaveBeenCalledOnce();
    expect(store.closed).toBe(true);
    const e = await refusal(listSuppliers(store));
    expect(e.code).toBe('unavailable');
  });

  it('a database newer than the code is refused with "version"', async () => {
    store.close();
    const next = [...MIGRATIONS, { version: MIGRATIONS.length + 1, description: 'test', migrate() {} }];
    (await openStore({ indexedDB: factory(), name: 'test', migrations: next })).close();
    const e = await refusal(openStore({ indexedDB: factory(), name: 'test' }));
    expect(e.code).toBe('version');
    expect(e.message).toMatch(/newer version of Photo Triage/);
  });

  it('no IndexedDB at all is "unavailable"', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      const e = await refusal(openStore({ name: 'x' }));
      expect(e.code).toBe('unavailable');
      expect(e.message).toMatch(/IndexedDB is off/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('storage usage', () => {
  it('asks for persistence and reports usage; tolerates browsers without the API', async () => {
    const persist = vi.fn(async () => true);
    const nav = {
      storage: {
        persist,
        persisted: async () => false,
        estimate: async () => ({ usage: 1234, quota: 99999 }),
      },
    };
    expect(await requestPersistence(nav)).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    expect(await storageUsage(nav)).toEqual({ usage: 1234, quota: 99999, persisted: false });
    expect(await requestPersistence({})).toBeUndefined();
    expect(await storageUsage({})).toEqual({ usage: undefined, quota: undefined, persisted: undefined });
    expect(await storageUsage(undefined)).toEqual({
      usage: undefined,
      quota: undefined,
      persisted: undefined,
    });
  });
});
