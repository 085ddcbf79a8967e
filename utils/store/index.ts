// The store's public API, for the background's message router and the extension pages.

export * from './backup';
export { watchChanges } from './changes';
export { DB_NAME, openStore, type Store } from './db';
export * from './errors';
export * from './list-rows';
export * from './list-threads';
export * from './orders';
export * from './photos';
export * from './references';
export * from './requests';
export * from './settings';
export * from './storage';
export * from './summaries';
export * from './suppliers';
export * from './templates';
export * from './threads';
export type * from './types';
export * from './usage';
