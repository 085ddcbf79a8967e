// The part of PouchDB's database API team sync uses, typed here (PouchDB 9 ships no types). Tests hand
// in memory databases of the same shape.
export interface DocRow {
  id: string;
  key: string;
  value?: { rev: string; deleted?: boolean };
  doc?: Record<string, unknown> & { _id: string; _rev: string };
  error?: string;
}

export interface Change {
  id: string;
  seq: number | string;
  deleted?: boolean;
  doc?: Record<string, unknown> & { _id: string; _rev: string };
}

export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
}

export interface ReplicateOptions {
  batch_size?: number;
  batches_limit?: number;
  /** Start from this source sequence (written as the checkpoint) instead of the last checkpoint. */
  since?: number | string;
}

export interface Db {
  name: string;
  get(id: string, options?: { rev?: string; open_revs?: 'all'; revs?: boolean }): Promise<unknown>;
  put(doc: object): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(
    docs: object[],
  ): Promise<({ ok: true; id: string; rev: string } | { error: string; id: string })[]>;
  allDocs(options: { keys?: string[]; include_docs?: boolean }): Promise<{ rows: DocRow[] }>;
  changes(options: {
    since: number | string;
    include_docs?: boolean;
    conflicts?: boolean;
    limit?: number;
  }): Promise<{ results: Change[]; last_seq: number | string }>;
  getAttachment(id: string, name: string): Promise<Blob | Uint8Array>;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
  replicate: {
    to(target: Db | string, options?: ReplicateOptions): Promise<ReplicationResult>;
    from(source: Db | string, options?: ReplicateOptions): Promise<ReplicationResult>;
  };
}

/** A document of the mirror, or undefined when it has none (404). */
export async function getLocalDoc<T>(db: Db, id: string): Promise<(T & { _rev?: string }) | undefined> {
  try {
    return (await db.get(id)) as unknown as T & { _rev?: string };
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined;
    throw e;
  }
}
