// Names a sender chooses — their display name, the subject, attachment and zip entry names — carrying
// markup that would run if any of it reached the page as HTML: each payload would push its tag onto
// `window.__pwned` in the page's main world, or request https://canary.invalid/ (which the runner's
// network watch would see). Shared by the fixture generator, the mailbox server and the tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { syncClosedRoots } from './closed-roots.mjs';

const root = new URL('../..', import.meta.url).pathname;
const photos = join(root, 'tests/fixtures/photos');

const push = (tag) => `(window.__pwned=window.__pwned||[]).push('${tag}')`;

export const PAYLOAD = {
  img: `<img src=x onerror="${push('img')};fetch('https://canary.invalid/img')">`,
  script: `<script>${push('script')}</script>`,
  svg: `"><svg onload="${push('svg')}">`,
  canary: `<img src="https://canary.invalid/src.png">`,
  // Text that looks like markup once decoded, and a reply placeholder: both must come out as typed.
  entity: '&lt;b&gt;bold&lt;/b&gt; &amp; {po} {contact}',
};

/** The control: markup that runs if parsed (the tests insert it as HTML themselves), with no request. */
export const CONTROL = `<img src=x onerror="${push('control')}">`;

export const HOSTILE_SENDER = `Amy ${PAYLOAD.img} Chen`;
export const HOSTILE_SUBJECT = `PO-2026-0417 ${PAYLOAD.script} ${PAYLOAD.svg} photos`;

/** Attachment names in the hostile fixtures: the fixture's original name → the hostile one. */
export const RENAMED = {
  'email-downsized-640.jpg': `${PAYLOAD.script}label.jpg`,
  'dark-2400.jpg': `${PAYLOAD.svg}carton.jpg`,
  'blurry-2400.jpg': `${PAYLOAD.img}front.jpg`,
  'near-duplicate-1600.jpg': `${PAYLOAD.entity}.jpg`,
  'supplier-photos.zip': `${PAYLOAD.canary}photos.zip`,
};

/** The zip's entries: hostile name → the photo whose bytes it holds (none of the attachments' photos). */
export const ZIP_ENTRIES = {
  [`${PAYLOAD.img}.jpg`]: 'exifr/img_1771.jpg',
  [`${PAYLOAD.svg}${PAYLOAD.script}.jpg`]: 'exifr/canon-dslr.jpg',
  [`${PAYLOAD.canary}.jpg`]: 'exifr/noexif.jpg',
};

/** The photo each hostile attachment name stands for (the fixture's original file). */
export function hostilePhotoFor(name) {
  const original = Object.entries(RENAMED).find(([, hostile]) => hostile === name)?.[0];
  return original && !original.endsWith('.zip') ? join(photos, 'generated', original) : undefined;
}

let zipBytes;
/** The bytes of a hostile attachment that is not a plain photo (the zip), else undefined. */
export function hostileBytes(name) {
  if (name !== RENAMED['supplier-photos.zip']) return undefined;
  zipBytes ??= Buffer.from(
    zipSync(
      Object.fromEntries(
        Object.entries(ZIP_ENTRIES).map(([entry, file]) => [
          entry,
          [readFileSync(join(photos, file)), { level: 0 }],
        ]),
      ),
    ),
  );
  return zipBytes;
}

export const isHostileName = (name) => Object.values(RENAMED).includes(name);

/** HTML-escaped, for text and attribute values in the fixtures. */
export const escapeHtml = (s) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export const unescapeHtml = (s) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

/**
 * In the page: every element our UI rendered (the closed shadow roots of photo-triage-* hosts, read
 * through closed-roots.mjs) that is markup a payload would have made — a script, an inline handler, an
 * img/svg/iframe not ours.
 */
export async function findInjectedMarkup(page) {
  await syncClosedRoots(page);
  return page.evaluate(() => {
    const found = [];
    for (const host of document.querySelectorAll('*')) {
      if (!host.tagName.toLowerCase().startsWith('photo-triage')) continue;
      if (!host.shadowRoot) {
        found.push(`${host.tagName}: its closed root unread (closed-roots.mjs), so nothing was checked`);
        continue;
      }
      for (const el of host.shadowRoot.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase();
        const handlers = [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name);
        if (tag === 'script' || tag === 'iframe' || handlers.length)
          found.push(`${host.tagName}: <${tag} ${handlers.join(' ')}>`);
        if (
          tag === 'img' &&
          !/^(blob:|data:|chrome-extension:|moz-extension:)/.test(el.getAttribute('src') ?? '')
        )
          found.push(`${host.tagName}: <img src=${el.getAttribute('src')}>`);
        if (tag === 'svg' && el.closest('[data-photo-name], .photo-name, .popover h3'))
          found.push(`${host.tagName}: <svg> inside a name`);
      }
    }
    return found;
  });
}
