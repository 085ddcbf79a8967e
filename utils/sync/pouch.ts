// PouchDB as the background bundles it: the core, IndexedDB for the mirror, HTTP for the team's
// CouchDB and the replication engine. Not pouchdb-browser: it also brings the older idb adapter and
// map/reduce, which sync does not use.
import http from 'pouchdb-adapter-http';
import indexeddb from 'pouchdb-adapter-indexeddb';
import PouchDB from 'pouchdb-core';
import replication from 'pouchdb-replication';
import type { Db } from './db';

PouchDB.plugin(indexeddb).plugin(http).plugin(replication);

/** This browser's mirror of the shared records (its own IndexedDB database, beside the store's). */
export const openMirror = (name: string): Db => new PouchDB(name, { adapter: 'indexeddb' }) as Db;

/** The team's CouchDB database, over HTTPS, with CouchDB's own user and password (basic auth). */
export function openRemote(url: string, auth?: { username: string; password: string }): Db {
  return new PouchDB(url, { adapter: 'http', skip_setup: true, ...(auth && { auth }) }) as Db;
}
