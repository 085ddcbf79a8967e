// The permissions the built extension asks for, exactly. Adding one must be a deliberate change here
// and in the README's privacy section, which justifies each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const name = 'manifest: the fewest permissions that work';
export const firefox =
  "Chromium only: reads chrome://extensions and the service worker (serviceWorkers()); Firefox's manifest is checked by tests/build and addons-linter";

export default async function (t) {
  const manifest = JSON.parse(readFileSync(join(t.extensionPath, 'manifest.json'), 'utf8'));
  // "scripting": start the content script in mail tabs open before an install or update; "storage" and
  // "alarms": team sync's settings and its 30 s pass (none shows an install warning).
  t.assert.deepEqual(manifest.permissions, ['scripting', 'storage', 'alarms']);
  // Team sync's server: optional, asked for in Settings → Team for that one origin, never at install.
  t.assert.deepEqual(manifest.optional_host_permissions, [
    'https://*/*',
    'http://127.0.0.1/*',
    'http://localhost/*',
  ]);
  t.assert.deepEqual(manifest.host_permissions, [
    'https://mail.google.com/*',
    'https://mail-attachment.googleusercontent.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
    'https://attachments.office.net/*',
    'https://attachment.outlook.live.net/*',
  ]);
  const outlookMail = [
    'https://outlook.cloud.microsoft/mail/*',
    'https://outlook.live.com/mail/*',
    'https://outlook.office.com/mail/*',
    'https://outlook.office365.com/mail/*',
  ];
  // The Outlook download hook is the only script in the page's own world: it watches Outlook hand files
  // to the browser (the capture strategy), on the same mail paths only.
  t.assert.deepEqual(
    manifest.content_scripts.map((c) => [c.js.join(), c.world ?? 'ISOLATED', [...c.matches].sort()]),
    [
      ['content-scripts/gmail.js', 'ISOLATED', ['https://mail.google.com/*']],
      ['content-scripts/outlook-download-hook.js', 'MAIN', outlookMail],
      ['content-scripts/outlook.js', 'ISOLATED', outlookMail],
    ],
  );
  t.assert.equal(manifest.externally_connectable, undefined, 'no web page can message the extension');
  t.assert.equal(manifest.web_accessible_resources, undefined, 'no extension file is exposed to pages');

  // What Chromium made of it: exactly these permissions granted, and the name and description read from
  // _locales (tests/build/manifests.test.mjs checks all three builds' files; this checks a browser).
  const { context } = await t.launch();
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const seen = await worker.evaluate(async () => ({
    granted: await chrome.permissions.getAll(),
    name: chrome.i18n.getMessage('extName'),
    description: chrome.i18n.getMessage('extDescription'),
    manifestName: chrome.runtime.getManifest().name,
  }));
  t.assert.deepEqual([...seen.granted.permissions].sort(), ['alarms', 'scripting', 'storage']);
  // Chromium lists the content scripts' matches among the granted origins too.
  const origins = new Set([
    ...manifest.host_permissions,
    ...manifest.content_scripts.flatMap((c) => c.matches),
  ]);
  t.assert.deepEqual([...seen.granted.origins].sort(), [...origins].sort());
  t.assert.equal(seen.name, 'Photo Triage');
  t.assert.match(seen.description, /production photos suppliers email you/);
  t.log(`Chromium reads the manifest name as ${JSON.stringify(seen.manifestName)}`);

  // A Chinese browser shows the Chinese name and description (chrome://extensions, the toolbar).
  const zh = await t.launch({ lang: 'zh-CN' });
  const zhWorker = zh.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const zhSeen = await zhWorker.evaluate(() => ({
    name: chrome.runtime.getManifest().name,
    description: chrome.runtime.getManifest().description,
    title: chrome.i18n.getMessage('actionTitle'),
  }));
  t.assert.equal(zhSeen.name, 'Photo Triage 供应商照片检查');
  t.assert.match(zhSeen.description, /供应商邮件里的生产照片/);
  t.assert.equal(zhSeen.title, 'Photo Triage：供应商照片检查');
  const page = await zh.context.newPage();
  await page.goto('chrome://extensions');
  await page.waitForTimeout(500);
  await t.screenshot(page, 'extensions-zh-CN');
}
