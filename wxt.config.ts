import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { GMAIL_HOSTS, matchPatterns, OUTLOOK_HOSTS } from './utils/mail/hosts';

/** Where a team's CouchDB may be (Settings → Team asks for exactly one origin of these). */
const TEAM_SERVER_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

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
    // "storage": Settings → Team and its status (browser.storage.local, no web page can read it);
    // "alarms": team sync's pass every 30 s, which also wakes Chrome's stopped service worker. Neither
    // shows an install warning. README › Team.
    permissions: browser === 'firefox' ? ['storage', 'alarms'] : ['scripting', 'storage', 'alarms'],
    // Team sync's server: asked for in Settings → Team for that one server, when it is turned on,
    // never at install. Chrome MV3 lists it as optional host permissions, Firefox MV2 among optional
    // permissions. HTTPS anywhere; plain HTTP only on this machine (a local CouchDB).
    ...(browser === 'firefox'
      ? { optional_permissions: TEAM_SERVER_ORIGINS }
      : { optional_host_permissions: TEAM_SERVER_ORIGINS }),
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
              // Nothing leaves the browser unless the buyer turns team sync on: then the shared records
              // (supplier names and addresses, orders, photos' measurements and decisions) go to the
              // team's own server (README › Privacy), asked for at that moment.
              data_collection_permissions: {
                required: ['none'],
                optional: ['personallyIdentifyingInfo', 'personalCommunications'],
              },
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
