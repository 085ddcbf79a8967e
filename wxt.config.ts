import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { GMAIL_HOSTS, matchPatterns, OUTLOOK_HOSTS } from './utils/mail/hosts';

// See DESIGN.md: WXT has no Preact module, so the preset is added through Vite.
export default defineConfig({
  // Chrome and Edge on MV3; Firefox on MV2 (WXT's default for it), because that is the build the e2e
  // suite runs green in a real Firefox ESR 153 (README › Browsers). Not for the old reason: Firefox 127+
  // grants MV3 host permissions at install, and 128+ runs `world: "MAIN"` scripts in MV2 too.
  manifest: ({ browser }) => ({
    // Name and description from public/_locales (en, zh_CN), for the browser and the stores.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // Chrome and Edge: "scripting" (no install warning) to start the content script in mail tabs that
    // were open before an install or update (entrypoints/background.ts). Firefox injects into open tabs
    // itself: no API permission there.
    permissions: browser === 'firefox' ? [] : ['scripting'],
    // Hosts: the mail site (the content script, and downloading attachments from the background) and
    // the hosts its attachment links redirect to. README › Privacy explains each.
    host_permissions: matchPatterns([
      ...GMAIL_HOSTS.pages,
      ...GMAIL_HOSTS.attachments,
      ...OUTLOOK_HOSTS.pages,
      ...OUTLOOK_HOSTS.attachments,
    ]),
    // The browsers' defaults, written out so the manifest test pins them: our own scripts only.
    // (WXT writes it as MV2's string for Firefox.)
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // The toolbar button's tooltip is set in entrypoints/popup/index.html (WXT takes it from there).
    // Firefox only (Chrome would warn about an unknown key):
    browser_specific_settings:
      browser !== 'firefox'
        ? undefined
        : {
            gecko: {
              // Final: addons.mozilla.org ties the listing, updates and every user's data (the
              // moz-extension origin's IndexedDB) to this id; it can never change after the first upload.
              id: 'photo-triage@photo-triage.org',
              // 140 (the current ESR) is the first Firefox that reads data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the browser (README › Privacy).
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
  }),
  zip: {
    // Firefox's sources zip, for AMO's review of minified code: what `npm ci && npm run build:firefox`
    // needs, not the 37 MB of test photos, screenshots or local outputs.
    excludeSources: ['tests/**', 'demo-output/**', 'test-output/**', '.e2e-tmp/**', '*.log'],
  },
  vite: () => ({ plugins: [preact()] }),
});
