// The demo mailbox: Gmail fixture pages served as https://mail.google.com/..., and their attachments
// answered the way Gmail does — a redirect from mail.google.com to mail-attachment.googleusercontent.com,
// which serves the bytes. Each attachment name maps to one of the project's real photos.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostileBytes, hostilePhotoFor, isHostileName, unescapeHtml } from './hostile-names.mjs';
import { startHttpsServer } from './https-server.mjs';
import { createServiceState, serviceRoute, tokenRefused } from './outlook-service.mjs';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = join(root, 'tests/fixtures');
const generated = join(fixtures, 'photos/generated');

/** Attachment names in the fixtures that are not generated photos themselves: the photo each stands for. */
const STAND_INS = {
  'carton-label-original.jpg': 'generated/good-3000.jpg',
  'carton-label.jpg': 'generated/chat-recompressed-1280.jpg',
  'lamp-front.jpg': 'generated/near-duplicate-1600.jpg',
  'pallet-wrapped.jpg': 'generated/dark-2400.jpg',
  'IMG_20261120_101522.jpg': 'exifr/IMG_20180725_163423.jpg',
  'container-empty.jpg': 'exifr/canon-dslr.jpg',
  'container-half.jpg': 'generated/blurry-2400.jpg',
  'seal.jpg': 'generated/email-downsized-640.jpg',
  'packing-1.jpg': 'generated/good-3000.jpg',
  'packing-2.jpg': 'generated/dark-2400.jpg',
  '微信图片_20261125154012.jpg': 'generated/chat-recompressed-1280.jpg',
  '微信图片_20261125154020.jpg': 'generated/email-downsized-640.jpg',
  'IMG_4471.HEIC': 'exifr/heic-iphone7.heic',
  'pallet-closeup.jpg': 'generated/blurry-2400.jpg',
  'image002.jpg': 'generated/email-downsized-640.jpg',
  '装箱照片-PO-2026-0412.zip': 'generated/supplier-photos.zip',
};

export function photoFor(name) {
  const hostile = hostilePhotoFor(name);
  if (hostile) return hostile;
  if (existsSync(join(generated, name))) return join(generated, name);
  return join(fixtures, 'photos', STAND_INS[name] ?? 'generated/good-3000.jpg');
}

/** `permmsgid|attid` → attachment file name, read from every fixture's download_url and inline pictures. */
function attachmentIndex() {
  const index = new Map();
  for (const file of readdirSync(join(fixtures, 'gmail'))) {
    const raw = readFileSync(join(fixtures, 'gmail', file), 'utf8');
    const html = raw.replaceAll('&amp;', '&');
    // mime:filename:url, the name escaped as in any attribute (and free to hold colons).
    for (const m of raw.matchAll(/download_url="([^"]+)"/g)) {
      const value = unescapeHtml(m[1]);
      const urlAt = value.lastIndexOf(':https://');
      index.set(keyOf(value.slice(urlAt + 1)), value.slice(value.indexOf(':') + 1, urlAt));
    }
    // Cards without download_url (as in Firefox): the card's link, named by the card's .aV3 text after it.
    for (const m of html.matchAll(/href="(https:\/\/mail\.google\.com[^"]*view=att[^"]*)"/g)) {
      const name = html.slice(m.index).match(/class="aV3[^"]*"[^>]*>([^<]+)</)?.[1];
      if (name && !index.has(keyOf(m[1]))) index.set(keyOf(m[1]), name.trim());
    }
    for (const m of html.matchAll(
      /<img[^>]+src="(https:\/\/mail\.google\.com[^"]+disp=emb[^"]*)"[^>]*alt="([^"]*)"/g,
    )) {
      index.set(keyOf(m[1]), m[2] || 'inline.jpg');
    }
  }
  return index;
}

/** Outlook attachment ids in the fixtures end with the base64 of the file name. */
function outlookName(id) {
  for (let i = 0; i < id.length; i++) {
    const name = Buffer.from(id.slice(i), 'base64').toString('utf8');
    if (/^[\w\u4e00-\u9fff .-]+\.(jpe?g|png|heic|zip)$/i.test(name) || isHostileName(name)) return name;
  }
  return undefined;
}

const OUTLOOK_HOSTS = [
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
];

/** Outlook's token hosts: the page's own downloads go there (tests/fixtures/outlook/download-only.html). */
const OUTLOOK_TOKEN_HOSTS = ['attachments.office.net', 'attachment.outlook.live.net'];

/**
 * Gmail's Content-Security-Policy as far as it binds scripts: Trusted Types required for every DOM sink
 * (Google announced it for Gmail in January 2024), violations reported. It binds code in the page's own
 * world (Gmail's, a test's `page.evaluate`), not content scripts in their isolated world. Gmail's full
 * header also lists script sources with nonces; those would block nothing of ours and are left out.
 */
export const GMAIL_CSP = "require-trusted-types-for 'script'; report-uri https://mail.google.com/cspreport";

/**
 * Outlook on the web enforces Trusted Types too: a public report (opentabs-dev/opentabs issue #64,
 * 2026-04-19) shows outlook.cloud.microsoft blocking a page-world script with "This document requires
 * 'TrustedScript' assignment". The rest of Outlook's header is not public: only that directive is served.
 */
export const OUTLOOK_CSP = "require-trusted-types-for 'script'";

function keyOf(url) {
  const u = new URL(url);
  return `${u.searchParams.get('permmsgid')}|${u.searchParams.get('attid')}`;
}

/**
 * Starts the mailbox. `hostRules` map the Gmail and Outlook hosts to it. `stats` counts attachment downloads and
 * the requests still open (so a test can see work cancelled). Options: `fail: {name: how}` answers those
 * attachments (on the attachment host) with an error status (a number), `'hang'` (never answers),
 * `'loop'` (redirects to itself for ever) or `'stall'` (headers and 64 KB, then silence). The returned
 * `fail` is the same object, read at each request: a test deletes an entry to let a retry succeed.
 * `files: {name: bytes}` serves those attachments with bytes a test made (a zip bomb made at test time).
 */
export async function startMailbox({ fail = {}, delayMs = 0, files = {} } = {}) {
  const index = attachmentIndex();
  // previews: the `sz` of every resized picture Gmail's page (or anyone) asked for (view=fimg), in order.
  const stats = { downloads: [], redirects: 0, aborted: 0, failed: [], previews: [] };
  // Outlook's own service.svc (tests/e2e/outlook-service.mjs): its mode and what it was asked.
  const service = createServiceState();
  const server = await startHttpsServer({
    routes: async (req, res) => {
      const host = (req.headers.host ?? '').split(':')[0];
      const url = new URL(req.url, `https://${host}`);
      if (host === 'mail.google.com' && url.pathname.startsWith('/fixture/')) {
        const file = join(fixtures, 'gmail', url.pathname.slice('/fixture/'.length));
        if (!existsSync(file)) return false;
        res
          .writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': GMAIL_CSP,
          })
          .end(readFileSync(file));
        return true;
      }
      if (host === 'mail.google.com' && url.pathname === '/cspreport') {
        res.writeHead(204).end();
        return true;
      }
      if (host === 'mail.google.com' && url.searchParams.has('attid')) {
        const name = index.get(`${url.searchParams.get('permmsgid')}|${url.searchParams.get('attid')}`);
        if (!name) return false;
        if (url.searchParams.get('view') === 'fimg') {
          stats.previews.push(url.searchParams.get('sz') ?? '');
          // The preview Gmail shows in the body: the page loads it itself.
          res.writeHead(200, { 'content-type': 'image/jpeg' }).end(readFileSync(photoFor(name)));
          return true;
        }
        stats.redirects++;
        const target = `https://mail-attachment.googleusercontent.com/attachment/u/0/?name=${encodeURIComponent(name)}`;
        res.writeHead(302, { location: target }).end();
        return true;
      }
      if (OUTLOOK_HOSTS.includes(host) && url.pathname.startsWith('/mail/fixture/')) {
        const file = join(fixtures, 'outlook', url.pathname.slice('/mail/fixture/'.length));
        if (!existsSync(file)) return false;
        res
          .writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': OUTLOOK_CSP,
          })
          .end(readFileSync(file));
        return true;
      }
      if (
        OUTLOOK_HOSTS.includes(host) &&
        serviceRoute(req, res, url, service, { photoFor, nameOf: outlookName })
      )
        return true;
      const tokenHost = OUTLOOK_TOKEN_HOSTS.includes(host);
      if (tokenHost && tokenRefused(res, url, service, outlookName)) return true;
      const outlookAttachment =
        (OUTLOOK_HOSTS.includes(host) || tokenHost) &&
        /\/service\.svc\/s\/Get(File|AttachmentThumbnail)/i.test(url.pathname);
      if (
        (host === 'mail-attachment.googleusercontent.com' && url.pathname.startsWith('/attachment/')) ||
        outlookAttachment
      ) {
        const name =
          (outlookAttachment
            ? outlookName(url.searchParams.get('id') ?? '')
            : url.searchParams.get('name')) ?? '';
        const failure = fail[name];
        if (failure) stats.failed.push(`${name}: ${failure}`);
        if (typeof failure === 'number') {
          res.writeHead(failure, { 'content-type': 'text/plain' }).end('refused');
          return true;
        }
        if (failure === 'hang') return true; // never a byte back: only the client's timeout ends it
        if (failure === 'loop') {
          // Redirected to itself for ever (fetch gives up after 20).
          res.writeHead(302, { location: url.href }).end();
          return true;
        }
        const bytes = files[name] ?? hostileBytes(name) ?? readFileSync(photoFor(name));
        if (failure === 'stall') {
          // The headers and the first 64 KB, then nothing more.
          res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': bytes.length });
          res.write(bytes.subarray(0, 64 * 1024));
          return true;
        }
        stats.downloads.push(name);
        res.on('close', () => {
          if (!res.writableFinished) stats.aborted++;
        });
        res.writeHead(200, {
          'content-type': name.endsWith('.zip') ? 'application/zip' : 'image/jpeg',
          'content-length': bytes.length,
          // The token host answers as a file to save, so the page's navigation there is a download.
          ...(tokenHost ? { 'content-disposition': `attachment; filename="${name}"` } : {}),
        });
        if (delayMs) {
          // Trickle the bytes, so a test can close the message while downloads are running.
          let offset = 0;
          const step = () => {
            if (res.destroyed) return;
            res.write(bytes.subarray(offset, offset + 64 * 1024));
            offset += 64 * 1024;
            if (offset < bytes.length) setTimeout(step, delayMs);
            else res.end();
          };
          step();
        } else res.end(bytes);
        return true;
      }
      return false;
    },
  });
  return {
    ...server,
    stats,
    fail,
    service,
    hostRules: [
      'mail.google.com',
      'mail-attachment.googleusercontent.com',
      ...OUTLOOK_HOSTS,
      ...OUTLOOK_TOKEN_HOSTS,
    ].map((h) => `MAP ${h} 127.0.0.1:${server.port}`),
    url: (fixture) => `https://mail.google.com/fixture/${fixture}`,
    outlookUrl: (fixture, host = 'outlook.office.com') => `https://${host}/mail/fixture/${fixture}`,
  };
}
