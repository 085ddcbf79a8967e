import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See DESIGN.md: WXT has no Preact module, so the preset is added through Vite.
export default defineConfig({
  manifest: {
    name: 'Photo Triage',
    description:
      'Checks the production photos suppliers email you — size, sharpness, lighting, duplicates — against your shot list.',
    // The extension's own pages need no permissions; mail hosts are added by the mail issues.
    permissions: [],
    action: { default_title: 'Photo Triage — Check photos' },
  },
  vite: () => ({ plugins: [preact()] }),
});
