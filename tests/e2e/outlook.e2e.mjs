// Outlook on the web, in place: the demo mailbox served as outlook.office.com and outlook.live.com, the
// same triage as Gmail through the Outlook adapter, each way of getting a photo's bytes exercised.

import { assertAccessible } from './axe.mjs';
import { loadSampleData, OUR_UI, readBadges, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

export const name =
  'outlook: badges and panel on both hosts, Chinese UI, byte strategies, unrecognised layout';
export const firefox = true;

export default async function (t) {
  const mailbox = await startMailbox();
  t.cleanup(mailbox.close);
  const { context, extensionOrigin } = await t.launch({ hostRules: mailbox.hostRules });
  await loadSampleData(context, extensionOrigin);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const en = await englishOnOffice(t, page, mailbox);
  await chineseOnLive(t, page, mailbox, en);
  await otherMessageShapes(t, page, mailbox);
  await downloadOnlyFiles(t, page, mailbox);
  await offerAndNotice(t, page, mailbox);
  t.assert.deepEqual(errors, []);
}

const byName = (list, n) => list.find((b) => b.name === n);

/** English UI on outlook.office.com: the supplier's eight photos and zip, downloaded by the background. */
async function englishOnOffice(t, page, mailbox) {
  const { assert } = t;
  const opened = Date.now();
  await page.goto(mailbox.outlookUrl('reading-pane-en.html'));
  const times = await waitForBadges(page, 9, opened);
  t.log(`outlook.office.com: last header badge ${times.lastHeader} ms, all final ${times.allFinal} ms`);
  const en = await readBadges(page);
  assert.deepEqual([byName(en, 'good-3000.jpg').width, byName(en, 'good-3000.jpg').height], [3000, 2250]);
  assert.equal(byName(en, 'good-3000.jpg').verdict, 'ok');
  assert.ok(byName(en, 'email-downsized-640.jpg').findings.includes('too-small'));
  assert.ok(byName(en, 'blurry-2400.jpg').findings.includes('blurry'));
  assert.ok(byName(en, 'dark-2400.jpg').findings.includes('dark'));
  assert.ok(byName(en, 'duplicate-of-good-3000.jpg').findings.includes('duplicate'));
  assert.match(byName(en, 'supplier-photos.zip').text, /zip · 4 photos/);
  const panel = page.locator('photo-triage-panel [data-panel=triage]');
  await panel.waitFor();
  assert.match(await panel.locator('.panel-summary').textContent(), /PO-2026-0417/);
  await panel.locator('.cl-shot').first().waitFor();
  // Draft re-request through Outlook's Reply (the editor Outlook renders is simulated on the click).
  await page.evaluate(() => {
    const button = document.querySelector('button[aria-label=Reply]');
    button?.addEventListener('click', () => {
      const editor = document.createElement('div');
      editor.setAttribute('role', 'textbox');
      editor.setAttribute('contenteditable', 'true');
      editor.setAttribute('aria-label', 'Message body');
      editor.id = 'reply-editor';
      button.closest('[role=main]')?.append(editor);
    });
  });
  await panel.locator('[data-action=draft-reply]').click();
  await panel.getByText(/Draft put in the reply/).waitFor({ timeout: 10_000 });
  assert.match(await page.locator('#reply-editor').textContent(), /PO-2026-0417/);
  await t.screenshot(page, 'outlook-reading-pane-en');
  await assertAccessible(t, page, { include: OUR_UI });
  return en;
}

/** Chinese UI labels on outlook.live.com: the same numbers. */
async function chineseOnLive(t, page, mailbox, en) {
  const { assert } = t;
  await page.goto(mailbox.outlookUrl('reading-pane-zh.html', 'outlook.live.com'));
  await waitForBadges(page, 9, Date.now());
  const zh = await readBadges(page);
  for (const b of en) {
    const twin = byName(zh, b.name);
    assert.ok(twin, `${b.name} badged in the Chinese UI`);
    assert.deepEqual([twin.width, twin.height, twin.verdict], [b.width, b.height, b.verdict], b.name);
  }
  await t.screenshot(page, 'outlook-reading-pane-zh');
}

/** A conversation of two messages, inline and remote pictures, and Outlook's preview only. */
async function otherMessageShapes(t, page, mailbox) {
  const { assert } = t;
  // A conversation with two messages: a panel each.
  await page.goto(mailbox.outlookUrl('conversation-two-messages.html'));
  await waitForBadges(page, 2, Date.now());
  assert.equal(await page.locator('photo-triage-panel').count(), 2);

  // Inline pictures are measured (downloaded whole); the remote and Safe Links pictures are not attachments.
  await page.goto(mailbox.outlookUrl('inline-and-remote.html'));
  await waitForBadges(page, 1, Date.now());
  const inline = await readBadges(page);
  assert.ok(!inline.some((b) => /logo|ningbo-bright\.cn/.test(b.name)), 'remote pictures have no badge');

  // Only Outlook's preview: its natural size, said to be a lower bound.
  await page.goto(mailbox.outlookUrl('preview-only.html'));
  await page.locator('photo-triage-badge').first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(1000);
  const preview = await readBadges(page);
  assert.ok(
    preview.some((b) => /preview only|download to check/.test(b.text)),
    preview.map((b) => b.text).join(' | '),
  );
  await t.screenshot(page, 'outlook-preview-only');
}

/** Files Outlook gives only to the buyer's download: "download to check" until the buyer downloads, then measured from that download — a detached anchor to the token host (the background fetches the captured URL) and a Blob the page saved (sent to the background as it is). */
async function downloadOnlyFiles(t, page, mailbox) {
  const { assert } = t;
  await page.goto(mailbox.outlookUrl('download-only.html'));
  await page.locator('photo-triage-badge').nth(1).waitFor({ timeout: 15_000 });
  const waiting = await readBadges(page);
  assert.deepEqual(
    waiting.map((b) => [b.name, /download to check/.test(b.text)]),
    [
      ['dark-2400.jpg', true],
      ['blurry-2400.jpg', true],
    ],
  );
  // Every build carries the page-world hook (Firefox's MV2 too, since issue #12): the same steps.
  await measuresDownloads(t, page, mailbox);
}

/** An unknown sender gets the quiet offer; an unrecognised layout the plain notice with diagnostics. */
async function offerAndNotice(t, page, mailbox) {
  const { assert } = t;
  // Unknown sender (qq.com, name only in the header): the quiet offer.
  await page.goto(mailbox.outlookUrl('unknown-sender.html'));
  await page.locator('photo-triage-panel [data-panel=offer]').waitFor();

  // Unrecognised layout: the plain notice with diagnostics.
  await page.goto(mailbox.outlookUrl('unrecognised-layout.html'));
  const notice = page.locator('photo-triage-notice [data-layout-notice]');
  await notice.waitFor({ timeout: 10_000 });
  assert.match(await notice.textContent(), /doesn’t recognise this Outlook layout/);
  await t.screenshot(page, 'outlook-unrecognised-layout');
  await assertAccessible(t, page, { include: ['photo-triage-notice'] });
}

/** The buyer downloads the two download-only files; both badges are then measured from those downloads. */
async function measuresDownloads(t, page, mailbox) {
  const { assert } = t;
  const byName = (list, n) => list.find((b) => b.name === n);
  const downloadsBefore = mailbox.stats.downloads.length;
  for (const file of ['dark-2400.jpg', 'blurry-2400.jpg']) {
    const tile = page.locator(`[role=option]:has([title="${file}"])`);
    await tile.locator('[aria-label="More actions"]').click();
    await page.locator('[role=menu] [aria-label=Download]').click();
  }
  // Final means the pixel stage is in (sharpness measured), not only the header numbers.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('photo-triage-badge')].filter((h) =>
        h.shadowRoot?.querySelector('[data-photo-name]')?.getAttribute('data-sharpness'),
      ).length === 2,
    null,
    { timeout: 30_000 },
  );
  const captured = await readBadges(page);
  assert.deepEqual(
    captured.map((b) => [b.name, b.width, b.height]),
    [
      ['dark-2400.jpg', 2400, 1800],
      ['blurry-2400.jpg', 2400, 1800],
    ],
  );
  assert.ok(byName(captured, 'dark-2400.jpg').findings.includes('dark'));
  assert.ok(byName(captured, 'blurry-2400.jpg').findings.includes('blurry'));
  // dark: the browser's download and the background's fetch of the captured URL; blurry: the page's own
  // fetch only (the Blob travelled to the background, nothing was downloaded again).
  assert.deepEqual(mailbox.stats.downloads.slice(downloadsBefore).sort(), [
    'blurry-2400.jpg',
    'dark-2400.jpg',
    'dark-2400.jpg',
  ]);
  const darkBadge = page.locator('photo-triage-badge').first();
  await darkBadge.locator('button.badge').click();
  assert.match(
    await darkBadge.locator('.how').textContent(),
    /file you downloaded, as the Outlook page handed it over/,
  );
  await t.screenshot(page, 'outlook-download-capture');
}
