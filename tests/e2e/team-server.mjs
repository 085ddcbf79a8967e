// The team's CouchDB for the e2e tests and the bench: PouchDB Server from npm (devDependency), in memory,
// on 127.0.0.1 and a free port, speaking CouchDB's replication protocol. Debian has no CouchDB package.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

async function spawnServer(port, cwd, persistent) {
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/pouchdb-server/bin/pouchdb-server'),
      ...(persistent ? ['--dir', cwd] : ['--in-memory']),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--no-stdout-logs',
    ],
    { cwd, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (!running(child)) throw new Error(`pouchdb-server exited: ${stderr}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    if (i > 100) throw new Error(`pouchdb-server did not answer on ${url} in 20 s: ${stderr}`);
    await sleep(200);
  }
}

/** Whether the process still runs (one killed by a signal has no exit code, only a signal code). */
const running = (child) => child.exitCode === null && child.signalCode === null;

async function stopChild(child) {
  if (running(child)) {
    child.kill();
    await new Promise((r) => child.once('exit', r));
  }
}

/**
 * Starts the server; `close()` stops it (and with it every database: they are in memory). With
 * `{ persistent: true }` the databases are files in its own directory, so `stop()` and `restart()` (same
 * port) act out a server that goes down and comes back with its data (team-mail.e2e.mjs).
 */
export async function startTeamServer({ persistent = false } = {}) {
  const port = await freePort();
  // It writes config.json and log.txt where it runs: a directory of its own, removed after.
  const cwd = mkdtempSync(join(tmpdir(), 'photo-triage-couch-'));
  let child = await spawnServer(port, cwd, persistent);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    /** Creates a database and returns its URL. */
    async createDatabase(name) {
      const r = await fetch(`${url}/${name}`, { method: 'PUT' });
      if (!r.ok) throw new Error(`PUT /${name}: ${r.status} ${await r.text()}`);
      return `${url}/${name}`;
    },
    /** A CouchDB user (the _users database), as a team's administrator makes one for each person. */
    async createUser(name, password) {
      const r = await fetch(`${url}/_users/org.couchdb.user:${name}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, password, roles: [], type: 'user' }),
      });
      if (!r.ok) throw new Error(`creating user ${name}: ${r.status} ${await r.text()}`);
    },
    /** The server goes down (connections refused from now on); its files stay when persistent. */
    async stop() {
      await stopChild(child);
    },
    /** Back on the same port, with the databases it had (persistent) or none (in memory). */
    async restart() {
      await stopChild(child);
      child = await spawnServer(port, cwd, persistent);
    },
    async close() {
      await stopChild(child);
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}
