// Extension reloaded (as on an update) while Gmail and Outlook are open: the old content script stops
// (its badges and panels gone, its watch no longer mounting anything), the background starts the new one
// in both open tabs (Chromium does not), and there is never more than one set of badges.

import { loadSampleData, readBadges, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

export const name = 'reload: extension reloaded with mail open, new instance takes over, no duplicates';
export const firefox =
  "Chromium only: reloads the extension from its service worker after developer mode in chrome://extensions; WebDriver BiDi cannot evaluate in Firefox's background page";

/** Each of our elements by tag, with the instance that mounted it (the value of data-photo-triage). */
const hosts = (page) =>
  page.$$eval('[data-photo-triage]', (els) =>
    els.map((e) => ({ tag: e.tagName.toLowerCase(), instance: e.getAttribute('data-photo-triage') })),
  );

/** From now on, the most badge hosts and the most instances ever present at once (at each DOM change). */
const recordPeaks = (page) =>
  page.evaluate(() => {
    window.__peaks = { badges: 0, instances: 0 };
    new MutationObserver(() => {
      const badges = document.querySelectorAll('photo-triage-badge');
      const instances = new Set(
        [...document.querySelectorAll('[data-photo-triage]')].map((e) => e.getAttribute('data-photo-triage')),
      );
      window.__peaks.badges = Math.max(window.__peaks.badges, badges.length);
      window.__peaks.instances = Math.max(window.__peaks.instances, instances.size);
    }).observe(document, { childList: true, subtree: true });
  });

/** Waits until `count` final badges exist and none of our elements is from `oldInstance`. */
async function waitForTakeover(page, count, oldInstance) {
  await page.waitForFunction(
    ([n, old]) => {
      const els = [...document.querySelectorAll('[data-photo-triage]')];
      return (
        document.querySelectorAll('photo-triage-badge').length >= n &&
        els.every((e) => e.getAttribute('data-photo-triage') !== old)
      );
    },
    [count, oldInstance],
    { timeout: 30_000 },
  );
  await waitForBadges(page, count, Date.now());
}

export default async function (t) {
  const { assert } = t;
  const mailbox = await startMailbox();
  t.cleanup(mailbox.close);
  const { context, extensionId } = await t.launch({ hostRules: mailbox.hostRules });
  await loadSampleData(context, extensionId);

  // Gmail and Outlook open, triaged by the first instance.
  const gmail = await context.newPage();
  await gmail.goto(mailbox.url('eight-photos-and-zip.html'));
  await waitForBadges(gmail, 9, Date.now());
  const outlook = await context.newPage();
  await outlook.goto(mailbox.outlookUrl('reading-pane-en.html'));
  await waitForBadges(outlook, 9, Date.now());
  const before = { gmail: await hosts(gmail), outlook: await hosts(outlook) };
  for (const [client, list] of Object.entries(before)) {
    assert.equal(new Set(list.map((h) => h.instance)).size, 1, `${client}: one instance before the reload`);
    assert.equal(list.filter((h) => h.tag === 'photo-triage-badge').length, 9, `${client}: 9 badges`);
    assert.equal(list.filter((h) => h.tag === 'photo-triage-panel').length, 1, `${client}: one panel`);
  }
  const oldGmail = before.gmail[0].instance;
  const oldOutlook = before.outlook[0].instance;
  await recordPeaks(gmail);
  await recordPeaks(outlook);

  // Reload the extension from its service worker, as chrome://extensions' reload or an update does.
  // Chromium re-enables a reloaded unpacked extension only in developer mode (else it stays disabled):
  // switch it on as a developer would have it.
  const settings = await context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(() =>
    chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
  );
  await settings.close();
  const isOurs = (w) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  const oldWorker = context.serviceWorkers().find(isOurs);
  const newWorker = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 });
  await oldWorker.evaluate(() => setTimeout(() => chrome.runtime.reload(), 20)).catch(() => {});
  await newWorker;
  t.log('extension reloaded: a new service worker started');

  // Without the background's injection nothing would replace the old badges: they would just vanish.
  await waitForTakeover(gmail, 9, oldGmail);
  await waitForTakeover(outlook, 9, oldOutlook);
  for (const [client, page, old] of [
    ['gmail', gmail, oldGmail],
    ['outlook', outlook, oldOutlook],
  ]) {
    const after = await hosts(page);
    const instances = new Set(after.map((h) => h.instance));
    assert.equal(instances.size, 1, `${client}: one instance after the reload`);
    assert.ok(!instances.has(old), `${client}: the old instance's UI is gone`);
    const names = (await readBadges(page)).map((b) => b.name);
    assert.equal(names.length, 9, `${client}: 9 badges, not ${names.length}`);
    assert.equal(new Set(names).size, 9, `${client}: each attachment's badge exactly once`);
    assert.equal(after.filter((h) => h.tag === 'photo-triage-panel').length, 1, `${client}: one panel`);
    const peaks = await page.evaluate(() => window.__peaks);
    t.log(`${client}: at most ${peaks.badges} badges and ${peaks.instances} instance(s) at once`);
    assert.ok(peaks.badges <= 9, `${client}: never more than 9 badges at once (${peaks.badges})`);
    assert.equal(peaks.instances, 1, `${client}: never two instances' UI at once`);
  }
  const newGmail = (await hosts(gmail))[0].instance;
  await t.screenshot(gmail, 'reload-gmail-after');

  // Gmail swaps the conversation for another one (a thread of two messages, five attachments) without loading a page: only
  // the new instance answers. A still-watching old one would add a second set, with its own mark.
  await gmail.evaluate(async () => {
    const html = await (await fetch('/fixture/thread-two-messages.html')).text();
    // Gmail's pages require Trusted Types (mailbox-server.mjs): Gmail's own code goes through a policy too.
    const policy = window.trustedTypes?.createPolicy('e2e-swap', { createHTML: (s) => s });
    const next = new DOMParser().parseFromString(policy ? policy.createHTML(html) : html, 'text/html');
    document.body.replaceWith(document.adoptNode(next.body));
  });
  await waitForBadges(gmail, 5, Date.now());
  await gmail.waitForTimeout(1000); // time for a second instance to show itself, if there were one
  const thread = await hosts(gmail);
  assert.deepEqual([...new Set(thread.map((h) => h.instance))], [newGmail], 'all from the new instance');
  assert.equal(thread.filter((h) => h.tag === 'photo-triage-panel').length, 2, 'one panel per message');
  const threadBadges = await readBadges(gmail);
  assert.equal(threadBadges.length, 5, `the thread's 5 badges once each: ${threadBadges.map((b) => b.name)}`);
  await t.screenshot(gmail, 'reload-gmail-next-message');
  await t.screenshot(outlook, 'reload-outlook-after');
}
