// Where the long tasks on the Outlook tab come from (issue 12): opens the eight-photo service message
// (tests/fixtures/outlook/service-conversation.html) in Chromium with the built extension under a
// performance trace (Tracing over CDP, with V8's sampling profiler), then prints its main thread's tasks
// over 50 ms by wall time and by the thread's CPU time (wall time on a loaded machine is mostly waiting),
// the share of each task the sampler saw in our scripts, and the JSON answers DevTools itself decodes.
//
//   npx wxt build && node tests/e2e/outlook-service-trace.mjs [fixture] [badges]
//
// Not a test (no .e2e.mjs): a measurement to rerun. DevTools note: Playwright keeps the Network domain on,
// and Chromium's network inspector then decodes every JSON answer whole on the page's thread (the
// GetAttachment answers are megabytes of base64): those tasks are the harness's, not the extension's.
import { fileURLToPath } from 'node:url';
import { mainThreadOf, startTrace, stopTrace, TIMELINE } from '../tools/cdp-trace.mjs';
import { launchWithExtension } from './chromium.mjs';
import { loadSampleData, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = process.argv[2] ?? 'service-conversation.html';
const count = Number(process.argv[3] ?? 11);
const OURS = /content-scripts\/outlook/;

async function trace() {
  const mailbox = await startMailbox();
  const browser = await launchWithExtension({
    extensionPath: `${root}.output/chrome-mv3`,
    headless: true,
    hostRules: mailbox.hostRules,
  });
  try {
    await loadSampleData(browser.context, browser.extensionId);
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await startTrace(cdp, [...TIMELINE, 'blink', 'disabled-by-default-v8.cpu_profiler']);
    const opened = Date.now();
    await page.goto(mailbox.outlookUrl(fixture));
    const times = await waitForBadges(page, count, opened);
    return { times, events: await stopTrace(cdp) };
  } finally {
    await browser.close();
    await mailbox.close();
  }
}

function analyse(events) {
  // The Outlook tab's main thread: the renderer main thread that ran our content script most.
  const main = mainThreadOf(events, OURS);
  const pid = Number(main.split(':')[0]);
  const tasks = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.name === 'RunTask' && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  // V8's samples on that process (its profile chunks come from the sampler's own thread).
  const nodes = new Map();
  const samples = [];
  let at = events.find((e) => e.pid === pid && e.name === 'Profile')?.args.data.startTime ?? 0;
  for (const c of events
    .filter((e) => e.pid === pid && e.name === 'ProfileChunk')
    .sort((a, b) => a.ts - b.ts)) {
    const profile = c.args.data.cpuProfile ?? {};
    for (const n of profile.nodes ?? []) nodes.set(n.id, n);
    (profile.samples ?? []).forEach((id, i) => {
      at += c.args.data.timeDeltas[i];
      samples.push([at, id]);
    });
  }
  const ours = new Map();
  const isOurs = (id) => {
    if (!ours.has(id)) {
      let n = nodes.get(id);
      while (n && !OURS.test(n.callFrame.url ?? '')) n = n.parent ? nodes.get(n.parent) : undefined;
      ours.set(id, !!n);
    }
    return ours.get(id);
  };
  let s = 0;
  const rows = tasks.map((t) => {
    while (s < samples.length && samples[s][0] < t.ts) s++;
    let mine = 0;
    let prev = t.ts;
    for (let j = s; j < samples.length && samples[j][0] < t.ts + t.dur; j++) {
      if (isOurs(samples[j][1])) mine += samples[j][0] - prev;
      prev = samples[j][0];
    }
    return { wall: t.dur / 1000, cpu: (t.tdur ?? 0) / 1000, ours: mine / 1000 };
  });
  const decodes = events.filter(
    (e) =>
      e.name === 'TextResourceDecoder::Decode' &&
      `${e.pid}:${e.tid}` === main &&
      (e.args?.data_len ?? 0) > 100_000,
  );
  return { rows, decodes };
}

const { times, events } = await trace();
const { rows, decodes } = analyse(events);
const over = (key, n) => rows.filter((r) => r[key] > n);
const max = (key) => Math.max(0, ...rows.map((r) => r[key])).toFixed(0);
const load = (await import('node:os')).loadavg()[0].toFixed(1);
console.log(
  `${fixture}: all final ${times.allFinal} ms, ${rows.length} tasks on the tab's main thread (load average ${load})`,
);
console.log(`  tasks > 50 ms wall: ${over('wall', 50).length} (max ${max('wall')} ms)`);
console.log(
  `  tasks > 50 ms CPU:  ${over('cpu', 50).length} (max ${max('cpu')} ms); > 30 ms CPU: ${over('cpu', 30).length}`,
);
console.log(
  `  tasks with > 50 ms sampled in our scripts: ${over('ours', 50).length} (max ${max('ours')} ms; CPU of those: ${
    over('ours', 50)
      .map((r) => r.cpu.toFixed(0))
      .join(', ') || '—'
  })`,
);
console.log(
  `  JSON answers decoded whole by DevTools' network inspector: ${decodes.length} (${(decodes.reduce((a, e) => a + e.dur, 0) / 1000).toFixed(0)} ms wall, ${(decodes.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000).toFixed(0)} ms CPU)`,
);
