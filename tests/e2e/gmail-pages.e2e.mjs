// Gmail as it really serves its pages (issue 11): the attachment card that finishes loading late (updated
// in place, and replaced), Gmail's Content-Security-Policy on every page, and a final verdict for what will
// never be measured.

import { loadSampleData, readBadges, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

export const name =
  'gmail pages: late-loading cards end with the original’s numbers, CSP enforced, Drive final';
export const firefox = true;

export default async function (t) {
  const { assert } = t;
  const mailbox = await startMailbox();
  t.cleanup(mailbox.close);
  const { context, extensionOrigin } = await t.launch({ hostRules: mailbox.hostRules });
  await loadSampleData(context, extensionOrigin);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // Gmail's CSP is served and enforced: a page-world innerHTML assignment throws.
  const response = await page.goto(mailbox.url('late-loading-card.html'));
  assert.match(response.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
  const control = await page.evaluate(() => {
    try {
      document.body.insertAdjacentElement('beforeend', document.createElement('div')).innerHTML = '<b>x</b>';
      return 'assigned';
    } catch (e) {
      return e instanceof TypeError ? 'TypeError' : String(e);
    }
  });
  assert.equal(control, 'TypeError', 'Trusted Types are enforced on the Gmail page');
  // Firefox also reports that refused assignment as a page error (Chromium does not): the control's own,
  // at most one, and nothing else is let through here.
  await page.waitForTimeout(200);
  const controlErrors = errors.splice(0);
  assert.ok(
    controlErrors.length <= (t.browser === 'firefox' ? 1 : 0) &&
      controlErrors.every((m) => /require-trusted-types-for/.test(m)),
    `only the control's violation is reported: ${JSON.stringify(controlErrors)}`,
  );

  // While Gmail scans the files: checking, nothing downloaded, no preview asked for.
  await page.waitForFunction(() => document.querySelectorAll('photo-triage-badge').length >= 2, null, {
    timeout: 20_000,
  });
  await page.waitForTimeout(1500);
  const scanning = await readBadges(page);
  assert.deepEqual(
    scanning.map((b) => [b.name, b.verdict, b.width]),
    [
      ['good-3000.jpg', 'pending', null],
      ['dark-2400.jpg', 'pending', null],
    ],
  );
  assert.deepEqual(mailbox.stats.downloads, [], 'nothing downloaded while Gmail scans');

  // Gmail's component finishes: the first card updated in place, the second replaced.
  await page.evaluate(() => {
    /** @param {string} id @returns {Element} */
    const loaded = (id) =>
      /** @type {Element} */ (
        /** @type {HTMLTemplateElement} */ (document.getElementById(id)).content.firstElementChild.cloneNode(
          true,
        )
      );
    const [first, second] = document.querySelectorAll('.aQH > span.aZo');
    const done = loaded('loaded-card-1');
    for (const { name, value } of [...done.attributes]) first.setAttribute(name, value);
    first.replaceChildren(...done.childNodes);
    second.replaceWith(loaded('loaded-card-2'));
  });
  await waitForBadges(page, 2, Date.now());
  const badges = await readBadges(page);
  assert.deepEqual(
    badges.map((b) => [b.name, b.width, b.height]),
    [
      ['good-3000.jpg', 3000, 2250],
      ['dark-2400.jpg', 2400, 1800],
    ],
    'the original files’ numbers, one badge each',
  );
  assert.ok(badges[1].findings.includes('dark'));
  assert.deepEqual(mailbox.stats.downloads.sort(), ['dark-2400.jpg', 'good-3000.jpg']);
  assert.ok(
    !mailbox.stats.previews.some((sz) => /w1600/.test(sz)),
    `no w1600 preview requested: ${mailbox.stats.previews.join(', ')}`,
  );

  // A Drive card is final: "not measurable" with the verdict `none`, never `pending`.
  await page.goto(mailbox.url('inline-and-drive.html'));
  await waitForBadges(page, 3, Date.now());
  const drive = (await readBadges(page)).find((b) => /Drive link/.test(b.text));
  assert.equal(drive?.verdict, 'none');

  assert.deepEqual(errors, [], 'no page errors');
}
