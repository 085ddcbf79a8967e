// Which stages are the last before the goods leave: after them, photos are all the buyer will have seen
// before paying the balance. Pure.
import type { Stage } from '@/utils/store/types';

/** Gate words (English and Chinese) that mean the goods are leaving: a custom stage gated on these. */
const SHIPPING_GATE =
  /\b(ship|shipping|shipment|loading|load|dispatch)\b|出货|出運|出运|装柜|裝櫃|装箱|发货|發貨/i;

/** Pre-shipment and container-loading stages, and any stage whose gate is shipping or loading. */
export function isLastBeforeShipment(stage: Pick<Stage, 'kind' | 'gate'>): boolean {
  if (stage.kind === 'pre-shipment' || stage.kind === 'container-loading') return true;
  const gate = stage.gate?.label;
  return gate !== undefined && (SHIPPING_GATE.test(gate.en) || SHIPPING_GATE.test(gate.zh));
}
