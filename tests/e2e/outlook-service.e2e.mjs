// Outlook on the web as it is today (issue 12): tiles with no link, and Outlook's own service.svc calls
// authenticated by the page's bearer token. Every photo is measured as the message opens, with no click,
// through the page-world hook fetching the bytes the way Outlook does; the token never leaves the page's
// world; a page's forged messages get nothing fetched; a changed service falls back to the download.

import { request } from 'node:https';
import { loadSampleData, readBadges, readPanels, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';
import { attachmentIdOf, FIXTURE_BEARER } from './outlook-service.mjs';

export const name =
  'outlook service: every photo measured with no click, token kept in the page, forgeries and a changed service';

// Firefox's background page cannot be evaluated over WebDriver BiDi: there the runtime messages are
// watched from an extension page (options.html), which receives every runtime message and port our
// content script sends, as the background does.
export const firefox = true;

const SECRET = FIXTURE_BEARER.slice('Bearer '.length);
const TRUE_SIZES = {
  'good-3000.jpg': [3000, 2250],
  'near-duplicate-1600.jpg': [1600, 1200],
  'chat-recompressed-1280.jpg': [1280, 960],
  'email-downsized-640.jpg': [640, 480],
  'dark-2400.jpg': [2400, 1800],
  'blurry-2400.jpg': [2400, 1800],
  'duplicate-of-good-3000.jpg': [3000, 2250],
  'screenshot-1170x2532.png': [1170, 2532],
  'packing-1.jpg': [3000, 2250],
  'seal.jpg': [640, 480],
};

/** In the page's world before anything else: every window message and port message, as text. */
const RECORD_MESSAGES = `(() => {
  const seen = (globalThis.__ptSeen = []);
  const text = (data) => {
    try {
      return JSON.stringify(data, (k, v) => (v instanceof Blob ? '[Blob ' + v.size + ']' : v));
    } catch {
      return String(data);
    }
  };
  addEventListener('message', (e) => seen.push(text(e.data)), true);
  const post = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (data, ...rest) {
    seen.push(text(data));
    return post.call(this, data, ...rest);
  };
})();`;

/**
 * In the extension's service worker (Chromium) or an extension page (Firefox): every runtime message and
 * port message, checked for the token.
 */
const WATCH_RUNTIME = (secret) => {
  const state = { messages: 0, portMessages: 0, leaks: 0 };
  globalThis.__ptWatch = state;
  const check = (m) => {
    state.messages++;
    try {
      if (JSON.stringify(m).includes(secret)) state.leaks++;
    } catch {}
  };
  chrome.runtime.onConnect.addListener((port) =>
    port.onMessage.addListener((m) => {
      state.portMessages++;
      check(m);
    }),
  );
  chrome.runtime.onMessage.addListener((m) => {
    check(m);
  });
  return true;
};

/** Everything the extension stores (storage areas and every IndexedDB store), as text. */
async function storedText(context, origin) {
  const page = await context.newPage();
  await page.goto(`${origin}/options.html`);
  const text = await page.evaluate(async () => {
    const parts = [];
    const show = (v) => JSON.stringify(v, (_k, x) => (x instanceof Blob ? `[Blob ${x.size}]` : x));
    // The extension asks for no `storage` permission today; read the areas if it ever does.
    if (chrome.storage?.local) parts.push(show(await chrome.storage.local.get(null)));
    if (chrome.storage?.session) parts.push(show(await chrome.storage.session.get(null)));
    parts.push(show({ ...localStorage }), show({ ...sessionStorage }));
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise((resolve) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => resolve([]);
        });
        parts.push(`${name}/${store}: ${show(all)}`);
      }
      db.close();
    }
    return parts.join('\n');
  });
  await page.close();
  return text;
}

export default async function (t) {
  const mailbox = await startMailbox();
  t.cleanup(mailbox.close);
  await tokenHostExpires(t, mailbox);
  const { context, origin, watcher } = await launchWatched(t, mailbox);
  const page = await context.newPage();
  await page.addInitScript(RECORD_MESSAGES);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await strangersRefused(t, page, mailbox);
  await everyBadgeWithoutAClick(t, page, mailbox);
  await forgedReportIgnored(t, page, mailbox);
  await tokenStaysInThePage(t, { page, watcher, context, origin });
  await serviceChanged(t, mailbox, errors);
  t.assert.deepEqual(errors, []);
}

/** attachments.office.net's short-lived tokens: refused once past, served while fresh. */
async function tokenHostExpires(t, mailbox) {
  const { assert } = t;
  const tokenHost = (token) =>
    new Promise((resolve, reject) => {
      const path = `/owa/tom.baker@brightlight-home.com/service.svc/s/GetFileAttachment?id=${encodeURIComponent(attachmentIdOf('seal.jpg'))}&token=${token}`;
      request(
        {
          host: '127.0.0.1',
          port: mailbox.port,
          path,
          headers: { host: 'attachments.office.net' },
          rejectUnauthorized: false,
        },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      )
        .on('error', reject)
        .end();
    });
  assert.equal(await tokenHost(`exp-${Date.now() - 1000}`), 401);
  assert.equal(await tokenHost(`exp-${Date.now() + 10 * 60_000}`), 200);
}

/** A profile with the sample data, its runtime messages watched for the token. */
async function launchWatched(t, mailbox) {
  const { assert } = t;
  const launched = await t.launch({ hostRules: mailbox.hostRules });
  const { context } = launched;
  const origin = launched.extensionOrigin ?? `chrome-extension://${launched.extensionId}`;
  await loadSampleData(context, origin);
  let watcher;
  if (t.browser === 'firefox') {
    watcher = await context.newPage();
    await watcher.goto(`${origin}/options.html`);
    t.log('firefox: runtime messages and ports watched from an extension page (options.html)');
  } else {
    watcher = context.serviceWorkers().find((w) => w.url().startsWith(origin));
    assert.ok(watcher, 'the extension service worker is running');
  }
  await watcher.evaluate(WATCH_RUNTIME, SECRET);

  return { context, origin, watcher };
}

/** The simulation itself: a service call made without the page's token is refused. */
async function strangersRefused(t, page, mailbox) {
  const { assert } = t;
  await page.goto(mailbox.outlookUrl('no-attachments.html'));
  const status = await page.evaluate(async () => {
    const r = await fetch('/owa/service.svc?action=GetItem&app=Mail', {
      method: 'POST',
      headers: { action: 'GetItem' },
    });
    return r.status;
  });
  assert.equal(status, 401);
  mailbox.service.stats.unauthorized = 0; // the calls from here on must each carry the token
}

/** Opening the conversation: every badge of both messages gets its true numbers, with no click. */
async function everyBadgeWithoutAClick(t, page, mailbox) {
  const { assert } = t;
  const { stats } = mailbox.service;
  const downloadsBefore = mailbox.stats.downloads.length;
  const opened = Date.now();
  await page.goto(mailbox.outlookUrl('service-conversation.html'));
  const times = await waitForBadges(page, 11, opened);
  t.log(`service.svc: last header badge ${times.lastHeader} ms, all final ${times.allFinal} ms`);
  const badges = await readBadges(page);
  for (const [file, [width, height]] of Object.entries(TRUE_SIZES)) {
    const b = badges.find((x) => x.name === file);
    assert.ok(b, `${file} has a badge`);
    assert.deepEqual([b.width, b.height], [width, height], `${file}: ${b.text}`);
  }
  assert.match(badges.find((b) => b.name === 'supplier-photos.zip').text, /zip · 4 photos/);
  const byName = (n) => badges.find((b) => b.name === n);
  assert.ok(byName('email-downsized-640.jpg').findings.includes('too-small'));
  assert.ok(byName('blurry-2400.jpg').findings.includes('blurry'));
  assert.ok(byName('dark-2400.jpg').findings.includes('dark'));
  // Fetched through the service, each once, in the page: the background downloaded nothing.
  assert.deepEqual(
    [...stats.getAttachment].sort(),
    [...Object.keys(TRUE_SIZES), 'supplier-photos.zip'].sort(),
    'each attachment asked of the service once',
  );
  assert.equal(mailbox.stats.downloads.length, downloadsBefore, 'nothing downloaded outside the page');
  assert.equal(stats.unauthorized, 0, 'every call carried the page’s own token');
  // The details say which way served the photo.
  const first = page.locator('photo-triage-badge').first();
  await first.locator('button.badge').click();
  assert.match(await first.locator('.how').textContent(), /Outlook’s service \(GetAttachment, in the page/);
  await page.keyboard.press('Escape');
  await t.screenshot(page, 'outlook-service-no-click');
}

/** A page script's forged report of another message's attachment (not on screen): nothing is fetched. */
async function forgedReportIgnored(t, page, mailbox) {
  const { assert } = t;
  const { stats } = mailbox.service;
  const asked = stats.getAttachment.length;
  await page.evaluate((id) => {
    window.postMessage(
      {
        source: 'photo-triage/outlook-service',
        type: 'seen',
        action: 'GetItem',
        attachments: [{ id, name: 'pallet-closeup.jpg', size: 231000, isInline: false }],
      },
      location.origin,
    );
  }, attachmentIdOf('pallet-closeup.jpg'));
  await page.waitForTimeout(1500);
  assert.equal(stats.getAttachment.length, asked, 'a forged attachment not on screen is never fetched');
  assert.ok(!stats.getAttachment.includes('pallet-closeup.jpg'));
  assert.ok(!(await readBadges(page)).some((b) => b.name === 'pallet-closeup.jpg'));
}

/** The token never left the page's world: not in any window or port message, runtime message or store. */
async function tokenStaysInThePage(t, { page, watcher, context, origin }) {
  const { assert } = t;
  const pageMessages = await page.evaluate(() => globalThis.__ptSeen);
  assert.ok(pageMessages.length > 11, `page messages recorded: ${pageMessages.length}`);
  assert.ok(!pageMessages.some((m) => m.includes(SECRET)), 'no page message holds the token');
  const runtime = await watcher.evaluate(() => globalThis.__ptWatch);
  t.log(`runtime messages watched: ${runtime.messages} (${runtime.portMessages} on ports)`);
  assert.ok(runtime.messages > 11, `runtime messages watched: ${runtime.messages}`);
  assert.ok(runtime.portMessages > 0, 'the analysis port’s messages were watched too');
  assert.equal(runtime.leaks, 0, 'no runtime message holds the token');
  const stored = await storedText(context, origin);
  assert.ok(stored.length > 1000, 'the stores were read');
  assert.ok(stored.includes('good-3000.jpg'), 'the photos were filed');
  assert.ok(!stored.includes(SECRET), 'nothing stored holds the token');
  const pageStores = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
  assert.ok(!pageStores.includes(SECRET));
}

async function serviceChanged(t, mailbox, errors) {
  const { assert } = t;
  // The service changed: GetAttachment fails (500), answers another shape, or GetItem lists attachments
  // in another shape. The badges fall back to the download and the panel's notice says so. A fresh
  // profile: the photos filed above would otherwise come back from the store without any download.
  const fresh = await t.launch({ hostRules: mailbox.hostRules });
  await loadSampleData(fresh.context, fresh.extensionOrigin ?? `chrome-extension://${fresh.extensionId}`);
  const changed = await fresh.context.newPage();
  changed.on('pageerror', (e) => errors.push(e.message));
  for (const mode of ['getattachment-500', 'getattachment-shape', 'getitem-shape']) {
    mailbox.service.mode = mode;
    await changed.goto(mailbox.outlookUrl('service-conversation.html'));
    await changed.waitForFunction(() => document.querySelectorAll('photo-triage-badge').length >= 11, null, {
      timeout: 20_000,
    });
    const deadline = Date.now() + 20_000;
    let panels = [];
    let waiting = [];
    while (Date.now() < deadline) {
      panels = await readPanels(changed);
      waiting = (await readBadges(changed)).filter((b) => /download to check/.test(b.text));
      if (waiting.length === 11 && panels.some((p) => /did not give some photos/.test(p.text))) break;
      await changed.waitForTimeout(200);
    }
    assert.equal(waiting.length, 11, `${mode}: every badge falls back to the download`);
    assert.ok(
      panels.some((p) => /did not give some photos/.test(p.text)),
      `${mode}: the notice says so (${panels.map((p) => p.text).join(' | ')})`,
    );
  }
  // ...and the download capture still measures what the buyer downloads.
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
  await t.screenshot(changed, 'outlook-service-changed');
  mailbox.service.mode = 'ok';
}
