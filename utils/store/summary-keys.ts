// Keys of the `summaries` store: each kind of derived record under its own prefix, so one kind is read
// with a key range and never the others.
export const stageSummaryKey = (orderId: string, stageId: string) => `stage\u0000${orderId}\u0000${stageId}`;
export const supplierSummaryKey = (supplierId: string) => `supplier\u0000${supplierId}`;
/** A page of the orders' list rows (utils/store/list-rows, schema v8); '' for every page's prefix. */
export const listPageKey = (page: number | '') =>
  `rows\u0000${page === '' ? '' : page.toString(16).padStart(2, '0')}`;
/** Where schema v7 kept each order's list row (v8 moved them into pages). */
export const v7ListRowKey = (orderId: string) => `order\u0000${orderId}`;
/** Every key starting with `prefix`. */
export const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);
