// The analysis worker: decoding, hashing, zip inflation and pixel metrics run here, off the page's
// main thread, so a batch of large photos never makes the page stutter.
import { createLimiter } from '@/utils/concurrency';
import type { AnalyzerEvent, AnalyzerRequest } from './analyzer-protocol';
import { checkSource, dropBudgets } from './check-source';

// Two at a time: decoding is the heavy part and these machines have two cores.
const limit = createLimiter(2);
const budgets = dropBudgets();
const post = (event: AnalyzerEvent) => (self as unknown as Worker).postMessage(event);

self.addEventListener('message', (e: MessageEvent<AnalyzerRequest>) => {
  const req = e.data;
  if (req.type !== 'check') return;
  const source = {
    id: `${req.requestId}`,
    name: req.name,
    sizeHint: req.file.size,
    date: req.receivedAt,
    read: async () => req.file,
  };
  const { budget, done } = budgets.take(req.drop);
  void checkSource(
    source,
    {
      onFound: (photos, skipped) => post({ type: 'found', requestId: req.requestId, photos, skipped }),
      onReport: (key, report, thumbnail) =>
        post({ type: 'report', requestId: req.requestId, key, report, thumbnail }),
    },
    limit,
    { budget },
  ).finally(() => {
    done();
    post({ type: 'done', requestId: req.requestId });
  });
});
