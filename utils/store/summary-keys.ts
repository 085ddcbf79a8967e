// Keys of the `summaries` store: each kind of derived record under its own prefix, so one kind is read
// with a key range and never the others.
export const stageSummaryKey = (orderId: string, stageId: string) => `stage\u0000${orderId}\u0000${stageId}`;
export const supplierSummaryKey = (supplierId: string) => `supplier\u0000${supplierId}`;
/** An order's list row (utils/store/list-rows, schema v7). */
export const listRowKey = (orderId: string) => `order\u0000${orderId}`;
/** Every key starting with `prefix`. */
export const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);
