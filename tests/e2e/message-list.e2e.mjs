// The message list, as a buyer meets it: supplier emails with photos marked in Gmail's inbox and Outlook's
// message list before anything is opened; after a message was checked its row says what was found; the
// popup's "Photos to check" lists the thread and opens it in the mail tab.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closedTexts, rowName } from './closed-roots.mjs';
import { loadSampleData, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

export const name =
  'message list: supplier rows marked in Gmail and Outlook, updated after a check, popup opens them';
export const firefox =
  "Chromium only: reads the list rows' accessible names from Chromium's accessibility tree (rowName, closedTexts over the DevTools protocol)";

const MARK = '[data-photo-triage="list-mark"]';

async function waitForMarks(page, count, timeout = 15_000) {
  await page
    .waitForFunction(
      ({ selector, n }) => document.querySelectorAll(selector).length === n,
      { selector: MARK, n: count },
      {
        timeout,
      },
    )
    .catch(async () => {
      throw new Error(`expected ${count} marks, saw ${await page.locator(MARK).count()}`);
    });
}

export default async function (t) {
  listScriptsHoldNoMessageUi(t);
  const mailbox = await startMailbox();
  t.cleanup(mailbox.close);
  const { context, extensionId } = await t.launch({ hostRules: mailbox.hostRules });
  await loadSampleData(context, extensionId);
  const injected = await watchInjections(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await gmailInboxMarked(t, page, mailbox, injected);
  await rowSaysWhatWasFound(t, page, injected);
  await popupOpensTheThread(t, context, extensionId, page);
  await outlookListMarked(t, context, mailbox, errors);
  t.assert.deepEqual(errors, [], 'no page errors');
}

/** The list page runs the light content script: the message UI (its panel among it) is a separate file, injected only when a message opens (components/mail/message-ui-handoff.ts). */
function listScriptsHoldNoMessageUi(t) {
  const { assert } = t;
  const file = (path) => readFileSync(join(t.extensionPath, path), 'utf8');
  for (const script of ['content-scripts/gmail.js', 'content-scripts/outlook.js'])
    assert.ok(!file(script).includes('photo-triage-panel'), `${script} holds no message UI`);
  assert.ok(file('message-ui.js').includes('photo-triage-panel'), 'message-ui.js holds the message UI');
}

/** Every file the background injects into a tab (scripting.executeScript wrapped in the service worker). */
async function watchInjections(context) {
  const sw = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  await sw.evaluate(() => {
    const injected = [];
    globalThis.__injected = injected;
    const run = chrome.scripting.executeScript.bind(chrome.scripting);
    chrome.scripting.executeScript = (options) => {
      injected.push(options.files.join());
      return run(options);
    };
  });
  const injected = () => sw.evaluate(() => globalThis.__injected.slice());
  return injected;
}

/** Gmail's inbox: Amy's two threads with photos are marked; the unknown sender, Google and Amy's thread without files are not. */
async function gmailInboxMarked(t, page, mailbox, injected) {
  const { assert } = t;
  await page.goto(mailbox.url('inbox-list.html'));
  await waitForMarks(page, 2);
  const marked = await page.$$eval('[data-photo-triage="list-mark"]', (hosts) =>
    hosts.map((h) =>
      h.closest('tr').querySelector('[data-legacy-thread-id]').getAttribute('data-legacy-thread-id'),
    ),
  );
  assert.deepEqual(marked, ['18c0000000000001', '18c0000000000003'], 'supplier rows with photos marked');
  const first = await closedTexts(page, MARK);
  assert.deepEqual(first, ['📷 supplier photos · PO-2026-0417', '📷 supplier photos · PO-2026-0421']);
  // The page sees our host, never the words inside it.
  assert.deepEqual(await page.$$eval(MARK, (hosts) => hosts.map((h) => [h.textContent, h.shadowRoot])), [
    ['', null],
    ['', null],
  ]);
  // A screen reader reads the mark with the row (Gmail names rows from their aria-labelledby text).
  const spoken = await rowName(page, 'tr[id=":35"]');
  assert.match(spoken, /Photo Triage: 📷 supplier photos · PO-2026-0417/, `row name: ${spoken}`);
  t.log(`screenshot: ${await t.screenshot(page, 'gmail-list-marks')}`);
  assert.deepEqual(await injected(), [], 'the list alone loads no message UI');
}

/** The buyer opens the mugs thread (its photos are checked and filed), then comes back to the list. */
async function rowSaysWhatWasFound(t, page, injected) {
  const { assert } = t;
  await page.locator('tr[id=":35"] .y6').click();
  await page.waitForURL(/eight-photos-and-zip\.html/);
  await waitForBadges(page, 9, Date.now());
  assert.deepEqual(
    await injected(),
    ['/message-ui.js'],
    'the message UI loaded once, when the message opened',
  );
  // Filing happens once the pixels are in: wait until the panel has put them on the checklist.
  await page.waitForTimeout(1500);
  await page.goBack();
  await waitForMarks(page, 2);
  let after = [];
  for (let i = 0; i < 40; i++) {
    after = await closedTexts(page, MARK);
    if (/to re-request/.test(after[0] ?? '')) break;
    await page.waitForTimeout(250);
  }
  assert.match(
    after[0],
    /^📷 supplier photos · PO-2026-0417 · ✗ \d+ to re-request/,
    `after the check: ${after[0]}`,
  );
  assert.match(after[0], /✓ \d+ good/);
  t.log(`after opening the thread: ${after[0]}`);
  t.log(`screenshot: ${await t.screenshot(page, 'gmail-list-after-check')}`);
}

/** The popup lists both threads under "Photos to check" and opens the one with photos to re-request in the Gmail tab (its row clicked there). */
async function popupOpensTheThread(t, context, extensionId, page) {
  const { assert } = t;
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('heading', { name: /Photos to check/ }).waitFor();
  const listed = await popup.$$eval('.pp-thread', (rows) =>
    rows.map((r) => [r.dataset.threadId, r.dataset.state]),
  );
  assert.deepEqual(
    listed.map(([id]) => id).sort(),
    ['18c0000000000001', '18c0000000000003'],
    'both threads listed',
  );
  assert.deepEqual(
    listed.find(([id]) => id === '18c0000000000001'),
    ['18c0000000000001', 'retake'],
  );
  t.log(`screenshot: ${await t.screenshot(popup, 'popup-photos-to-check')}`);
  await popup.locator('.pp-thread[data-thread-id="18c0000000000001"]').click();
  await page.waitForURL(/eight-photos-and-zip\.html/, { timeout: 10_000 });
  assert.ok(true, 'the popup opened the thread in the Gmail tab');
}

/** Outlook's message list: Amy (file names) and Hengda (paper clip only) marked; the unknown Jiangsu Pack and the Freight Desk row without files are not. */
async function outlookListMarked(t, context, mailbox, errors) {
  const { assert } = t;
  const outlook = await context.newPage();
  outlook.on('pageerror', (e) => errors.push(e.message));
  await outlook.goto(mailbox.outlookUrl('message-list.html'));
  await waitForMarks(outlook, 2);
  const outlookMarks = await closedTexts(outlook, MARK);
  assert.deepEqual(outlookMarks, ['📷 supplier photos · PO-2026-0417', '📷 supplier photos · PO-2026-0430']);
  t.log(`screenshot: ${await t.screenshot(outlook, 'outlook-list-marks')}`);
}
