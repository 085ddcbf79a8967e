// A tiny HTTPS server on 127.0.0.1 for fixture pages. Chromium reaches it under real mail host names
// through --host-resolver-rules, so content scripts match exactly as on mail.google.com.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:https';
import { extname, join, normalize, sep } from 'node:path';
import selfsigned from 'selfsigned';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.heic': 'image/heic',
  '.zip': 'application/zip',
  '.svg': 'image/svg+xml',
};

// A throwaway self-signed certificate, made in Node (no openssl command: Windows has none) once per
// process and shared by every server it starts; Chromium is told to ignore certificate errors.
let certificate;
function makeCertificate() {
  certificate ??= selfsigned
    // `days` is read by the selfsigned version installed; its types name it differently.
    .generate([{ name: 'commonName', value: 'localhost' }], /** @type {any} */ ({ days: 1, keySize: 2048 }))
    .then(({ private: key, cert }) => ({ key, cert }));
  return certificate;
}

/**
 * routes(req, res): handle the request and return true (or a promise of true), or false to fall
 * through to staticDir. Unhandled requests get 404.
 * @param {{
 *   routes?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean | Promise<boolean>,
 *   staticDir?: string,
 * }} [options]
 */
export async function startHttpsServer({ routes = () => false, staticDir } = {}) {
  const server = createServer(await makeCertificate(), async (req, res) => {
    try {
      if (await routes(req, res)) return;
      if (staticDir && (await serveStatic(staticDir, req, res))) return;
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${req.url}`);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error?.stack ?? error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  return {
    port: /** @type {import('node:net').AddressInfo} */ (server.address()).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serveStatic(root, req, res) {
  const pathname = decodeURIComponent(new URL(req.url, 'https://x').pathname);
  const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  if (file !== normalize(root) && !file.startsWith(normalize(root) + sep)) return false; // no ../ escapes
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return false;
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'content-length': info.size }).end(await readFile(file));
  return true;
}
