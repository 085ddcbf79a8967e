// Keyboard, screen readers and the Chinese interface, on the Gmail demo page and the popup: Tab reaches
// each badge then the panel's controls, Enter opens a badge's details, Escape closes them and gives focus
// back; one polite live region per message; axe finds nothing serious. Then the same profile with the
// browser in Chinese: badges, details, panel and popup in Chinese, numbers unchanged.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertAccessible } from './axe.mjs';
import { loadSampleData, OUR_UI, readBadges, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

export const name = 'gmail keyboard, screen-reader labels and the Chinese interface; popup likewise';
export const firefox = true;

/** What has focus, looking through open shadow roots: the host, and the element inside it. */
function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    let host = null;
    while (el?.shadowRoot?.activeElement) {
      host = el.tagName.toLowerCase();
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      host,
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      className: typeof el.className === 'string' ? el.className : '',
      label: el.getAttribute('aria-label') ?? '',
      text: (el.textContent ?? '').trim().slice(0, 60),
      outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0,
    };
  });
}

/** Press Tab until `predicate(focused)` holds; every stop is returned. */
async function tabUntil(page, predicate, max = 80) {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    stops.push(f);
    if (f && predicate(f)) return stops;
  }
  throw new Error(
    `not reached in ${max} Tabs; stops: ${stops.map((s) => (s ? `${s.host ?? ''}>${s.tag}.${s.className}` : '-')).join(', ')}`,
  );
}

export default async function (t) {
  const { assert } = t;
  const mailbox = await startMailbox();
  t.cleanup(mailbox.close);
  // One profile for both halves: sample data loaded in English, then the browser reopened in Chinese.
  const profile = mkdtempSync(join(tmpdir(), 'photo-triage-e2e-lang-'));
  t.cleanup(async () => rmSync(profile, { recursive: true, force: true }));
  const english = await t.launch({ hostRules: mailbox.hostRules, userDataDir: profile });
  await loadSampleData(english.context, english.extensionOrigin);
  const page = await english.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(mailbox.url('eight-photos-and-zip.html'));
  await waitForBadges(page, 9, Date.now());
  const panel = page.locator('photo-triage-panel [data-panel=triage]');
  await panel.locator('.cl-shot').first().waitFor();
  await badgeNamesAndLiveRegion(t, page);
  await badgeByKeyboard(t, page);
  await onToThePanel(t, page);
  await popupByKeyboard(t, english);
  assert.deepEqual(errors, [], 'no page errors');
  await english.close();

  // ---- The same profile, the browser in Chinese ----
  const chinese = await t.launch({ hostRules: mailbox.hostRules, userDataDir: profile, lang: 'zh-CN' });
  await gmailInChinese(t, chinese, mailbox, errors);
  await popupInChinese(t, chinese);
  assert.deepEqual(errors, [], 'no page errors');
}

/**
 * Each badge is a button named for its file, its numbers and its verdict in words; one polite live
 * region for the message (not one per badge) says what the check found.
 */
async function badgeNamesAndLiveRegion({ assert }, page) {
  const names = await page.$$eval('photo-triage-badge', (hosts) =>
    hosts.map((h) => h.shadowRoot?.querySelector('button.badge')?.getAttribute('aria-label') ?? ''),
  );
  assert.ok(
    names.includes('email-downsized-640.jpg: 640×480, 42 KB — too small'),
    `badge names: ${names.join(' | ')}`,
  );
  assert.ok(
    names.some((n) => /^good-3000\.jpg: 3000×2250, [\d.]+ MB — good$/.test(n)),
    names.join(' | '),
  );
  const live = await page.$$eval('photo-triage-panel, photo-triage-badge', (hosts) =>
    hosts.flatMap((h) =>
      [...(h.shadowRoot?.querySelectorAll('[aria-live], [role=status], [role=alert]') ?? [])].map((el) => ({
        host: h.tagName.toLowerCase(),
        live: el.getAttribute('aria-live'),
        text: el.textContent,
        announcer: el.hasAttribute('data-live'),
      })),
    ),
  );
  const announcers = live.filter((l) => l.announcer);
  assert.equal(announcers.length, 1, 'one live region for the message');
  assert.equal(announcers[0].live, 'polite');
  assert.match(announcers[0].text, /checked 12 photos: \d+ to re-request, \d+ to check, \d+ good/);
  assert.ok(!live.some((l) => l.host === 'photo-triage-badge'), 'badges announce nothing themselves');
}

/**
 * Keyboard: from the top of the page, Tab reaches the first badge with a visible focus ring; Enter opens
 * its details and moves focus into them; Escape closes them and focus returns to the badge.
 */
async function badgeByKeyboard(t, page) {
  const { assert } = t;
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const toBadge = await tabUntil(
    page,
    (f) => f.host === 'photo-triage-badge' && f.className.includes('badge'),
  );
  const badge = toBadge.at(-1);
  assert.ok(badge.outline, 'the focused badge shows a focus outline');
  t.log(`first badge after ${toBadge.length} Tabs: ${badge.label}`);
  await page.keyboard.press('Enter');
  await page.locator('photo-triage-badge [role=dialog]').waitFor();
  const inDialog = await focused(page);
  assert.equal(inDialog?.role, 'dialog', 'focus moves into the details');
  assert.match(inDialog.label, /^Details for /);
  await t.screenshot(page, 'gmail-keyboard-details');
  await page.keyboard.press('Escape');
  const back = await focused(page);
  assert.equal(back?.label, badge.label, 'focus is back on the badge');
  assert.equal(await page.locator('photo-triage-badge [role=dialog]').count(), 0, 'details closed');
  // Space opens them too; Close inside is reachable by Tab.
  await page.keyboard.press('Space');
  await page.locator('photo-triage-badge [role=dialog]').waitFor();
  await page.keyboard.press('Tab');
  const close = await focused(page);
  assert.match(close?.label ?? '', /^Close details for /);
  await page.keyboard.press('Enter');
  assert.equal((await focused(page))?.label, badge.label, 'Close gives focus back to the badge');
}

/** Tab walks on through the other badges to the panel: its head, then the order picker. */
async function onToThePanel(t, page) {
  const { assert } = t;
  const toPanel = await tabUntil(page, (f) => f.host === 'photo-triage-panel' && f.tag === 'select');
  const badgeStops = toPanel.filter((f) => f?.host === 'photo-triage-badge' && f.className.includes('badge'));
  assert.ok(badgeStops.length >= 8, `every other badge on the way (${badgeStops.length})`);
  const head = toPanel.find((f) => f?.host === 'photo-triage-panel' && f.className.includes('panel-head'));
  assert.ok(head, 'the panel head (collapse) is reachable');
  assert.ok(toPanel.at(-1).outline, 'the order picker shows a focus outline');
  const panelRegion = await page.$eval('photo-triage-panel', (h) => {
    const s = h.shadowRoot.querySelector('section');
    return { tag: s.tagName, label: s.getAttribute('aria-label') };
  });
  assert.equal(panelRegion.tag, 'SECTION', 'the panel is a region');
  assert.match(panelRegion.label, /^Photo Triage: Ningbo Bright Lighting/, 'named for the supplier');
  await assertAccessible(t, page, { include: OUR_UI });
}

/** The popup, by keyboard: its first stop is Check photos; axe finds nothing serious. */
async function popupByKeyboard(t, english) {
  const { assert } = t;
  const popup = await english.context.newPage();
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.goto(`${english.extensionOrigin}/popup.html`);
  await popup.locator('.pp-section').first().waitFor();
  assert.equal(await popup.getAttribute('html', 'lang'), 'en');
  await popup.keyboard.press('Tab');
  assert.equal((await focused(popup))?.text, 'Check photos');
  await assertAccessible(t, popup);
}

/** Badges, details and panel in Chinese, numbers unchanged. */
async function gmailInChinese(t, chinese, mailbox, errors) {
  const { assert } = t;
  const zhPage = await chinese.context.newPage();
  zhPage.on('pageerror', (e) => errors.push(e.message));
  await zhPage.goto(mailbox.url('eight-photos-and-zip.html'));
  assert.match(await zhPage.evaluate(() => navigator.language), /^zh/, 'the browser is in Chinese');
  await waitForBadges(zhPage, 9, Date.now());
  const zhBadges = await readBadges(zhPage);
  const small = zhBadges.find((b) => b.name === 'email-downsized-640.jpg');
  assert.equal(small.text, '640×480 · 42 KB ✗ 分辨率太低', 'numbers as they are, words in Chinese');
  assert.match(zhBadges.find((b) => b.name === 'supplier-photos.zip').text, /^压缩包 · 4 张照片/);
  const zhPanel = zhPage.locator('photo-triage-panel [data-panel=triage]');
  await zhPanel.locator('.cl-shot').first().waitFor();
  const summary = await zhPanel.locator('.panel-summary').textContent();
  assert.match(summary, /PO-2026-0417/);
  assert.match(summary, /已收到 \d+\/\d+ 项/);
  assert.match(await zhPanel.textContent(), /拍摄清单|订单/);
  assert.doesNotMatch(await zhPanel.textContent(), /Accept|Reject|Draft re-request|missing/);
  await zhPage.locator('photo-triage-badge button.badge').nth(3).click();
  const details = zhPage.locator('photo-triage-badge [role=dialog]');
  await details.waitFor();
  assert.match(await details.textContent(), /分辨率/);
  await t.screenshot(zhPage, 'gmail-chinese');
  await assertAccessible(t, zhPage, { include: OUR_UI });
}

async function popupInChinese(t, chinese) {
  const { assert } = t;
  const zhPopup = await chinese.context.newPage();
  await zhPopup.setViewportSize({ width: 360, height: 640 });
  await zhPopup.goto(`${chinese.extensionOrigin}/popup.html`);
  await zhPopup.locator('.pp-section').first().waitFor();
  assert.equal(await zhPopup.getAttribute('html', 'lang'), 'zh-CN');
  const popupText = await zhPopup.locator('.pp-root').textContent();
  assert.match(popupText, /检查照片/);
  assert.match(popupText, /需要补充照片|即将到期的节点/);
  assert.doesNotMatch(popupText, /Check photos|Needs photos|Orders desk/);
  await t.screenshot(zhPopup, 'popup-chinese');
  await assertAccessible(t, zhPopup);
}
