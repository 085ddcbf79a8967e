// Sample data for trying Photo Triage without a mailbox of one's own: the suppliers and orders of the
// demo mailbox (tests/fixtures/gmail), set up as a buyer would. Loaded from the options page on request
// and by the demo; never mixed into real data silently (it refuses a database that has orders).

import { BUILT_IN_TEMPLATES, stageFromTemplate } from '@/utils/triage/shot-list-templates';
import type { Store } from './db';
import { StoreError } from './errors';
import { addOrder, listOrders } from './orders';
import { updateSettings } from './settings';
import { addSupplier } from './suppliers';
import type { Stage, StageKind } from './types';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function stages(
  prefix: string,
  kinds: StageKind[],
  gateDueInDays: Partial<Record<StageKind, number>>,
): Stage[] {
  return kinds.map((kind) => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.kind === kind)!;
    const due = gateDueInDays[kind];
    let n = 0;
    return stageFromTemplate(
      template,
      {
        id: `${prefix}-${kind}`,
        dueDate: due === undefined ? undefined : day(due),
        gateDueDate: due === undefined ? undefined : day(due),
      },
      () => `${prefix}-${kind}-shot-${++n}`,
    );
  });
}

export async function loadSampleData(store: Store): Promise<{ suppliers: number; orders: number }> {
  if ((await listOrders(store)).length > 0) {
    throw new StoreError(
      'conflict',
      'Sample data is only loaded into an empty Photo Triage: you already have orders.',
    );
  }
  const bright = await addSupplier(store, {
    company: 'Ningbo Bright Lighting Co., Ltd. 宁波明亮照明有限公司',
    contactName: 'Amy Chen',
    emails: ['amy@ningbo-bright.cn'],
    domains: ['ningbo-bright.cn'],
    replyLanguages: ['en', 'zh-CN'],
    notes: 'Lamps, mugs and trays. Amy reads English; the QC team reads Chinese.',
  });
  const hengda = await addSupplier(store, {
    company: 'Hengda Cups & Glassware 恒达杯业',
    contactName: 'Lily Wang',
    emails: ['sales@hengda-cups.com'],
    domains: ['hengda-cups.com'],
    replyLanguages: ['zh-CN', 'en'],
  });
  const all: StageKind[] = [
    'sample',
    'pre-production',
    'during-production',
    'pre-shipment',
    'container-loading',
  ];
  const orders = [
    {
      po: 'PO-2026-0412',
      supplierId: bright.id,
      product: 'LED desk lamp, matte black',
      quantity: 3000,
      current: 'pre-shipment' as const,
      gates: { 'pre-shipment': 4, 'container-loading': 12 },
    },
    {
      po: 'PO-2026-0417',
      supplierId: bright.id,
      product: 'Ceramic mug 350 ml, speckled glaze',
      quantity: 6000,
      current: 'during-production' as const,
      gates: { 'pre-shipment': 20 },
    },
    {
      po: 'PO-2026-0421',
      supplierId: bright.id,
      product: 'Bamboo serving tray, large',
      quantity: 1200,
      current: 'sample' as const,
      gates: { sample: 6 },
    },
    {
      po: 'PO-2026-0430',
      supplierId: hengda.id,
      product: 'Glass vase set of 3',
      quantity: 2400,
      current: 'container-loading' as const,
      gates: { 'container-loading': 2 },
    },
  ];
  for (const o of orders) {
    const prefix = o.po.toLowerCase().replace(/[^a-z0-9]/g, '');
    const list = stages(prefix, all, o.gates);
    await addOrder(store, {
      poNumbers: [o.po],
      supplierId: o.supplierId,
      product: o.product,
      quantity: o.quantity,
      stages: list,
      currentStageId: `${prefix}-${o.current}`,
    });
  }
  await updateSettings(store, {
    buyer: {
      name: 'Sam Taylor',
      company: 'Brightlight Home',
      email: 'buyer@brightlight-home.com',
      signature: 'Sam Taylor\nSourcing, Brightlight Home',
    },
  });
  return { suppliers: 2, orders: orders.length };
}
