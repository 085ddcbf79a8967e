import type { OrderStatus, StageKind } from '@/utils/store/types';

export const ORDER_STATUS_LABEL: Record<OrderStatus, string> = {
  open: 'Open',
  'on-hold': 'On hold',
  shipped: 'Shipped',
  closed: 'Closed',
};
export const ORDER_STATUSES = Object.keys(ORDER_STATUS_LABEL) as OrderStatus[];

export const STAGE_KIND_LABEL: Record<StageKind, string> = {
  sample: 'Sample',
  'pre-production': 'Pre-production',
  'during-production': 'During production',
  'pre-shipment': 'Pre-shipment',
  'container-loading': 'Container loading',
  custom: 'Custom',
};

/** "a, b\nc" → ["a", "b", "c"]: lists typed by hand, comma or newline separated, blanks dropped. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n，；]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
