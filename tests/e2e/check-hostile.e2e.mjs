// The Check photos page under hostile and broken input (hostile-files.mjs): every file gets an explicit
// verdict with a message within a time bound, the page stays responsive meanwhile (a frame and timer
// heartbeat's worst gap, long tasks), memory stays bounded (page and worker heap), and a file named with
// markup shows its name as text and runs nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCards } from './cards.mjs';
import { MARKUP_NAME, writeHostileFiles } from './hostile-files.mjs';

export const name =
  'check page: hostile files get clear verdicts in time, the page stays responsive and small';
export const firefox =
  "Chromium only: reads the page's and the worker's heap over the DevTools protocol (newCDPSession), which Firefox does not speak";

// Bounds, loose enough for a loaded 2-core CI machine, tight enough to catch a hang, a bomb inflated or
// decoded, or analysis on the page's thread (a 64 MB inflate or a 3.6-gigapixel decode takes far longer,
// or kills the tab). The gaps that remain come from laying out and painting ~60 cards.
const ALL_VERDICTS_MS = 45_000;
const MAX_HEARTBEAT_GAP_MS = Number(process.env.E2E_MAX_HEARTBEAT_GAP_MS ?? 3000);
const MAX_PAGE_HEAP_MB = 64;
// The worker reads four files and decodes two at once (a 1024 px sample, 4 MB of RGBA each), and the
// garbage collector runs when it likes: tens of MB is normal (about 60 MB measured). A bomb inflated or
// decoded would be gigabytes: 64 MB of zeros, or 60 000 × 60 000 × 4 = 14 GB.
const MAX_WORKER_HEAP_MB = 200;

/** What each refused zip's details must say (in the interface's words, with the limit's numbers). */
const ZIP_MESSAGES = {
  'deflate-bomb.zip': /compressed [\d,]+:1 — a zip bomb/,
  'overlapping-entries.zip': /share the same bytes — a zip bomb/,
  // The drop's zips share one budget: files of zips counted before this one are in its count too, and
  // which are counted first depends on the order the reads finish in (10,005 once the loose photos are
  // judged after measuring, issue 14).
  'ten-thousand-entries.zip': /holds 10,0\d\d files.*at most 2,000/,
  'lying-size.zip': /bomb|expands beyond|over the limit/,
  'nested-bomb.zip': /compressed [\d,]+:1 — a zip bomb/,
  // Issue 19: a zip of zips whose every part was under every limit alone, and 1 MiB entries at 1000:1.
  'zip-of-zips-bomb.zip': /compressed [\d,]+:1 — a zip bomb/,
  'small-entries-bomb.zip': /“IMG_0\.jpg” is compressed [\d,]+:1 — a zip bomb/,
};

export default async function (t) {
  const { assert } = t;
  const dir = mkdtempSync(join(tmpdir(), 'photo-triage-hostile-'));
  t.cleanup(async () => rmSync(dir, { recursive: true, force: true }));
  // E2E_HOSTILE_FILES=regex: only those files (to find which one a number comes from).
  const only = process.env.E2E_HOSTILE_FILES && new RegExp(process.env.E2E_HOSTILE_FILES);
  const files = writeHostileFiles(dir).filter((f) => !only || only.test(f.file));

  const { context, extensionId } = await t.launch();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`chrome-extension://${extensionId}/check.html`);
  await page.waitForSelector('[data-testid=file-input]', { state: 'attached', timeout: 15_000 });

  await startHeartbeat(page);
  const memory = await watchMemory(context, page);
  const names = files.map((f) => f.file);
  let elapsed;
  let heaps;
  try {
    elapsed = await dropAndWait(page, dir, names);
  } finally {
    heaps = await memory.stop();
  }
  const heartbeat = await page.evaluate(() => {
    window.__heartbeat.stop = true;
    return window.__heartbeat;
  });
  await t.screenshot(page, 'check-hostile');

  const cards = await readCards(page);
  const texts = await page.$$eval('[data-photo-name]', (els) =>
    Object.fromEntries(els.map((el) => [el.dataset.photoName, el.textContent])),
  );
  const byFile = (file) => cards.filter((c) => c.name === file || c.name.startsWith(`${file}/`));
  const report = verdictsByKind(t, files, byFile, texts);
  t.log(`cards:\n      ${report.join('\n      ')}`);
  const { heapBefore, peakPage, peakWorker } = heaps;
  const pageMb = peakPage / 1e6;
  t.log(
    `${files.length} hostile files, ${cards.length} cards, all final in ${elapsed} ms; heartbeat worst gap: frames ${Math.round(heartbeat.frameGap)} ms, 10 ms timer ${Math.round(heartbeat.timerGap)} ms; long tasks ${heartbeat.longTasks.length}${heartbeat.longTasks.length ? ` (max ${Math.max(...heartbeat.longTasks)} ms)` : ''}; page JS heap ${(heapBefore / 1e6).toFixed(1)} MB → peak ${pageMb.toFixed(1)} MB; worker heap + array buffers peak ${peakWorker ? `${(peakWorker / 1e6).toFixed(1)} MB` : 'not reachable'}`,
  );
  assert.ok(elapsed < ALL_VERDICTS_MS);
  assert.ok(
    Math.max(heartbeat.frameGap, heartbeat.timerGap) < MAX_HEARTBEAT_GAP_MS,
    `the page kept answering: worst gap ${Math.round(Math.max(heartbeat.frameGap, heartbeat.timerGap))} ms`,
  );
  assert.ok(pageMb < MAX_PAGE_HEAP_MB, `page heap ${pageMb.toFixed(1)} MB`);
  assert.ok(peakWorker > 0, 'the worker heap was measured');
  assert.ok(peakWorker / 1e6 < MAX_WORKER_HEAP_MB, `worker heap ${(peakWorker / 1e6).toFixed(1)} MB`);

  /** What the steps below work with. */
  const s = { t, assert, page, names, byFile };
  await nestedDeep(s);
  await zipRefusals(s);
  if (!names.includes(MARKUP_NAME)) return;
  await markupName(s, cards, texts);
  assert.deepEqual(errors, []);
}

/** Heartbeats: the worst gap between animation frames and between 10 ms timers, and long tasks. */
async function startHeartbeat(page) {
  await page.evaluate(() => {
    const h = { frameGap: 0, timerGap: 0, longTasks: [] };
    window.__heartbeat = h;
    let lastFrame = performance.now();
    const frame = (now) => {
      h.frameGap = Math.max(h.frameGap, now - lastFrame);
      lastFrame = now;
      if (!h.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    let lastTick = performance.now();
    const tick = () => {
      const now = performance.now();
      h.timerGap = Math.max(h.timerGap, now - lastTick);
      lastTick = now;
      if (!h.stop) setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) h.longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
}

/**
 * Memory: the page's JS heap over CDP, the analysis worker's from inside it, sampled until `stop()`,
 * which answers the peaks.
 */
async function watchMemory(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const pageHeap = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  // The analysis worker: auto-attached through the page's session (non-flattened, as Playwright does not
  // hand out worker sessions) and asked Runtime.getHeapUsage.
  const workerSessions = [];
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') workerSessions.push(e.sessionId);
  });
  const replies = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    replies.get(m.id)?.(m.result);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  let messageId = 0;
  const workerHeap = () =>
    Promise.all(
      workerSessions.map(
        (sessionId) =>
          new Promise((resolve) => {
            const id = ++messageId;
            replies.set(id, (result) =>
              resolve(result ? result.usedSize + (result.backingStorageSize ?? 0) : null),
            );
            cdp
              .send('Target.sendMessageToTarget', {
                sessionId,
                message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
              })
              .catch(() => resolve(null));
            setTimeout(() => resolve(null), 1000);
          }),
      ),
    ).then((sizes) => sizes.filter((s) => s !== null));
  const heapBefore = await pageHeap();
  let peakPage = heapBefore;
  let peakWorker = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peakPage = Math.max(peakPage, await pageHeap().catch(() => 0));
      for (const s of await workerHeap()) peakWorker = Math.max(peakWorker, s);
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return {
    async stop() {
      sampling = false;
      await sampler;
      return { heapBefore, peakPage, peakWorker };
    },
  };
}

/** Drops the files; done when every file has a card (a zip's refusal is its own card) and none is pending. */
async function dropAndWait(page, dir, names) {
  const started = Date.now();
  await page.setInputFiles(
    '[data-testid=file-input]',
    names.map((name) => join(dir, name)),
  );
  await page.waitForFunction(
    (expected) => {
      const cards = [...document.querySelectorAll('[data-photo-name]')];
      const have = new Set(cards.map((c) => /** @type {HTMLElement} */ (c).dataset.photoName.split('/')[0]));
      return (
        expected.every((n) => have.has(n)) &&
        cards.every((c) => /** @type {HTMLElement} */ (c).dataset.verdict !== 'pending')
      );
    },
    names,
    { timeout: ALL_VERDICTS_MS, polling: 100 },
  );
  return Date.now() - started;
}

/** Each file's cards have the verdict its kind of damage calls for; answers one line a card. */
function verdictsByKind(t, files, byFile, texts) {
  const { assert } = t;
  const report = [];
  for (const { file, kind } of files) {
    const own = byFile(file);
    assert.ok(own.length > 0, `a card for ${file}`);
    for (const c of own) {
      const text = texts[c.name] ?? '';
      report.push(`${c.name.slice(0, 50)}: ${c.verdict} [${c.findings.join(' ')}]`);
      const why = `${c.name}: ${c.verdict} [${c.findings.join(' ')}] ${text}`;
      if (kind === 'cut') {
        // Cut short: unreadable, or damaged; a HEIC (which Chrome cannot decode) cut after its header
        // keeps its true numbers and says its pixels were not checked.
        if (c.format === 'heic' && c.verdict !== 'error') {
          assert.deepEqual([c.width, c.height], [4032, 3024], why);
          assert.ok(c.findings.includes('not-decodable'), why);
        } else {
          assert.ok(['error', 'fail'].includes(c.verdict), why);
          assert.ok(c.findings.includes('unreadable') || c.findings.includes('unsupported'), why);
        }
      } else if (kind === 'flipped') {
        // Broken bytes: unreadable or damaged, or (bytes flipped in metadata only) a picture that decoded whole.
        assert.ok(c.verdict !== 'ok' || c.sharpness !== null, why);
        if (c.format === 'jpeg' || c.format === 'png') assert.ok(c.verdict === 'error' || c.width > 0, why);
      } else if (kind === 'error') {
        // A refused tree is one verdict, never a card per entry.
        if (file.endsWith('.zip')) assert.equal(own.length, 1, `${file}: one card, not ${own.length}`);
        assert.equal(c.verdict, 'error', why);
        assert.match(text, /unreadable|not a photo/i, why);
      } else if (kind === 'bomb') {
        assert.equal(c.verdict, 'fail', why);
        assert.deepEqual([c.width, c.height], [60_000, 60_000], why);
        assert.ok(c.findings.includes('too-many-pixels'), why);
        assert.match(text, /too large to check/, why);
      }
      assert.ok(c.verdict !== 'ok' || kind === 'flipped', why);
    }
  }
  return report;
}

/**
 * Zips nested deeper than one level are said to be not opened (not "not photos"); the photo beside
 * them is checked.
 */
async function nestedDeep({ assert, page, names, byFile }) {
  if (!names.includes('nested-deep.zip')) return;
  assert.deepEqual(
    byFile('nested-deep.zip').map((c) => c.name),
    ['nested-deep.zip/level1.zip/front.jpg'],
  );
  const note = await page.locator('[data-skipped=too-deep]').textContent();
  assert.match(note, /Not opened: 2 zips inside a zip inside a zip/);
  assert.match(note, /nested-deep\.zip\/level1\.zip\/a\.zip/);
}

/** The refusals say why, in the details dialog. */
async function zipRefusals({ assert, page, names }) {
  for (const [zip, message] of Object.entries(ZIP_MESSAGES).filter(([z]) => names.includes(z))) {
    const card = page
      .locator('[data-photo-name]')
      .filter({ has: page.locator(`[title^="${zip}"]`) })
      .first();
    await card.locator('.card-button').click();
    const dialog = page.getByTestId('details');
    await dialog.waitFor();
    const detail = await dialog.textContent();
    assert.match(detail, message, `${zip}: ${detail}`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}

/** The file named with markup: its name is text on the card and in the dialog, nothing ran. */
async function markupName({ t, assert, page }, cards, texts) {
  const named = cards.find((c) => c.name === MARKUP_NAME);
  assert.ok(named, 'the card keeps the name as given');
  assert.ok(texts[MARKUP_NAME].includes(MARKUP_NAME), 'the card shows the name literally');
  const index = cards.indexOf(named);
  await page.locator('[data-photo-name]').nth(index).locator('.card-button').click();
  assert.equal(await page.getByTestId('details').locator('h2').textContent(), MARKUP_NAME);
  await t.screenshot(page, 'check-hostile-markup-name');
  assert.equal(
    await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith('on')),
        ).length,
    ),
    0,
    'no element with an inline handler on the page',
  );
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no markup in a file name ran');
}
