// PouchDB 9 ships no types, and DefinitelyTyped's (for 7) pull Node's into the extension's build: the
// little of its API sync uses is typed in utils/sync/db.ts instead.
declare module 'pouchdb-core' {
  interface PouchStatic {
    new (name: string, options?: Record<string, unknown>): unknown;
    plugin(plugin: unknown): PouchStatic;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
