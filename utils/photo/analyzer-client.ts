// The page side of the analysis worker. Where a worker cannot start, the same code runs inline.
import { createLimiter } from '@/utils/concurrency';
import type { AnalyzerEvent, AnalyzerRequest } from './analyzer-protocol';
import { type CheckCallbacks, checkSource, type DropRef, dropBudgets } from './check-source';

export interface Analyzer {
  /** Check one file; the files of one drop pass the same `drop`, so their zips share one budget. */
  check(
    file: Blob,
    name: string,
    callbacks: CheckCallbacks,
    receivedAt?: string,
    drop?: DropRef,
  ): Promise<void>;
}

export function createWorkerAnalyzer(worker: Worker): Analyzer {
  let nextId = 1;
  const pending = new Map<number, { callbacks: CheckCallbacks; done: () => void }>();
  worker.addEventListener('message', (e: MessageEvent<AnalyzerEvent>) => {
    const event = e.data;
    const entry = pending.get(event.requestId);
    if (!entry) return;
    if (event.type === 'found') entry.callbacks.onFound(event.photos, event.skipped);
    else if (event.type === 'report') entry.callbacks.onReport(event.key, event.report, event.thumbnail);
    else {
      pending.delete(event.requestId);
      entry.done();
    }
  });
  return {
    check(file, name, callbacks, receivedAt, drop) {
      const requestId = nextId++;
      return new Promise<void>((done) => {
        pending.set(requestId, { callbacks, done });
        worker.postMessage({
          type: 'check',
          requestId,
          name,
          file,
          receivedAt,
          drop,
        } satisfies AnalyzerRequest);
      });
    },
  };
}

export function createInlineAnalyzer(): Analyzer {
  const limit = createLimiter(2);
  const budgets = dropBudgets();
  let nextId = 1;
  return {
    check(file, name, callbacks, receivedAt, drop) {
      const id = `${nextId++}`;
      const { budget, done } = budgets.take(drop);
      return checkSource(
        { id, name, sizeHint: file.size, date: receivedAt, read: async () => file },
        callbacks,
        limit,
        { budget },
      ).finally(done);
    },
  };
}
