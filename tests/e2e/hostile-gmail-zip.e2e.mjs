// Gmail: a supplier's message whose zip attachment is a zip of zips (issue 19, item 3: 0.6 MB that
// declared 54 400 photos and 53 GiB, each part under every limit alone; it froze the Gmail tab for 14 s).
// The zip gets one refused verdict that says why, the other eight photos their verdicts, and the mail
// page's main thread keeps answering: a frame and 10 ms timer heartbeat from page load, and the long
// tasks from the content script's first badge (when the zip is requested) until after the last verdict.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipOfZipsBomb } from './hostile-files.mjs';
import { loadSampleData, readBadges, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

export const name = 'gmail: a zip of zips attached is one refused verdict, the mail page stays responsive';
export const firefox = true;

// The Gmail page's own bounds (gmail.e2e.mjs): no long task over 200 ms. The heartbeat's worst gap
// takes in page load and the content script's first run; a frozen tab (the bug) is seconds.
const MAX_LONG_TASK_MS = Number(process.env.E2E_MAX_LONG_TASK_MS ?? 200);
const MAX_HEARTBEAT_GAP_MS = Number(process.env.E2E_MAX_HEARTBEAT_GAP_MS ?? 3000);
/** How long the page is watched after the last verdict (the bug "kept stalling" the tab). */
const SETTLE_MS = 3000;

export default async function (t) {
  const { assert } = t;
  // Nothing of a zip's work is in the scripts in the mail page (content scripts, message UI): inflating and listing live in the background.
  for (const script of ['content-scripts/gmail.js', 'content-scripts/outlook.js', 'message-ui.js']) {
    const code = readFileSync(join(t.extensionPath, script), 'utf8');
    for (const mark of ['invalid block type', 'unexpected EOF', 'table of contents is corrupt'])
      assert.ok(!code.includes(mark), `${script} holds no zip code (found "${mark}")`);
  }

  const bomb = zipOfZipsBomb();
  const mailbox = await startMailbox({ files: { 'supplier-photos.zip': bomb } });
  t.cleanup(mailbox.close);
  const { context, extensionOrigin } = await t.launch({ hostRules: mailbox.hostRules });
  await loadSampleData(context, extensionOrigin);

  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // From the very start of the page, before the content script runs.
  await page.addInitScript(() => {
    const h = { frameGap: 0, timerGap: 0, longTasks: [], startup: [], badgesAt: null };
    window.__heartbeat = h;
    // The content script's compile and first run, up to its first badge, is gmail.e2e.mjs's to bound;
    // from then on the zip is downloaded and refused, and every long task counts.
    new MutationObserver((_, observer) => {
      if (!document.querySelector('photo-triage-badge')) return;
      h.badgesAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const during = h.badgesAt !== null && e.startTime + e.duration > h.badgesAt;
        (during ? h.longTasks : h.startup).push(Math.round(e.duration));
      }
    }).observe({ type: 'longtask', buffered: true });
    // Gaps are counted once the page has loaded: the fixture page's own parsing is not ours.
    addEventListener('load', () => {
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
    });
  });

  const opened = Date.now();
  await page.goto(mailbox.url('eight-photos-and-zip.html'));
  const times = await waitForBadges(page, 9, opened);
  await page.waitForTimeout(SETTLE_MS);
  const heartbeat = await page.evaluate(() => {
    window.__heartbeat.stop = true;
    return window.__heartbeat;
  });
  const worstGap = Math.round(Math.max(heartbeat.frameGap, heartbeat.timerGap));
  const maxLong = Math.max(0, ...heartbeat.longTasks);
  t.log(
    `zip of zips (${(bomb.length / 1e6).toFixed(2)} MB, 54 400 entries declared): refused; all 9 badges final ${times.allFinal} ms after open; heartbeat worst gap: frames ${Math.round(heartbeat.frameGap)} ms, 10 ms timer ${Math.round(heartbeat.timerGap)} ms; long tasks from the first badge on ${heartbeat.longTasks.length} (max ${maxLong} ms): ${heartbeat.longTasks.join(', ')}; before it (page load, content script start) ${heartbeat.startup.join(', ') || 'none'}`,
  );
  assert.ok(mailbox.stats.downloads.includes('supplier-photos.zip'), 'the bomb was downloaded');

  // One verdict for the zip: unreadable, with why; the eight photos measured as usual.
  const badges = await readBadges(page);
  const zip = badges.find((b) => b.name === 'supplier-photos.zip');
  assert.equal(zip.verdict, 'error', `the zip's badge: ${zip.text}`);
  assert.match(zip.text, /unreadable/);
  assert.equal(badges.length, 9, 'eight photos and the zip');
  for (const b of badges.filter((x) => x !== zip)) assert.ok(b.width > 0, `${b.name} measured: ${b.text}`);
  const panel = page.locator('photo-triage-panel [data-panel=triage]');
  await panel.waitFor();
  const rows = await panel.locator('.photos > li').count();
  assert.equal(rows, 9, 'the panel lists the eight photos and the refused zip, not 54 400 entries');

  const host = page.locator('photo-triage-badge').nth(badges.indexOf(zip));
  await host.locator('button.badge').click();
  const dialog = host.locator('[role=dialog]');
  await dialog.waitFor();
  const detail = await dialog.textContent();
  assert.match(detail, /The zip was refused by a safety check\./);
  assert.match(detail, /compressed [\d,]+:1 — a zip bomb/);
  await t.screenshot(page, 'gmail-zip-of-zips-refused');

  assert.ok(maxLong <= MAX_LONG_TASK_MS, `a long task took ${maxLong} ms (> ${MAX_LONG_TASK_MS} ms)`);
  assert.ok(worstGap < MAX_HEARTBEAT_GAP_MS, `the mail page kept answering: worst gap ${worstGap} ms`);
  assert.deepEqual(errors, []);
}
