// Attachment downloads that fail: 401, 404, a redirect loop, a server that never answers, a body that
// stops half-way. Each badge says "couldn't download" (why, in its title) with a retry; the message's
// other photos get their verdicts meanwhile; once the server answers, retry measures the photo.

import { syncClosedRoots } from './closed-roots.mjs';
import { loadSampleData, readBadges, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

export const name = 'gmail: failed downloads say so with a retry, never hold up the other photos';
export const firefox = true;

const FAIL = {
  'good-3000.jpg': 401,
  'near-duplicate-1600.jpg': 404,
  'blurry-2400.jpg': 'loop',
  'dark-2400.jpg': 'hang',
  'chat-recompressed-1280.jpg': 'stall',
};
const WHY = {
  'good-3000.jpg': /the server answered 401/,
  'near-duplicate-1600.jpg': /the server answered 404/,
  'blurry-2400.jpg': /the connection failed/,
  'dark-2400.jpg': /it took too long/,
  'chat-recompressed-1280.jpg': /it took too long/,
};
const SLOW = ['dark-2400.jpg', 'chat-recompressed-1280.jpg'];
// The background gives up after 30 s without a byte (DOWNLOAD_SILENCE_MS in remote-analyzer.ts).
const SILENCE_MS = 30_000;

async function badgeDetails(page) {
  await syncClosedRoots(page);
  return page.$$eval('photo-triage-badge', (hosts) =>
    hosts.map((h) => {
      const b = h.shadowRoot?.querySelector('[data-photo-name]');
      return {
        name: b?.dataset.photoName,
        title: b?.getAttribute('title') ?? '',
        retry: Boolean(h.shadowRoot?.querySelector('button.retry')),
      };
    }),
  );
}

export default async function (t) {
  const { assert } = t;
  const mailbox = await startMailbox({ fail: { ...FAIL } });
  t.cleanup(mailbox.close);
  const { context, extensionOrigin } = await t.launch({ hostRules: mailbox.hostRules });
  await loadSampleData(context, extensionOrigin);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  const opened = Date.now();
  await page.goto(mailbox.url('eight-photos-and-zip.html'));

  // The four that download get their verdicts while two downloads still hang.
  const others = (b) => !(b.name in FAIL);
  const { allFinal: othersFinal } = await waitForBadges(page, 4, opened, others, 25_000);
  const midway = await readBadges(page);
  for (const n of SLOW) {
    // Still downloading: "checking…", or the header's numbers when the first 64 KB came before the stall.
    const b = midway.find((x) => x.name === n);
    assert.ok(
      !/couldn’t download/.test(b.text),
      `${n} still downloading when the others were done: ${b.text}`,
    );
  }
  assert.ok(othersFinal < SILENCE_MS, 'the others did not wait for the hanging downloads');
  for (const b of midway.filter(others))
    assert.ok(
      b.verdict !== 'pending' && (b.width > 0 || /zip · 4 photos/.test(b.text)),
      `${b.name} measured: ${b.text}`,
    );
  // The checklist is there for the photos that came: the buyer can assign them now.
  const shots = page.locator('photo-triage-panel [data-panel=triage] .cl-shot');
  await shots.first().waitFor({ timeout: 5000 });
  const stillHanging = (await readBadges(page)).filter((b) => SLOW.includes(b.name));
  assert.ok(
    stillHanging.every((b) => !/couldn’t download/.test(b.text)),
    'the checklist came before the hanging downloads gave up',
  );
  t.log(`the 4 photos that download: all final ${othersFinal} ms after open, 2 downloads still hanging`);

  // The quick failures already say so, each with its reason and a retry.
  const quick = Object.keys(FAIL).filter((n) => !SLOW.includes(n));
  await waitForBadges(page, 3, opened, (b) => quick.includes(b.name), 10_000);
  await t.screenshot(page, 'gmail-download-failures-midway');

  // The hanging ones fail after the silence limit, not before, and not much after.
  const { allFinal: slowFinal } = await waitForBadges(
    page,
    2,
    opened,
    (b) => SLOW.includes(b.name) && /couldn’t download/.test(b.text),
    60_000,
  );
  t.log(`server never answers / body stops: "couldn't download" ${slowFinal} ms after open`);
  assert.ok(slowFinal >= SILENCE_MS - 1000 && slowFinal < SILENCE_MS + 15_000, `${slowFinal} ms`);

  const failed = await readBadges(page);
  const details = await badgeDetails(page);
  for (const n of Object.keys(FAIL)) {
    const b = failed.find((x) => x.name === n);
    const d = details.find((x) => x.name === n);
    assert.equal(b.text, '⚠ couldn’t download', `${n}: ${b.text}`);
    assert.equal(b.verdict, 'error');
    assert.match(d.title, WHY[n], `${n}: ${d.title}`);
    assert.ok(d.retry, `${n} offers a retry`);
  }
  assert.ok(
    details.filter((d) => !(d.name in FAIL)).every((d) => !d.retry),
    'no retry where nothing failed',
  );
  await t.screenshot(page, 'gmail-download-failures');

  // The server answers again: each retry measures its photo.
  for (const n of Object.keys(FAIL)) delete mailbox.fail[n];
  const retried = Date.now();
  for (const n of Object.keys(FAIL)) {
    const names = (await readBadges(page)).map((b) => b.name);
    await page.locator('photo-triage-badge').nth(names.indexOf(n)).locator('button.retry').click();
  }
  await waitForBadges(page, 5, retried, (b) => b.name in FAIL && b.width > 0, 30_000);
  const after = await readBadges(page);
  for (const n of Object.keys(FAIL)) {
    const b = after.find((x) => x.name === n);
    assert.ok(b.width > 0 && b.verdict !== 'error', `${n} measured after retry: ${b.text}`);
  }
  assert.equal((await badgeDetails(page)).filter((d) => d.retry).length, 0, 'no retry left');
  t.log(`retry: all 5 measured ${Date.now() - retried} ms after the clicks`);
  await page.locator('photo-triage-panel [data-panel=triage] .cl-shot').first().waitFor({ timeout: 10_000 });
  assert.equal(
    await page.locator('photo-triage-panel .photos > li').count(),
    12,
    'all 8 photos and the zip’s 4 in the panel',
  );
  await t.screenshot(page, 'gmail-download-retried');
  assert.deepEqual(errors, [], 'no page errors');
}
