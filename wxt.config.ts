import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { GMAIL_HOSTS, matchPatterns, OUTLOOK_HOSTS } from './utils/mail/hosts';

// See DESIGN.md: WXT has no Preact module, so the preset is added through Vite.
export default defineConfig({
  manifest: {
    name: 'Photo Triage',
    description:
      'Checks the production photos suppliers email you — size, sharpness, lighting, duplicates — against your shot list.',
    // No API permissions. Hosts: the mail site (the content script, and downloading attachments from
    // the background) and the host its attachment links redirect to. README › Privacy explains each.
    permissions: [],
    host_permissions: matchPatterns([
      ...GMAIL_HOSTS.pages,
      ...GMAIL_HOSTS.attachments,
      ...OUTLOOK_HOSTS.pages,
      ...OUTLOOK_HOSTS.attachments,
    ]),
    action: { default_title: 'Photo Triage' },
  },
  vite: () => ({ plugins: [preact()] }),
});
