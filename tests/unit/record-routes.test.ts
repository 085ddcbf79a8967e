// The desk's record route (the mail panel opens it), the scorecard's periods, and which stages are last
// before shipment.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '@/components/options/router';
import { periodOf } from '@/components/record/SupplierScorecard';
import { isLastBeforeShipment } from '@/utils/triage/shipment';

describe('record route', () => {
  it('#/orders/<id>/record/<stage> opens the order on that stage to make its record, and round-trips', () => {
    const r = parseRoute('#/orders/o%201/record/s%2F1');
    expect(r).toEqual({ page: 'order', id: 'o 1', recordStageId: 's/1' });
    expect(routeHref(r)).toBe('#/orders/o%201/record/s%2F1');
    expect(parseRoute('#/orders/o1')).toEqual({ page: 'order', id: 'o1' });
  });
});

describe('scorecard periods', () => {
  it('3 and 12 months back from today, or all time', () => {
    expect(periodOf('3m', '2026-12-04')).toEqual({ from: '2026-09-04', to: '2026-12-04' });
    expect(periodOf('12m', '2026-12-04')).toEqual({ from: '2025-12-04', to: '2026-12-04' });
    expect(periodOf('all', '2026-12-04').from < '1970').toBe(true);
  });
});

describe('last stage before shipment', () => {
  const label = (en: string, zh = '') => ({ label: { en, zh } });
  it('pre-shipment and loading stages, and gates named for shipping or loading', () => {
    expect(isLastBeforeShipment({ kind: 'pre-shipment' })).toBe(true);
    expect(isLastBeforeShipment({ kind: 'container-loading' })).toBe(true);
    expect(isLastBeforeShipment({ kind: 'custom', gate: label('loading the truck') })).toBe(true);
    expect(isLastBeforeShipment({ kind: 'custom', gate: label('', '出货') })).toBe(true);
    expect(isLastBeforeShipment({ kind: 'during-production', gate: label('packing') })).toBe(false);
    expect(isLastBeforeShipment({ kind: 'sample' })).toBe(false);
  });
});
