// A performance trace of one page over the Chrome DevTools Protocol, for the benches and measurements that
// ask where a page's long tasks come from (tests/bench/run.mjs's list bench,
// tests/e2e/outlook-service-trace.mjs): start, stop and read back, and find the page's main thread.

/** What a task breakdown needs: tasks, script runs, style/layout/paint. */
export const TIMELINE = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
];

/**
 * @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number, tdur?: number,
 *   args?: any }} TraceEvent
 */

/**
 * Starts tracing the session's page (streamed back at the end: a trace of a busy page is many MB).
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string[]} categories
 */
export async function startTrace(cdp, categories = TIMELINE) {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: categories },
  });
}

/**
 * Ends the trace and reads its events back from the stream.
 * @param {import('playwright-core').CDPSession} cdp
 * @returns {Promise<TraceEvent[]>}
 */
export async function stopTrace(cdp) {
  /** @type {Promise<{ stream?: string }>} */
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('the trace came back without a stream');
  const parts = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const raw = JSON.parse(parts.join(''));
  return raw.traceEvents ?? raw;
}

/**
 * The page's main thread as "pid:tid": the renderer main thread that ran the scripts `ours` matches (by
 * their URL) most often — compiled (EvaluateScript) or called (FunctionCall).
 * @param {TraceEvent[]} events
 * @param {RegExp} ours
 */
export function mainThreadOf(events, ours) {
  const names = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const runs = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (
      (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
      names.get(key) === 'CrRendererMain' &&
      ours.test(e.args?.data?.url ?? '')
    )
      runs.set(key, (runs.get(key) ?? 0) + 1);
  }
  const main = [...runs].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) throw new Error('no run of our scripts on a page thread in the trace');
  return main;
}
