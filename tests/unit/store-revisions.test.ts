// @vitest-environment node
// Two tabs of the orders desk are two connections to one database: here two store clients on one
// fake-indexeddb. Each tab edits from what it last read; the store's revision rule (utils/store/revision)
// keeps both edits, or refuses the second as 'stale' when both changed the same value.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type StoreChange, watchChanges } from '@/utils/store/changes';
import { openStore, type Store } from '@/utils/store/db';
import { StoreError } from '@/utils/store/errors';
import { addOrder, getOrder, updateOrder } from '@/utils/store/orders';
import { merge3 } from '@/utils/store/revision';
import { getSettings, updateSettings } from '@/utils/store/settings';
import { addSupplier, getSupplier, updateSupplier } from '@/utils/store/suppliers';
import { addTemplate, getTemplate, updateTemplate } from '@/utils/store/templates';
import type { Order, Shot, Stage } from '@/utils/store/types';

let factory: IDBFactory;
let tabA: Store;
let tabB: Store;
const opened: Store[] = [];

async function open(): Promise<Store> {
  const s = await openStore({ indexedDB: factory, name: 'two-tabs' });
  opened.push(s);
  return s;
}

beforeEach(async () => {
  factory = new IDBFactory();
  tabA = await open();
  tabB = await open();
});
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

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
const shot = (id: string): Shot => ({
  id,
  label: text(id),
  instructions: text(`Photograph the ${id}`),
  required: true,
  referencePhotoIds: [],
});
const stage = (): Stage => ({
  id: 'ps',
  kind: 'pre-shipment',
  name: text('Pre-shipment'),
  shots: [shot('front'), shot('label')],
});
const withStage = (order: Order, change: (s: Stage) => Stage): Order['stages'] =>
  order.stages.map((s) => (s.id === 'ps' ? change(s) : s));
const renamed = (s: Stage, id: string, en: string): Stage => ({
  ...s,
  shots: s.shots.map((sh) => (sh.id === id ? { ...sh, label: { ...sh.label, en } } : sh)),
});

async function setup() {
  const supplier = await addSupplier(tabA, {
    company: 'Ningbo Bright',
    emails: ['amy@ningbo-bright.cn'],
    domains: [],
    replyLanguages: ['en'],
  });
  const order = await addOrder(tabA, {
    poNumbers: ['PO-1'],
    supplierId: supplier.id,
    product: 'Tote',
    stages: [stage()],
  });
  // Both tabs show the order as it is now.
  const seenByA = (await getOrder(tabA, order.id))!;
  const seenByB = (await getOrder(tabB, order.id))!;
  return { supplier, order, seenByA, seenByB };
}

describe('two tabs editing one order', () => {
  it('A adds a shot; B, still showing the old stage, renames another and saves its whole stages array: both kept', async () => {
    const { order, seenByA, seenByB } = await setup();
    const savedA = await updateOrder(
      tabA,
      order.id,
      { stages: withStage(seenByA, (s) => ({ ...s, shots: [...s.shots, shot('carton')] })) },
      seenByA,
    );
    expect(savedA.stages[0]!.shots.map((s) => s.id)).toEqual(['front', 'label', 'carton']);

    // B's stages array is stale: it has no carton shot.
    const savedB = await updateOrder(
      tabB,
      order.id,
      { stages: withStage(seenByB, (s) => renamed(s, 'label', 'Care label')) },
      seenByB,
    );
    const stored = (await getOrder(tabA, order.id))!;
    expect(stored).toEqual(savedB);
    expect(stored.stages[0]!.shots.map((s) => [s.id, s.label.en])).toEqual([
      ['front', 'front'],
      ['label', 'Care label'],
      ['carton', 'carton'],
    ]);
    expect(stored.rev).toBe((order.rev ?? 0) + 2);
  });

  it('both rename the same shot differently: the second is refused as stale, naming the shot; nothing written', async () => {
    const { order, seenByA, seenByB } = await setup();
    await updateOrder(
      tabA,
      order.id,
      { stages: withStage(seenByA, (s) => renamed(s, 'label', 'Label A')) },
      seenByA,
    );
    const e = await refusal(
      updateOrder(
        tabB,
        order.id,
        { stages: withStage(seenByB, (s) => renamed(s, 'label', 'Label B')) },
        seenByB,
      ),
    );
    expect(e.code).toBe('stale');
    expect(e.message).toMatch(/changed in another tab.*Reload/s);
    expect(e.problems).toEqual(['order.stages["ps"].shots["label"].label.en: changed in another tab']);
    expect((await getOrder(tabA, order.id))!.stages[0]!.shots[1]!.label.en).toBe('Label A');
  });

  it('B removes a shot A has just changed: refused, not silently dropped', async () => {
    const { order, seenByA, seenByB } = await setup();
    await updateOrder(
      tabA,
      order.id,
      { stages: withStage(seenByA, (s) => renamed(s, 'label', 'Label A')) },
      seenByA,
    );
    const e = await refusal(
      updateOrder(
        tabB,
        order.id,
        { stages: withStage(seenByB, (s) => ({ ...s, shots: s.shots.filter((x) => x.id !== 'label') })) },
        seenByB,
      ),
    );
    expect(e.code).toBe('stale');
  });

  it('fields each tab changed are both kept: A sets the status, B (stale) edits the product and adds a PO', async () => {
    const { order, seenByA, seenByB } = await setup();
    await updateOrder(tabA, order.id, { status: 'on-hold' }, seenByA);
    // B's form sends every field, changed or not: unchanged ones do not undo A's.
    await updateOrder(
      tabB,
      order.id,
      { status: seenByB.status, product: 'Canvas tote', poNumbers: ['PO-1', 'PO-1b'] },
      seenByB,
    );
    const stored = (await getOrder(tabA, order.id))!;
    expect([stored.status, stored.product, stored.poNumbers]).toEqual([
      'on-hold',
      'Canvas tote',
      ['PO-1', 'PO-1b'],
    ]);
  });
});

describe('two tabs editing suppliers, templates and settings', () => {
  it('suppliers: an address added in A and a contact set in B both kept; the same company renamed twice is stale', async () => {
    const { supplier } = await setup();
    const a = (await getSupplier(tabA, supplier.id))!;
    const b = (await getSupplier(tabB, supplier.id))!;
    await updateSupplier(tabA, supplier.id, { emails: [...a.emails, 'Tom@Ningbo-Bright.cn'] }, a);
    await updateSupplier(tabB, supplier.id, { contactName: 'Amy', emails: b.emails }, b);
    const stored = (await getSupplier(tabA, supplier.id))!;
    expect([stored.contactName, stored.emails]).toEqual([
      'Amy',
      ['amy@ningbo-bright.cn', 'tom@ningbo-bright.cn'],
    ]);

    await updateSupplier(tabA, supplier.id, { company: 'Bright A' }, stored);
    const e = await refusal(updateSupplier(tabB, supplier.id, { company: 'Bright B' }, stored));
    expect(e.code).toBe('stale');
    expect((await getSupplier(tabB, supplier.id))!.company).toBe('Bright A');
  });

  it('templates: a shot added in A and the name changed in B both kept', async () => {
    const t = await addTemplate(tabA, { name: text('Mine'), kind: 'custom', shots: [shot('front')] });
    const a = (await getTemplate(tabA, t.id))!;
    const b = (await getTemplate(tabB, t.id))!;
    await updateTemplate(tabA, t.id, { shots: [...a.shots, shot('back')] }, a);
    await updateTemplate(tabB, t.id, { name: text('Mine, renamed'), shots: b.shots }, b);
    const stored = (await getTemplate(tabA, t.id))!;
    expect([stored.name.en, stored.shots.map((s) => s.id)]).toEqual(['Mine, renamed', ['front', 'back']]);
  });

  it('settings: different fields both kept; the same field changed in both is stale', async () => {
    const a = await getSettings(tabA);
    const b = await getSettings(tabB);
    await updateSettings(tabA, { buyer: { name: 'Sarah' } }, a);
    const afterB = await updateSettings(tabB, { thresholds: { minLongEdge: 2000 } }, b);
    expect([afterB.buyer.name, afterB.thresholds.minLongEdge]).toEqual(['Sarah', 2000]);
    const e = await refusal(updateSettings(tabB, { buyer: { name: 'Tom' } }, b));
    expect(e.code).toBe('stale');
    expect(e.problems).toEqual(['settings.buyer.name: changed in another tab']);
    expect((await getSettings(tabB)).buyer.name).toBe('Sarah');
    // A stale form sends every field of the group: the ones it did not change keep the other tab's value.
    await updateSettings(tabB, { buyer: { name: b.buyer.name, company: 'Northwind' } }, b);
    expect((await getSettings(tabA)).buyer).toMatchObject({ name: 'Sarah', company: 'Northwind' });
    // Reading again (what a page does when told of the change) makes the edit go through.
    expect((await updateSettings(tabB, { buyer: { name: 'Tom' } }, afterB)).buyer.name).toBe('Tom');
  });
});

describe('other tabs hear of every write', () => {
  it('a write in A reaches B as the stores that changed; A does not hear its own', async () => {
    const heardByA: StoreChange[] = [];
    const heardByB: StoreChange[] = [];
    const stopA = watchChanges(tabA, (c) => heardByA.push(c));
    const stopB = watchChanges(tabB, (c) => heardByB.push(c));
    try {
      await updateSettings(tabA, { buyer: { name: 'Sarah' } });
      await expect.poll(() => heardByB.length).toBe(1);
      expect(heardByB[0]!.stores).toEqual(['settings']);
      expect(heardByB[0]!.db).toBe('two-tabs');
      expect(heardByA).toEqual([]);
    } finally {
      stopA();
      stopB();
    }
  });
});

describe('merge3', () => {
  const merge = (base: unknown, mine: unknown, theirs: unknown) => {
    const conflicts: string[] = [];
    const value = merge3(base, mine, theirs, 'x', conflicts);
    return { value, conflicts };
  };
  const items = (...ids: string[]) => ids.map((id) => ({ id, v: id }));

  it('keeps items added on either side in place, and removals from either side', () => {
    expect(merge(items('a', 'b', 'c'), items('a', 'n', 'b', 'c'), items('a', 'c', 'd')).value).toEqual(
      items('a', 'n', 'c', 'd'),
    );
  });
  it('a reorder on this side wins over the stored order; an item added elsewhere follows its predecessor', () => {
    expect(merge(items('a', 'b', 'c'), items('c', 'a', 'b'), items('a', 'b', 'c', 'd')).value).toEqual(
      items('c', 'd', 'a', 'b'),
    );
  });
  it('words: additions and removals replayed over the stored list', () => {
    expect(merge(['a', 'b'], ['b', 'c'], ['a', 'b', 'd']).value).toEqual(['b', 'd', 'c']);
  });
  it('a value set differently on both sides is a conflict; the same value twice is not', () => {
    expect(merge({ n: 1 }, { n: 2 }, { n: 3 }).conflicts).toEqual(['x.n']);
    expect(merge({ n: 1 }, { n: 2 }, { n: 2 })).toEqual({ value: { n: 2 }, conflicts: [] });
  });
});
