// The three built manifests, exactly: permissions, host permissions, content-script matches, CSP, locales,
// Firefox's settings. Adding a permission must be a deliberate change here and in the README's privacy
// section, which justifies each. Run after the three builds (npm test does): node --test tests/build/
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;
const read = (build, file) => JSON.parse(readFileSync(join(root, '.output', build, file), 'utf8'));

const HOSTS = [
  'https://mail.google.com/*',
  'https://mail-attachment.googleusercontent.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
  'https://attachments.office.net/*',
  'https://attachment.outlook.live.net/*',
];
const OUTLOOK_MAIL = [
  'https://outlook.cloud.microsoft/mail/*',
  'https://outlook.live.com/mail/*',
  'https://outlook.office.com/mail/*',
  'https://outlook.office365.com/mail/*',
];
const CONTENT_SCRIPTS = [
  { js: ['content-scripts/gmail.js'], matches: ['https://mail.google.com/*'], run_at: 'document_idle' },
  { js: ['content-scripts/outlook.js'], matches: OUTLOOK_MAIL, run_at: 'document_idle' },
];
/**
 * The Outlook hook in the page's own world (download capture, Outlook's service): every build, Firefox's
 * MV2 too (Firefox 128+ runs `world: "MAIN"` manifest scripts in MV2; WXT 0.21 passes `world` through).
 */
const DOWNLOAD_HOOK = {
  js: ['content-scripts/outlook-download-hook.js'],
  matches: OUTLOOK_MAIL,
  run_at: 'document_start',
  world: 'MAIN',
};
const CSP = "script-src 'self'; object-src 'self'";
/** Where a team's CouchDB may be: HTTPS anywhere, plain HTTP only on this machine. */
const TEAM_SERVERS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

const BUILDS = {
  'chrome-mv3': { mv: 3 },
  'edge-mv3': { mv: 3 },
  'firefox-mv2': { mv: 2 },
};

for (const [build, { mv }] of Object.entries(BUILDS)) {
  test(`${build}: the fewest permissions that work`, () => {
    assert.ok(existsSync(join(root, '.output', build, 'manifest.json')), `${build} is built`);
    const m = read(build, 'manifest.json');
    assert.equal(m.manifest_version, mv);
    if (mv === 3) {
      // "scripting": start the content script in mail tabs open before an install or update;
      // "storage" and "alarms": team sync's settings and its pass every 30 s (no install warning).
      assert.deepEqual(m.permissions, ['scripting', 'storage', 'alarms']);
      assert.deepEqual(m.host_permissions, HOSTS);
      // Team sync's one server, asked for in Settings → Team when it is turned on.
      assert.deepEqual(m.optional_host_permissions, TEAM_SERVERS);
      assert.equal(m.optional_permissions, undefined);
      assert.deepEqual(m.content_security_policy, { extension_pages: CSP });
      assert.deepEqual(m.background, { service_worker: 'background.js' });
      assert.equal(m.browser_specific_settings, undefined, 'Firefox settings only in the Firefox build');
    } else {
      // MV2 lists hosts among permissions; Firefox injects into open tabs itself, so no "scripting".
      assert.deepEqual(m.permissions, ['storage', 'alarms', ...HOSTS]);
      assert.equal(m.host_permissions, undefined);
      assert.deepEqual(m.optional_permissions, TEAM_SERVERS);
      assert.equal(m.content_security_policy, CSP);
      assert.deepEqual(m.background, { scripts: ['background.js'] });
      assert.deepEqual(m.browser_specific_settings, {
        gecko: {
          id: 'photo-triage@photo-triage.org',
          strict_min_version: '140.0',
          // Nothing, unless team sync is turned on: then what is shared goes to the team's server.
          data_collection_permissions: {
            required: ['none'],
            optional: ['personallyIdentifyingInfo', 'personalCommunications'],
          },
        },
        gecko_android: { strict_min_version: '142.0' },
      });
    }
    assert.deepEqual(
      m.content_scripts.map((c) => ({ ...c, matches: [...c.matches].sort() })),
      [CONTENT_SCRIPTS[0], DOWNLOAD_HOOK, CONTENT_SCRIPTS[1]],
    );
    assert.equal(m.externally_connectable, undefined, 'no web page can message the extension');
    assert.equal(m.web_accessible_resources, undefined, 'no extension file is exposed to pages');
  });

  test(`${build}: "scripting" is there exactly when the background uses it`, () => {
    const background = readFileSync(join(root, '.output', build, 'background.js'), 'utf8');
    // Chromium builds start the content script in already-open mail tabs; Firefox does that itself. (Both
    // inject the message UI: Firefox through tabs.executeScript, which needs no "scripting".)
    assert.equal(background.includes('scripting.executeScript'), mv === 3);
  });

  test(`${build}: name, description and button title localised (en, zh_CN)`, () => {
    const m = read(build, 'manifest.json');
    assert.equal(m.default_locale, 'en');
    const action = m.action ?? m.browser_action;
    const keys = [m.name, m.description, action.default_title].map((v) => v.match(/^__MSG_(\w+)__$/)?.[1]);
    assert.deepEqual(keys, ['extName', 'extDescription', 'actionTitle']);
    for (const locale of ['en', 'zh_CN']) {
      const messages = read(build, `_locales/${locale}/messages.json`);
      for (const key of keys) assert.ok(messages[key]?.message, `${locale} has ${key}`);
      // Chrome Web Store limits: name 75 characters, description 132.
      assert.ok(messages.extName.message.length <= 75);
      assert.ok(messages.extDescription.message.length <= 132);
      if (locale === 'zh_CN') assert.match(messages.extDescription.message, /供应商/);
    }
  });
}
