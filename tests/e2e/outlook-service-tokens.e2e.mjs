// Outlook's token host (issue 12): where Outlook puts an attachments.office.net URL on the tile (its picture),
// a photo whose token is fresh is downloaded from that host; one whose token has run out is never asked of
// it and goes to Outlook's service (GetAttachment, in the page), and so does one the host refuses (403)
// although its token looks fresh; when the service fails too, to the buyer's download. The details say
// which way served each photo.

import { loadSampleData, readBadges, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

export const name =
  'outlook service tokens: fresh token links from the token host, run-out and refused ones through the service, then the download';
export const firefox = true;

const TRUE_SIZES = {
  'good-3000.jpg': [3000, 2250],
  'dark-2400.jpg': [2400, 1800],
  'blurry-2400.jpg': [2400, 1800],
  'seal.jpg': [640, 480],
};
const ALL = [
  'good-3000.jpg',
  'near-duplicate-1600.jpg',
  'chat-recompressed-1280.jpg',
  'email-downsized-640.jpg',
  'dark-2400.jpg',
  'blurry-2400.jpg',
  'duplicate-of-good-3000.jpg',
  'screenshot-1170x2532.png',
  'supplier-photos.zip',
  'packing-1.jpg',
  'seal.jpg',
];

/** The badge's details text for one file (its "how" line). */
async function howOf(page, file) {
  const badge = page.locator('photo-triage-badge', { has: page.locator(`[data-photo-name="${file}"]`) });
  await badge.locator('button.badge').click();
  const text = await badge.locator('.how').textContent();
  await page.keyboard.press('Escape');
  return text;
}

export default async function (t) {
  const { assert } = t;
  const mailbox = await startMailbox();
  t.cleanup(mailbox.close);
  const { stats } = mailbox.service;
  // blurry-2400.jpg's token looks fresh but the host refuses it (403): it falls through to the service.
  const query = '?fresh=good-3000.jpg,dark-2400.jpg&expired=seal.jpg&revoked=blurry-2400.jpg';

  const launched = await t.launch({ hostRules: mailbox.hostRules });
  await loadSampleData(
    launched.context,
    launched.extensionOrigin ?? `chrome-extension://${launched.extensionId}`,
  );
  const page = await launched.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  const opened = Date.now();
  await page.goto(mailbox.outlookUrl(`service-conversation.html${query}`));
  const times = await waitForBadges(page, 11, opened);
  t.log(`token host and service: all final ${times.allFinal} ms`);
  const badges = await readBadges(page);
  for (const [file, [width, height]] of Object.entries(TRUE_SIZES)) {
    const b = badges.find((x) => x.name === file);
    assert.ok(b, `${file} has a badge`);
    assert.deepEqual([b.width, b.height], [width, height], `${file}: ${b.text}`);
  }
  // The fresh tokens' files came from the token host, whole (GetFileAttachment); the refused one was asked
  // once; the run-out one never (only Outlook's own tile pictures asked with it, and were refused).
  const files = stats.tokenHost.filter((r) => r.startsWith('GetFileAttachment '));
  assert.deepEqual(files.sort(), [
    'GetFileAttachment blurry-2400.jpg 403',
    'GetFileAttachment dark-2400.jpg 200',
    'GetFileAttachment good-3000.jpg 200',
  ]);
  const thumbnails = stats.tokenHost.filter((r) => r.startsWith('GetAttachmentThumbnail ')).sort();
  assert.deepEqual(
    [...new Set(thumbnails)],
    [
      'GetAttachmentThumbnail blurry-2400.jpg 403',
      'GetAttachmentThumbnail dark-2400.jpg 200',
      'GetAttachmentThumbnail good-3000.jpg 200',
      'GetAttachmentThumbnail seal.jpg 401',
    ],
    'the page’s own tile pictures',
  );
  // Everything else through Outlook's service, each once; nothing asked twice.
  assert.deepEqual(
    [...stats.getAttachment].sort(),
    ALL.filter((f) => f !== 'good-3000.jpg' && f !== 'dark-2400.jpg').sort(),
  );
  // The details say which way served each photo.
  assert.match(await howOf(page, 'good-3000.jpg'), /Outlook’s attachment host \(attachments\.office\.net\)/);
  assert.match(await howOf(page, 'blurry-2400.jpg'), /Outlook’s service \(GetAttachment, in the page/);
  assert.match(await howOf(page, 'seal.jpg'), /Outlook’s service \(GetAttachment, in the page/);
  await t.screenshot(page, 'outlook-service-tokens');

  // A run-out token, a refused one, and a service that fails: the buyer's download is what is left, and it
  // still measures.
  mailbox.service.mode = 'getattachment-500';
  const fresh = await t.launch({ hostRules: mailbox.hostRules });
  await loadSampleData(fresh.context, fresh.extensionOrigin ?? `chrome-extension://${fresh.extensionId}`);
  const changed = await fresh.context.newPage();
  changed.on('pageerror', (e) => errors.push(e.message));
  await changed.goto(
    mailbox.outlookUrl(
      'service-conversation.html?fresh=good-3000.jpg&expired=dark-2400.jpg&revoked=seal.jpg',
    ),
  );
  const deadline = Date.now() + 30_000;
  let now = [];
  while (Date.now() < deadline) {
    now = await readBadges(changed);
    const dark = now.find((b) => b.name === 'dark-2400.jpg');
    const good = now.find((b) => b.name === 'good-3000.jpg');
    const seal = now.find((b) => b.name === 'seal.jpg');
    if (dark && /download to check/.test(dark.text) && /download to check/.test(seal?.text ?? ''))
      if (good?.width === 3000) break;
    await changed.waitForTimeout(200);
  }
  assert.match(now.find((b) => b.name === 'dark-2400.jpg')?.text ?? '', /download to check/);
  assert.match(now.find((b) => b.name === 'seal.jpg')?.text ?? '', /download to check/, 'refused, then 500');
  assert.equal(now.find((b) => b.name === 'good-3000.jpg')?.width, 3000, 'the fresh token still serves');
  const tile = changed.locator('[role=option]:has([title="dark-2400.jpg"])');
  await tile.locator('[aria-label="More actions"]').click();
  await changed.locator('[role=menu] [aria-label=Download]').click();
  await changed.waitForFunction(
    () =>
      [...document.querySelectorAll('photo-triage-badge')].some(
        (h) =>
          h.shadowRoot?.querySelector('[data-photo-name="dark-2400.jpg"]')?.getAttribute('data-width') ===
          '2400',
      ),
    null,
    { timeout: 30_000 },
  );
  mailbox.service.mode = 'ok';
  assert.deepEqual(errors, []);
}
