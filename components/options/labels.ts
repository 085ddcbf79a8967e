import type { OrderStatus, StageKind } from '@/utils/store/types';
import { text } from './text';

export const ORDER_STATUSES: OrderStatus[] = ['open', 'on-hold', 'shipped', 'closed'];
export const STAGE_KINDS: StageKind[] = [
  'sample',
  'pre-production',
  'during-production',
  'pre-shipment',
  'container-loading',
  'custom',
];

/** In the interface language (read in a render, it follows a switch). */
export const orderStatusLabel = (status: OrderStatus): string => text().status[status];
export const stageKindLabel = (kind: StageKind): string => text().kind[kind];

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
