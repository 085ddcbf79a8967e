// What the mail page's own scripts can get of ours. Gmail's and Outlook's scripts run in the page's
// world: they walk the DOM, read `element.shadowRoot`, patch prototypes before anything else runs, read
// performance entries and fetch any `blob:` URL of their origin. Here a page script does all of that
// (installed before the extension's content script starts) while the panel shows an order with an approved
// reference photo, and must get none of the panel's text and none of a picture's bytes. The test itself
// reads our UI only through the DevTools protocol (pierce), the handle a page does not have: the browser
// is launched without closed-roots.mjs's reveal, so the page world here is exactly a mail client's.
//
// Then Outlook's download capture (issue 19, item 9): a page script clicks "More actions" → "Download"
// itself and posts a Blob of another photo under the attachment's name; nothing may be measured from it,
// while the buyer's real click (Playwright's input is trusted) still is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSampleData } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

export const name =
  "page isolation: the mail page's scripts get no panel text, no picture, no forged download";
export const firefox =
  "Chromium only: proves the mail page's scripts cannot read our closed roots, on the store build; the Firefox e2e build opens them (firefox.mjs)";

/** Everything our UI holds, read through the DevTools protocol: per host its text and elements. */
async function ourUi(cdp) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const hosts = [];
  const attrs = (n) => {
    const out = {};
    for (let i = 0; i < (n.attributes?.length ?? 0); i += 2) out[n.attributes[i]] = n.attributes[i + 1];
    return out;
  };
  const inside = (n, host) => {
    if (n.nodeType === 3 && n.parentNodeName !== 'STYLE') host.text += `${n.nodeValue}\n`;
    if (n.nodeType === 1) host.elements.push({ tag: n.nodeName.toLowerCase(), attrs: attrs(n) });
    for (const c of n.children ?? []) {
      c.parentNodeName = n.nodeName;
      inside(c, host);
    }
    for (const s of n.shadowRoots ?? []) inside(s, host);
  };
  const visit = (n) => {
    if (n.nodeType === 1 && n.nodeName.startsWith('PHOTO-TRIAGE-')) {
      const host = { tag: n.nodeName.toLowerCase(), modes: [], text: '', elements: [] };
      for (const s of n.shadowRoots ?? []) {
        host.modes.push(s.shadowRootType);
        inside(s, host);
      }
      hosts.push(host);
    }
    for (const c of n.children ?? []) visit(c);
    for (const s of n.shadowRoots ?? []) visit(s);
  };
  visit(root);
  return hosts;
}

/** Badges as mail-helpers' readBadges gives them, read through the protocol. */
async function badges(cdp) {
  return (await ourUi(cdp))
    .filter((h) => h.tag === 'photo-triage-badge')
    .map((h) => {
      const a = h.elements.find((e) => 'data-photo-name' in e.attrs)?.attrs ?? {};
      return {
        name: a['data-photo-name'],
        width: a['data-width'] ? Number(a['data-width']) : null,
        sharpness: a['data-sharpness'] ?? null,
        findings: (a['data-findings'] ?? '').split(' ').filter(Boolean),
        text: h.text,
      };
    });
}

async function until(what, fn, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
}

/** The page's script, first to run in the page: what a mail client could set up before our script. */
function installSpy() {
  const spy = { roots: [], urls: [] };
  window.__spy = spy;
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    spy.roots.push(root);
    return root;
  };
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (obj) {
    const url = createObjectURL.call(this, obj);
    spy.urls.push(url);
    return url;
  };
}

/** The page's script, later: everything it can reach of our UI, and every blob: URL it can fetch. */
async function pageSteals() {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text too, as a page would scrape it
  const texts = [document.documentElement.innerText, document.documentElement.textContent];
  const urls = new Set(window.__spy.urls);
  const roots = [...window.__spy.roots];
  for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  for (const root of roots) {
    texts.push(root.textContent ?? '');
    for (const el of root.querySelectorAll('[src], [href]'))
      urls.add(el.getAttribute('src') ?? el.getAttribute('href'));
  }
  for (const el of document.querySelectorAll('[src], [href]'))
    urls.add(el.getAttribute('src') ?? el.getAttribute('href'));
  for (const entry of performance.getEntries()) urls.add(entry.name);
  const bytes = [];
  for (const url of urls) {
    if (!url?.startsWith('blob:')) continue;
    try {
      bytes.push({ url, size: (await (await fetch(url)).arrayBuffer()).byteLength });
    } catch {}
  }
  return {
    text: texts.join('\n'),
    shadowHosts: [...document.querySelectorAll('[data-photo-triage]')].filter((h) => h.shadowRoot).length,
    spiedRoots: window.__spy.roots.length,
    bytes,
  };
}

export default async function (t) {
  const mailbox = await startMailbox();
  t.cleanup(mailbox.close);
  const { context, extensionId } = await t.launch({ hostRules: mailbox.hostRules, revealClosedRoots: false });
  await loadSampleData(context, extensionId);
  const referenceFile = join(t.fixtures, 'photos/generated/good-3000.jpg');
  await approveReference(context, extensionId, referenceFile);
  await gmailPageGetsNothing(t, context, mailbox, referenceFile);
  await forgedDownloadIgnored(t, context, mailbox);
}

/** The buyer's approved reference photo on the first shot of PO-2026-0417's current stage. */
async function approveReference(context, extensionId, referenceFile) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#/orders`);
  await options
    .getByRole('link', { name: /PO-2026-0417/ })
    .first()
    .click();
  await options.locator('[data-testid=checklist]').waitFor();
  const firstShot = options.locator('li[data-shot-id]').first();
  await firstShot.getByLabel(/^Add reference photos for/).setInputFiles(referenceFile);
  await firstShot.locator('[data-reference-id] img').waitFor();
  await options.close();
}

/** Gmail: the page's scripts read none of the panel's text, none of its roots, none of its pictures. */
async function gmailPageGetsNothing(t, context, mailbox, referenceFile) {
  const { assert } = t;
  const page = await context.newPage();
  await page.addInitScript(installSpy);
  const cdp = await context.newCDPSession(page);
  await page.goto(mailbox.url('eight-photos-and-zip.html'));

  // The panel shows the order and the reference photo (read through the protocol), every badge is final.
  const referenceShown = (e) =>
    /^Reference \d+ for /.test(e.attrs['aria-label'] ?? e.attrs.alt ?? '') &&
    (e.tag === 'img' || 'data-drawn' in e.attrs);
  await until('the panel with its reference photo', async () => {
    const p = (await ourUi(cdp)).find((h) => h.tag === 'photo-triage-panel');
    return p && /Ceramic mug/.test(p.text) && p.elements.some(referenceShown);
  });
  await until('badges final', async () => {
    const list = await badges(cdp);
    return list.length >= 9 && list.every((b) => !/checking/.test(b.text)) && list;
  });

  // The page's side: nothing of the panel, no root of ours, no bytes.
  const stolen = await page.evaluate(pageSteals);
  t.log(
    `the page reached ${stolen.shadowHosts} shadow roots of ours, spied ${stolen.spiedRoots}, fetched ${stolen.bytes.length} blob: URLs (${stolen.bytes.map((b) => b.size).join(', ')} bytes)`,
  );
  for (const secret of ['Ceramic mug', 'Draft re-request', 'Reference 1 for', 'Checklist:'])
    assert.ok(!stolen.text.includes(secret), `the page read "${secret}" of our panel`);
  assert.equal(stolen.shadowHosts, 0, 'the page reached a shadow root of ours');
  assert.equal(stolen.spiedRoots, 0, "the page's attachShadow patch caught a root of ours");
  const referenceSize = readFileSync(referenceFile).byteLength;
  assert.deepEqual(
    stolen.bytes,
    [],
    `the page fetched bytes of ours (the reference photo is ${referenceSize} bytes)`,
  );

  // Our side, through the protocol: closed roots only, the pictures drawn, no object URL anywhere.
  const ui = await ourUi(cdp);
  assert.ok(ui.length >= 10, `our hosts: ${ui.map((h) => h.tag).join(' ')}`);
  assert.deepEqual(
    [...new Set(ui.flatMap((h) => h.modes))],
    ['closed'],
    'every shadow root of ours is closed',
  );
  const panel = ui.find((h) => h.tag === 'photo-triage-panel');
  for (const want of ['Ceramic mug 350 ml, speckled glaze', 'Draft re-request'])
    assert.ok(panel.text.includes(want), `panel shows ${want}`);
  const pictures = panel.elements.filter((e) => e.tag === 'canvas' && 'data-drawn' in e.attrs);
  assert.ok(
    pictures.some((e) => /^Reference \d+ for /.test(e.attrs['aria-label'])),
    'the reference photo is drawn',
  );
  const ourUrls = ui
    .flatMap((h) => h.elements.flatMap((e) => Object.values(e.attrs)))
    .filter((v) => /blob:/.test(v));
  assert.deepEqual(ourUrls, [], 'no blob: URL in our UI');
  await t.screenshot(page, 'page-isolation-gmail');
}

/** Outlook: a forged download counts for nothing, the buyer's own click does. */
async function forgedDownloadIgnored(t, context, mailbox) {
  const { assert } = t;
  const outlook = await context.newPage();
  const ocdp = await context.newCDPSession(outlook);
  await outlook.goto(mailbox.outlookUrl('download-only.html'));
  await until('both tiles waiting for a download', async () => {
    const list = await badges(ocdp);
    return list.length === 2 && list.every((b) => /download to check/.test(b.text));
  });
  await outlook.evaluate(async () => {
    const tile = [...document.querySelectorAll('[role=option]')].find((el) =>
      el.querySelector('[title="dark-2400.jpg"]'),
    );
    /** @type {HTMLElement} */ (tile.querySelector('[aria-label="More actions"]')).click(); // Outlook's menu opens for dark-2400.jpg
    const item = /** @type {HTMLElement} */ (document.querySelector('[role=menu] [aria-label=Download]'));
    item.addEventListener('click', (e) => e.stopPropagation()); // Outlook itself downloads nothing
    item.click();
    // A good photo posted as the dark one, as the page-world hook would post a download.
    // `endpoint`: the fixture page's own function for an attachment's URL (a global binding, not on window).
    const good = await (await fetch(endpoint(location.hostname, 'good-3000.jpg'))).blob();
    window.postMessage(
      { source: 'photo-triage/outlook-download', blob: good, name: 'dark-2400.jpg' },
      location.origin,
    );
  });
  // The buyer downloads blurry-2400.jpg for real; once it is measured, the forgery had its chance too.
  const tile = (file) => outlook.locator(`[role=option]:has([title="${file}"])`);
  await tile('blurry-2400.jpg').locator('[aria-label="More actions"]').click();
  await outlook.locator('[role=menu] [aria-label=Download]').click();
  await until('blurry-2400.jpg measured from the real download', async () =>
    (await badges(ocdp)).find((b) => b.name === 'blurry-2400.jpg' && b.sharpness),
  );
  const afterForgery = (await badges(ocdp)).find((b) => b.name === 'dark-2400.jpg');
  assert.equal(
    afterForgery.width,
    null,
    `the forged Blob was measured as dark-2400.jpg: ${afterForgery.text}`,
  );
  assert.match(afterForgery.text, /download to check/);
  // The buyer's own click on the dark photo's Download: measured from Outlook's file, dark as it is.
  await tile('dark-2400.jpg').locator('[aria-label="More actions"]').click();
  await outlook.locator('[role=menu] [aria-label=Download]').click();
  const dark = await until('dark-2400.jpg measured from the real download', async () =>
    (await badges(ocdp)).find((b) => b.name === 'dark-2400.jpg' && b.sharpness),
  );
  assert.equal(dark.width, 2400);
  assert.ok(dark.findings.includes('dark'), dark.findings.join(' '));
}
