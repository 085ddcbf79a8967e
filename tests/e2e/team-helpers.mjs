// Shared steps of the team e2e tests (team.e2e.mjs, team-mail.e2e.mjs): a person's browser whose answer to
// the team server's permission prompt is "Allow", and Settings → Team filled in as a person would.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The person's "Allow" on Chromium's prompt for the team server: headless Chromium shows the prompt but
 * nothing can press it (and chrome://extensions' site access covers only hosts the manifest requires).
 * So the tests load a copy of the build whose manifest already grants the local server's origin; the
 * code is the same, and the form's permissions.request finds the permission granted. Removed after.
 */
function buildWithServerAllowed(t) {
  const dir = mkdtempSync(join(tmpdir(), 'photo-triage-team-ext-'));
  cpSync(t.extensionPath, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions.push('http://127.0.0.1/*');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  t.cleanup(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * The person's "Allow" on Firefox's prompt: Firefox shows an optional permission request as a doorhanger
 * in its own chrome, which WebDriver BiDi cannot reach. `extensions.webextOptionalPermissionPrompts:
 * false` (the pref Mozilla's own tests of permissions.request use) answers it "Allow" without showing it,
 * and nothing else: Firefox still refuses a request made outside a click and an origin the manifest's
 * optional_permissions do not list, and grants exactly the origins asked for. So unlike Chromium's
 * pre-granted copy, this runs our permissions.request for real; team.e2e.mjs checks what it granted.
 */
const ALLOW_OPTIONAL_PERMISSIONS = { 'extensions.webextOptionalPermissionPrompts': false };

/** Per test: Chromium's copy of the build that holds the server's permission (made once). */
const allowedBuilds = new WeakMap();

/** A fresh profile of one person of the team, whose browser allows the team server when asked. */
export function launchPerson(t, opts = {}) {
  if (t.browser === 'firefox') return t.launch({ ...opts, firefoxPrefs: ALLOW_OPTIONAL_PERMISSIONS });
  if (!allowedBuilds.has(t)) allowedBuilds.set(t, buildWithServerAllowed(t));
  return t.launch({ ...opts, extensionPath: allowedBuilds.get(t) });
}

/** The origins the extension holds (from one of its pages: Firefox's background page is out of reach). */
export async function grantedOrigins(launched) {
  const page = await launched.context.newPage();
  await page.goto(`${launched.extensionOrigin}/popup.html`);
  const all = await page.evaluate(() => (globalThis.browser ?? chrome).permissions.getAll());
  await page.close();
  return all.origins;
}

/** Settings → Team filled in and turned on; returns the settings page once it says "synced at". */
export async function turnOn(launched, server, who) {
  const page = await launched.context.newPage();
  await page.goto(`${launched.extensionOrigin}/options.html#/settings`);
  const form = page.locator('form[aria-labelledby=team-title]');
  await form.waitFor();
  await form.locator('[name=team-server]').fill(server.url);
  await form.locator('[name=team-database]').fill('team-e2e');
  await form.locator('[name=team-username]').fill('buyer');
  await form.locator('[name=team-password]').fill('secret');
  await form.locator('[name=team-name]').fill(who);
  await form.getByRole('button', { name: 'Save and turn on' }).click();
  await page
    .getByTestId('team-status')
    .filter({ hasText: /synced at/ })
    .waitFor({ timeout: 30_000 })
    .catch(async (e) => {
      const said = await page
        .locator('form[aria-labelledby=team-title] [role=status], [role=alert]')
        .allTextContents();
      throw new Error(`${who}: sync did not report "synced": ${JSON.stringify(said)}\n${e.message}`);
    });
  return page;
}

/** The server and its one user and database, as a team's administrator sets them up. */
export async function teamServer(t, opts) {
  const server = await t.startTeamServer(opts);
  await server.createDatabase('team-e2e');
  await server.createUser('buyer', 'secret');
  return server;
}

/**
 * One person's way to the team server: a relay on 127.0.0.1 (same origin pattern, its own port) that the
 * test can cut, as when that person's laptop goes offline, or that fails one request on its way (the
 * server going down in the middle of a push). Playwright can refuse Chromium's service worker's requests
 * but not those of Firefox's background page, which WebDriver BiDi does not see: the relay works for both.
 * Cut or failed, the browser's connection is dropped, as a lost network does.
 */
export async function personalLine(t, server) {
  let cut = false;
  /** @type {((url: string) => boolean) | undefined} */
  let failHere;
  const sockets = new Set();
  const relay = createServer((req, res) => {
    if (cut || failHere?.(req.url ?? '')) return void req.socket.destroy();
    const { method, url: path, headers } = req;
    const up = request({ host: '127.0.0.1', port: server.port, method, path, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    // The server itself is down: the browser sees what it would without the relay, a dropped connection.
    up.on('error', () => req.socket.destroy());
    req.pipe(up);
  });
  relay.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => relay.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (relay.address());
  const url = `http://127.0.0.1:${port}`;
  t.network.allowTeamServer(url);
  t.cleanup(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => relay.close(resolve));
  });
  return {
    url,
    /** Offline: open connections dropped, every request from now on too. */
    cut() {
      cut = true;
      for (const socket of sockets) socket.destroy();
    },
    /** Back online. */
    restore() {
      cut = false;
    },
    /** Resolves once the first request whose path matches was dropped (later ones pass). */
    failFirst(pattern) {
      return new Promise((resolve) => {
        failHere = (path) => {
          if (!pattern.test(path)) return false;
          failHere = undefined;
          resolve(path);
          return true;
        };
      });
    },
  };
}
