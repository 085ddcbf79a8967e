// The interface in Simplified Chinese: chosen on Settings, applied at once (the page, <html lang>), and
// kept for the order page and Check photos; each view passes axe in Chinese too.
import { assertAccessible } from './axe.mjs';
import { loadSampleData } from './mail-helpers.mjs';

export const name = 'orders desk in Chinese: interface language on Settings, order page and Check photos';
export const firefox = true;

export default async function (t) {
  const { assert } = t;
  const { context, extensionOrigin } = await t.launch();
  const base = extensionOrigin;
  await loadSampleData(context, extensionOrigin);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));

  await page.goto(`${base}/options.html#/settings`);
  await page.locator('[data-testid=ui-language-zh-CN]').check();
  await page.locator('#page-title', { hasText: '设置' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.equal(await page.locator('nav.desk-nav a[href="#/orders"]').textContent(), '订单');
  await assertAccessible(t, page);
  t.log(`screenshot: ${await t.screenshot(page, 'options-settings-zh')}`);

  // A fresh load of the desk: the saved choice, before anything renders in English.
  await page.goto('about:blank');
  await page.goto(`${base}/options.html#/orders`);
  await page.locator('#page-title', { hasText: '订单' }).waitFor();
  assert.equal(await page.title(), 'Photo Triage — 订单和拍摄清单');
  await page.locator('[data-testid=orders-table][aria-busy=false]').waitFor();
  await assertAccessible(t, page);
  t.log(`screenshot: ${await t.screenshot(page, 'options-orders-zh')}`);

  // The order page: stage tabs, gate line and shots in Chinese, English beside them.
  await page.locator('[data-testid=orders-table] tbody tr a').first().click();
  await page.locator('[data-testid=checklist]').waitFor();
  assert.match(await page.locator('[data-testid=gate-line]').textContent(), /截止|未设截止日期/);
  const firstShot = page.locator('[data-testid=checklist] li[data-shot-id]').first();
  assert.match(await firstShot.locator('.cl-label strong').textContent(), /\p{Script=Han}/u);
  assert.match(await firstShot.locator('.cl-label [lang=en]').textContent(), /[A-Za-z]/);
  await assertAccessible(t, page);
  // The stage editor's dialog-free form and a confirm dialog pass in Chinese too.
  await page.getByRole('button', { name: '编辑详情' }).click();
  await page.locator('[data-testid=order-details]').waitFor();
  await assertAccessible(t, page);
  await page.keyboard.press('Escape');
  t.log(`screenshot: ${await t.screenshot(page, 'options-order-zh')}`);

  // Check photos in another tab follows the saved choice.
  const check = await context.newPage();
  check.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await check.goto(`${base}/check.html`);
  await check.locator('h1', { hasText: '检查照片' }).waitFor();
  assert.equal(await check.evaluate(() => document.documentElement.lang), 'zh-CN');
  await assertAccessible(t, check);
  t.log(`screenshot: ${await t.screenshot(check, 'check-page-zh')}`);

  // Back to following the browser (English here).
  await page.goto(`${base}/options.html#/settings`);
  await page.locator('[data-testid=ui-language-browser]').check();
  await page.locator('#page-title', { hasText: 'Settings' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(errors, []);
}
