// Outlook on the web as real captures show it (issues 11 and 19): the 2024 conversation of unlabelled
// message cards, a stranger whose display name holds a supplier's address, and pictures Outlook holds as
// page blobs.

import { loadSampleData, readBadges, waitForBadges, waitForPanels } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

export const name = 'outlook pages: 2024 conversation layout, spoofed sender, inline blob pictures';
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

  // Outlook's Trusted Types requirement is served and enforced (a page-world innerHTML assignment throws).
  const served = await page.goto(mailbox.outlookUrl('conversation-2024-unlabelled.html'));
  assert.match(served.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
  const control = await page.evaluate(() => {
    try {
      document.body.appendChild(document.createElement('div')).innerHTML = '<b>x</b>';
      return 'assigned';
    } catch (e) {
      return e instanceof TypeError ? 'TypeError' : String(e);
    }
  });
  assert.equal(control, 'TypeError');
  // Firefox also reports that refused assignment as a page error (Chromium does not): the control's own,
  // at most one, and nothing else is let through here.
  await page.waitForTimeout(200);
  const controlErrors = errors.splice(0);
  assert.ok(
    controlErrors.length <= (t.browser === 'firefox' ? 1 : 0) &&
      controlErrors.every((m) => /require-trusted-types-for/.test(m)),
    `only the control's violation is reported: ${JSON.stringify(controlErrors)}`,
  );

  // The 2024 layout (issue 11): unlabelled message cards, the sender on the persona button. Both
  // messages are found: each one's photos badged and listed in its own supplier panel.
  await page.goto(mailbox.outlookUrl('conversation-2024-unlabelled.html'));
  await waitForBadges(page, 4, Date.now());
  assert.deepEqual((await readBadges(page)).map((b) => b.name).sort(), [
    'carton-label-original.jpg',
    'carton-label.jpg',
    'lamp-front.jpg',
    'pallet-wrapped.jpg',
  ]);
  const panels2024 = await waitForPanels(
    page,
    (list) => list.length === 2 && list.every((p) => p.kind === 'triage' && p.photos === 2),
  );
  assert.ok(panels2024.every((p) => /Ningbo Bright Lighting/.test(p.text)));

  // A stranger whose display name holds a supplier's address (issue 19, item 1): the offer, not the
  // supplier's panel, and no badges (nothing measured for a sender who is not a supplier).
  await page.goto(mailbox.outlookUrl('spoofed-sender.html'));
  const spoofed = await waitForPanels(page, (list) => list.length === 1);
  await page.waitForTimeout(1000); // a late switch to the supplier's panel would show by now
  assert.deepEqual(
    (await waitForPanels(page, (list) => list.length === 1)).map((p) => p.kind),
    ['offer'],
    spoofed[0].text,
  );
  assert.doesNotMatch((await waitForPanels(page, () => true))[0].text, /Ningbo Bright|PO-2026/);
  assert.equal((await readBadges(page)).length, 0);

  // Pictures Outlook holds as page blobs (issue 11, Outlook 4): the page's own blob: URLs, made here from
  // the bytes of two photos. The one whose size is the tile's (1.7 MB) is measured; the smaller rendering
  // is "preview only", its natural size a lower bound.
  await page.goto(mailbox.outlookUrl('inline-blob.html', 'outlook.live.com'));
  await page.locator('photo-triage-badge').nth(3).waitFor({ timeout: 15_000 });
  await page.evaluate(async () => {
    const prefix = 'AAMkAGNiZmFhMWQ0LTA0MTctNGI2Ny1iNzFhLWM1ZmY0ZDEwMjE4NABGAAAAAAB';
    const bytes = async (name) =>
      (
        await fetch(`/owa/service.svc/s/GetFileAttachment?id=${encodeURIComponent(prefix + btoa(name))}`)
      ).blob();
    const [lamp, pallet] = document.querySelectorAll(/** @type {'img'} */ ('img[src^="blob:"]'));
    lamp.src = URL.createObjectURL(await bytes('good-3000.jpg'));
    pallet.src = URL.createObjectURL(await bytes('email-downsized-640.jpg'));
  });
  // Measured through the pixel stage: numbers and a final verdict on the picture's badge.
  const measured = (list) =>
    list.find((b) => b.name === 'lamp-front.jpg' && b.width && b.verdict !== 'pending');
  for (const end = Date.now() + 30_000; !measured(await readBadges(page)) && Date.now() < end; )
    await page.waitForTimeout(100);
  const blobs = (await readBadges(page)).filter((b) => b.name !== 'lamp-front.jpg' || b.width);
  const lampInline = blobs.find((b) => b.name === 'lamp-front.jpg');
  assert.deepEqual([lampInline.width, lampInline.height, lampInline.bytes], [3000, 2250, 1779895]);
  const palletInline = (await readBadges(page)).filter((b) => b.name === 'pallet-corner.jpg');
  assert.ok(
    palletInline.some((b) => /≥ 640×480 .* preview only/.test(b.text) && b.verdict === 'none'),
    palletInline.map((b) => b.text).join(' | '),
  );

  assert.deepEqual(errors, []);
}
