// Gmail, in place: the built extension in Chromium, the demo mailbox served as mail.google.com (its
// attachment links answered with Gmail's redirect to mail-attachment.googleusercontent.com).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertAccessible } from './axe.mjs';
import { loadSampleData, OUR_UI, readBadges, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

export const name = 'gmail: badges, panel, cancellation, unknown sender, unrecognised layout';
export const firefox = true;

const EXPECT = {
  'good-3000.jpg': { width: 3000, height: 2250, verdict: 'ok' },
  'near-duplicate-1600.jpg': { width: 1600, height: 1200, findings: ['near-duplicate'] },
  'chat-recompressed-1280.jpg': { width: 1280, height: 960, findings: ['chat-recompressed', 'too-small'] },
  'email-downsized-640.jpg': {
    width: 640,
    height: 480,
    verdict: 'fail',
    findings: ['too-small', 'small-file'],
  },
  'dark-2400.jpg': { width: 2400, height: 1800, findings: ['dark'] },
  'blurry-2400.jpg': { width: 2400, height: 1800, findings: ['blurry'] },
  'duplicate-of-good-3000.jpg': { width: 3000, height: 2250, verdict: 'fail', findings: ['duplicate'] },
  'screenshot-1170x2532.png': { width: 1170, height: 2532, findings: ['screenshot'] },
};

export default async function (t) {
  const mailbox = await startMailbox();
  t.cleanup(mailbox.close);
  const { context, extensionOrigin } = await t.launch({ hostRules: mailbox.hostRules });
  await loadSampleData(context, extensionOrigin);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await watchLongTasks(page);
  /** What every step works with: the test, the mailbox served as Gmail, the Gmail page. */
  const s = { t, assert: t.assert, mailbox, page, context, extensionOrigin };
  const badges = await eightPhotos(s);
  await panelChecklist(s);
  await draftReply(s);
  await copyForWeChat(s);
  await longTasksWhileTriaging(s);
  await accessibleBadgesAndPanel(s);
  await reopenedFromTheStore(s, badges);
  await noAttachments(s);
  await threadOfTwo(s);
  await inlineAndDrive(s);
  await movingOnCancels(t);
  await unknownSender(s);
  await unrecognisedLayout(s);
  await reusedOnCheckPhotos(s);
  t.assert.deepEqual(errors, [], 'no page errors');
}

/**
 * Long tasks from the very start of the page, each with when it started and whether it came before our
 * first badge: page load and the content script's compile and first run are one-off startup costs
 * (reported here and in `npm run bench -- mail`); from the first badge on, every task is triage.
 */
async function watchLongTasks(page) {
  await page.addInitScript(() => {
    window.__longTasks = [];
    let badgesAt = null;
    new MutationObserver((_, observer) => {
      if (!document.querySelector('photo-triage-badge')) return;
      badgesAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longTasks.push({
          at: Math.round(e.startTime),
          ms: Math.round(e.duration),
          startup: badgesAt === null || e.startTime + e.duration <= badgesAt,
        });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** 1. Eight photos and a zip, PO number in the subject: each badge's size and verdict. */
async function eightPhotos({ t, assert, mailbox, page }) {
  const opened = Date.now();
  await page.goto(mailbox.url('eight-photos-and-zip.html'));
  const headerTimes = await waitForBadges(page, 9, opened);
  const badges = await readBadges(page);
  t.log(
    `eight photos: last header badge ${headerTimes.lastHeader} ms after open, all final ${headerTimes.allFinal} ms`,
  );
  for (const [file, want] of Object.entries(EXPECT)) {
    const b = badges.find((x) => x.name === file);
    assert.ok(b, `badge for ${file}`);
    assert.equal(b.width, want.width, `${file} width`);
    assert.equal(b.height, want.height, `${file} height`);
    if (want.verdict) assert.equal(b.verdict, want.verdict, `${file} verdict (${b.findings.join(' ')})`);
    for (const code of want.findings ?? [])
      assert.ok(b.findings.includes(code), `${file} has ${code}: ${b.findings.join(' ')}`);
  }
  const zip = badges.find((b) => b.name === 'supplier-photos.zip');
  assert.match(zip.text, /zip · 4 photos/);
  assert.equal(mailbox.stats.redirects, 9, 'every attachment fetched once, through Gmail’s redirect');
  return badges;
}

/** The panel: supplier, order found from the PO in the subject, the stage's shot list; one photo assigned. */
async function panelChecklist({ t, assert, page }) {
  const panel = page.locator('photo-triage-panel');
  await panel.locator('[data-panel=triage]').waitFor();
  const summary = await panel.locator('.panel-summary').textContent();
  assert.match(summary, /Ningbo Bright Lighting/);
  assert.match(summary, /PO-2026-0417/);
  await panel.locator('.cl-shot').first().waitFor();
  const shots = await panel.locator('.cl-shot').count();
  assert.ok(shots >= 4, `shot list shown (${shots})`);
  assert.equal(
    await panel.locator('[data-shot-status=missing]').count(),
    shots,
    'nothing assigned yet: all missing',
  );
  assert.equal(
    await panel.locator('.photos > li').count(),
    12,
    '8 photos + 4 in the zip listed in the panel',
  );

  // Assign the good photo to the first shot: the checklist moves it to received.
  const firstShotId = await panel.locator('.cl-shot').first().getAttribute('data-shot-id');
  await panel.locator('[data-panel-photo="good-3000.jpg"] select').selectOption(firstShotId);
  await panel
    .locator(`.cl-shot[data-shot-id="${firstShotId}"][data-shot-status=pending]`)
    .waitFor({ timeout: 10_000 });
  await panel.locator('[data-panel-photo="good-3000.jpg"] button', { hasText: 'Accept' }).click();
  await panel
    .locator(`.cl-shot[data-shot-id="${firstShotId}"][data-shot-status=accepted]`)
    .waitFor({ timeout: 10_000 });
  // The stage view comes without thumbnails; the panel asks for them and draws the shot's picture.
  await panel
    .locator(`.cl-shot[data-shot-id="${firstShotId}"] canvas[data-drawn]`)
    .first()
    .waitFor({ timeout: 10_000 });
  await t.screenshot(page, 'gmail-eight-photos');
}

/**
 * Draft re-request: the reply opens (Gmail's own Reply button, simulated here as Gmail renders its
 * compose body), the draft is typed in, the editor sees input, and the request is logged on the order.
 */
async function draftReply({ t, assert, page }) {
  const panel = page.locator('photo-triage-panel');
  await page.evaluate(() => {
    const message = document.querySelector('[data-message-id]');
    const reply = message?.querySelector('[role=button][data-tooltip=Reply]');
    reply?.addEventListener('click', () => {
      const editor = document.createElement('div');
      editor.setAttribute('g_editable', 'true');
      editor.setAttribute('contenteditable', 'true');
      editor.setAttribute('role', 'textbox');
      editor.id = 'reply-editor';
      window.__inputs = 0;
      editor.addEventListener('input', () => window.__inputs++);
      message.append(editor);
    });
  });
  await panel.locator('[data-action=draft-reply]').click();
  await page.locator('#reply-editor').waitFor({ timeout: 10_000 });
  await panel.getByText(/Draft put in the reply/).waitFor({ timeout: 10_000 });
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what the buyer sees
  const drafted = await page.locator('#reply-editor').innerText();
  assert.match(drafted, /PO-2026-0417/);
  assert.match(drafted, /您好|麻烦/, 'the Chinese half is there');
  assert.ok(
    (await page.evaluate(() => window.__inputs)) >= 1,
    'the editor saw input (Gmail saves the draft)',
  );
  await panel.locator('[data-last-request]').waitFor({ timeout: 10_000 });
  assert.match(await panel.locator('[data-last-request]').textContent(), /Asked (just now|\d+ min ago)/);
  await t.screenshot(page, 'gmail-draft-inserted');
  t.log(`draft: ${drafted.split('\n').length} lines, first: ${drafted.split('\n')[0]}`);
}

/**
 * Copy for WeChat: the same draft as plain text on the system clipboard, read back the way a buyer
 * would, by pasting (Ctrl+V) into a text box, in both browsers.
 */
async function copyForWeChat({ t, assert, page }) {
  const panel = page.locator('photo-triage-panel');
  await panel.locator('[data-action=copy-wechat]').click();
  await panel.getByText(/Copied: paste it into WeChat/).waitFor({ timeout: 10_000 });
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'wechat-box';
    document.body.append(box);
  });
  await page.locator('#wechat-box').focus();
  await page.keyboard.press('Control+V');
  const pasted = await page.locator('#wechat-box').inputValue();
  assert.match(pasted, /PO-2026-0417/, `the clipboard holds the draft (${pasted.slice(0, 80)})`);
  assert.match(pasted, /您好|麻烦/, 'the clipboard holds the Chinese half');
  assert.ok(!/<[a-z]/i.test(pasted), 'plain text, no markup');
  t.log(`clipboard: ${pasted.split('\n').length} lines pasted`);
}

async function longTasksWhileTriaging({ t, assert, page }) {
  const longTasks = await page.evaluate(() => window.__longTasks);
  const startup = longTasks.filter((x) => x.startup);
  const triage = longTasks.filter((x) => !x.startup);
  const list = (tasks) => tasks.map((x) => `${x.ms} ms at ${x.at}`).join(', ') || 'none';
  t.log(`long tasks on the Gmail page: startup (page load, content script start) ${list(startup)}`);
  t.log(`long tasks on the Gmail page: from the first badge on ${list(triage)}`);
  // A sanity bound on our work while triaging (the Check page's knob, for a machine shared with other
  // work); startup's one-off compile scales with the machine's load and is measured in the bench.
  const bound = Number(process.env.E2E_MAX_LONG_TASK_MS ?? 200);
  assert.ok(
    triage.every((x) => x.ms < bound),
    `no long task over ${bound} ms while triaging (E2E_MAX_LONG_TASK_MS): ${list(triage)}`,
  );
}

/**
 * Our badges and panel for screen readers (axe: serious and critical), with one badge's details open.
 * After the long-task count: axe itself runs on the page's main thread.
 */
async function accessibleBadgesAndPanel({ t, page }) {
  await assertAccessible(t, page, { include: OUR_UI });
  await page.locator('photo-triage-badge button.badge').first().click();
  await page.locator('photo-triage-badge [role=dialog]').waitFor();
  await assertAccessible(t, page, { include: OUR_UI });
  await page.keyboard.press('Escape');
}

/**
 * Reopened: the photos filed from this message are not downloaded again (a zip's entries are not filed
 * under the zip's name, so the zip is).
 */
async function reopenedFromTheStore({ assert, mailbox, page }, badges) {
  const beforeReopen = mailbox.stats.redirects;
  await page.reload();
  await waitForBadges(page, 9, Date.now());
  assert.equal(mailbox.stats.redirects - beforeReopen, 1, 'only the zip downloaded again');
  assert.deepEqual(
    (await readBadges(page)).map((b) => [b.name, b.width, b.verdict]),
    badges.map((b) => [b.name, b.width, b.verdict]),
    'the same verdicts from the store',
  );
}

/** 2. No attachments: no UI, no work. */
async function noAttachments({ assert, mailbox, page }) {
  const before = mailbox.stats.redirects;
  await page.goto(mailbox.url('no-attachments.html'));
  await page.waitForTimeout(1500);
  assert.equal(
    await page.locator('[data-photo-triage]').count(),
    0,
    'nothing mounted for a message without photos',
  );
  assert.equal(mailbox.stats.redirects, before, 'nothing downloaded');
}

/** 3. Thread with two expanded messages (the second brings a zip of packing photos): both get badges. */
async function threadOfTwo({ t, assert, mailbox, page }) {
  await page.goto(mailbox.url('thread-two-messages.html'));
  const threadBadges = await waitForBadges(page, 5, Date.now());
  assert.match(
    (await readBadges(page)).find((b) => b.name === '装箱照片-PO-2026-0412.zip')?.text ?? '',
    /zip · 4 photos/,
  );
  t.log(`thread: both messages' badges final after ${threadBadges.allFinal} ms`);
  assert.equal(await page.locator('photo-triage-panel').count(), 2, 'one panel per message');
}

/** 4. Inline pictures and a Drive link; the remote (proxied) picture is not an attachment. */
async function inlineAndDrive({ t, assert, mailbox, page }) {
  await page.goto(mailbox.url('inline-and-drive.html'));
  await waitForBadges(page, 2, Date.now(), (b) => !b.text.includes('Drive'));
  const inline = await readBadges(page);
  assert.ok(
    inline.some((b) => /Drive link · not measurable/.test(b.text)),
    'Drive link listed as not measurable',
  );
  assert.ok(!inline.some((b) => /logo|Ningbo Bright Lighting/.test(b.name)), 'remote picture has no badge');
  await t.screenshot(page, 'gmail-inline-and-drive');
}

/** 5. Moving on cancels the work: slow downloads, then the message closes. */
async function movingOnCancels(t) {
  const { assert } = t;
  const slow = await startMailbox({ delayMs: 250 });
  t.cleanup(slow.close);
  const second = await t.launch({ hostRules: slow.hostRules });
  await loadSampleData(second.context, second.extensionOrigin);
  const p2 = await second.context.newPage();
  await p2.goto(slow.url('eight-photos-and-zip.html'));
  await p2.waitForFunction(() => document.querySelectorAll('photo-triage-badge').length >= 9, null, {
    timeout: 20_000,
  });
  await p2.waitForTimeout(800);
  const startedDownloads = slow.stats.downloads.length;
  // Gmail swaps the conversation out when the buyer opens another one.
  await p2.evaluate(() => document.querySelector('[data-message-id]')?.closest('.adn')?.remove());
  await p2.waitForTimeout(2500);
  t.log(
    `cancellation: ${slow.stats.aborted} downloads aborted, ${startedDownloads} started before the message closed`,
  );
  assert.ok(slow.stats.aborted >= 1, 'running downloads were aborted');
  assert.equal(await p2.locator('photo-triage-badge').count(), 0, 'badges removed with the message');
}

/** 6. Unknown sender: a quiet offer; "never" is remembered. */
async function unknownSender({ t, assert, mailbox, page }) {
  await page.goto(mailbox.url('unknown-sender.html'));
  const offer = page.locator('photo-triage-panel [data-panel=offer]');
  await offer.waitFor();
  assert.equal(await page.locator('photo-triage-badge').count(), 0, 'no badges before the buyer says yes');
  await t.screenshot(page, 'gmail-unknown-sender');
  await assertAccessible(t, page, { include: OUR_UI });
  await offer.getByText('Never for this sender').click();
  await page.reload();
  await page.waitForTimeout(2000);
  assert.equal(await page.locator('photo-triage-panel [data-panel]').count(), 0, 'never asked again');
}

/** 7. A layout the adapter does not recognise: said plainly, with diagnostics. */
async function unrecognisedLayout({ t, assert, mailbox, page }) {
  await page.goto(mailbox.url('unrecognised-layout.html'));
  const notice = page.locator('photo-triage-notice [data-layout-notice]');
  await notice.waitFor({ timeout: 10_000 });
  const text = await notice.textContent();
  assert.match(text, /doesn’t recognise this Gmail layout/);
  assert.ok(!/@/.test(text), 'diagnostics contain no addresses');
  await t.screenshot(page, 'gmail-unrecognised-layout');
  await assertAccessible(t, page, { include: ['photo-triage-notice'] });
}

/**
 * The reuse check of one photo on Check photos: good-3000.jpg, filed from the mail above for PO-2026-0417,
 * comes back from WeChat (re-encoded: another file, a near dHash) for PO-2026-0412. Assigned there, the
 * checklist calls it reused, though no photo of that stage is near it (its near copy is read then).
 */
async function reusedOnCheckPhotos({ t, assert, context, extensionOrigin }) {
  const check = await context.newPage();
  const errors = [];
  check.on('pageerror', (e) => errors.push(e.message));
  await check.goto(`${extensionOrigin}/check.html`);
  const option = check.locator('[data-testid=order-select] option', { hasText: 'PO-2026-0412' });
  await option.waitFor({ state: 'attached' });
  await check.locator('[data-testid=order-select]').selectOption(await option.getAttribute('value'));
  const panel = check.locator('[data-testid=checklist-panel]');
  await panel.waitFor();
  const original = readFileSync(join(t.fixtures, 'photos/generated/good-3000.jpg')).toString('base64');
  const resent = await check.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
    const canvas = new OffscreenCanvas(2000, 1500);
    canvas.getContext('2d').drawImage(bitmap, 0, 0, 2000, 1500);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
    const out = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (const b of out) s += String.fromCharCode(b);
    return btoa(s);
  }, original);
  await check.setInputFiles('[data-testid=file-input]', {
    name: 'wechat-resend.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from(resent, 'base64'),
  });
  const card = check.locator('[data-photo-name="wechat-resend.jpg"]');
  await card.and(check.locator(':not([data-verdict=pending])')).waitFor({ timeout: 30_000 });
  assert.equal(
    await panel.locator('.cl-chip', { hasText: 'reused photo' }).count(),
    0,
    'nothing of this stage is reused before the photo is assigned',
  );
  const select = card.getByLabel('Shot for wechat-resend.jpg');
  const firstShot = await select.locator('option:not([value=""])').first().getAttribute('value');
  await select.selectOption(firstShot);
  const chip = panel.locator(`[data-shot-id="${firstShot}"] .cl-chip`, { hasText: 'reused photo' });
  await chip.waitFor({ timeout: 10_000 });
  assert.match(await chip.getAttribute('title'), /Already received before \(.+, 20\d\d-\d\d-\d\d/);
  // The card says so too: it does not call "good" what the checklist asks again for.
  await card.and(check.locator('[data-findings~=reused]')).waitFor({ timeout: 5_000 });
  assert.notEqual(await card.getAttribute('data-verdict'), 'ok', 'the reused photo is not called good');
  t.log(`screenshot: ${await t.screenshot(check, 'check-reused-from-mail')}`);
  assert.deepEqual(errors, [], 'no errors on Check photos');
  await check.close();
}
