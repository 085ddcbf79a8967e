// The background stops while a download is under way (Chrome stops extension service workers; an update
// restarts them): the photo it was fetching says "couldn't download" with a retry at once, instead of
// "checking…" for ever, and the retry starts the background again and measures the photo.

import { syncClosedRoots } from './closed-roots.mjs';
import { loadSampleData, readBadges, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

export const name = 'gmail: the background stopping mid-download leaves a retry, not "checking" for ever';
export const firefox =
  "Chromium only: stops the MV3 service worker over the DevTools protocol; Firefox's MV2 background page cannot be stopped from WebDriver BiDi";

export default async function (t) {
  const { assert } = t;
  const mailbox = await startMailbox({ fail: { 'dark-2400.jpg': 'hang' } });
  t.cleanup(mailbox.close);
  const { context, extensionId } = await t.launch({ hostRules: mailbox.hostRules });
  await loadSampleData(context, extensionId);
  const page = await context.newPage();
  await page.goto(mailbox.url('eight-photos-and-zip.html'));
  await waitForBadges(page, 8, Date.now(), (b) => b.name !== 'dark-2400.jpg', 45_000);
  assert.match((await readBadges(page)).find((b) => b.name === 'dark-2400.jpg').text, /checking/);

  // Stop the extension's service worker, as Chrome does (DevTools protocol, from an extension page).
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
  const cdp = await context.newCDPSession(extensionPage);
  const versions = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => versions.push(...e.versions));
  await cdp.send('ServiceWorker.enable');
  await extensionPage.waitForTimeout(500);
  const running = versions.filter((v) => v.runningStatus === 'running' && v.scriptURL.includes(extensionId));
  assert.ok(running.length > 0, 'the background is running');
  const stopped = Date.now();
  for (const v of running) await cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });

  await waitForBadges(
    page,
    1,
    stopped,
    (b) => b.name === 'dark-2400.jpg' && /couldn’t download/.test(b.text),
    10_000,
  );
  await syncClosedRoots(page);
  const title = await page.$$eval('photo-triage-badge', (hosts) =>
    hosts
      .map((h) => h.shadowRoot?.querySelector('[data-photo-name]'))
      .find((b) => b?.dataset.photoName === 'dark-2400.jpg')
      ?.getAttribute('title'),
  );
  assert.match(title, /interrupted/);
  t.log(`background stopped: "couldn't download" ${Date.now() - stopped} ms later`);
  await t.screenshot(page, 'gmail-background-stopped');

  delete mailbox.fail['dark-2400.jpg'];
  const names = (await readBadges(page)).map((b) => b.name);
  const retried = Date.now();
  await page
    .locator('photo-triage-badge')
    .nth(names.indexOf('dark-2400.jpg'))
    .locator('button.retry')
    .click();
  await waitForBadges(
    page,
    1,
    retried,
    (b) => b.name === 'dark-2400.jpg' && b.findings.includes('dark'),
    30_000,
  );
  const dark = (await readBadges(page)).find((b) => b.name === 'dark-2400.jpg');
  assert.ok(dark.findings.includes('dark'), `measured dark: ${dark.text} (${dark.findings.join(' ')})`);
  t.log(`retry with a fresh background: measured ${Date.now() - retried} ms after the click`);
}
