// Settings → Team: where the team's CouchDB is and who this person is, kept in the extension's own
// storage (browser.storage.local: no web page can read it), and the status every page shows.
// Pure helpers here; the browser calls are in utils/sync/background.ts and the Team settings form.

export interface TeamConfig {
  enabled: boolean;
  /** The server, e.g. `https://couch.example.com` (http only for this machine: 127.0.0.1, localhost). */
  server: string;
  database: string;
  username: string;
  password: string;
  /** Signs this person's decisions and requests ("Rejected by Li Wei, 10:42"). */
  name: string;
  /** Photo thumbnails travel as attachments (the team's choice: about 20 KB a photo). Off by default. */
  thumbnails: boolean;
}

export type TeamStatus =
  | { state: 'off' }
  | { state: 'synced'; at: string }
  | { state: 'syncing'; pending: number }
  | { state: 'offline'; since: string }
  | { state: 'error'; problem: TeamProblem; detail?: string };

/** What went wrong, each with what to do (the words are in the Team form's catalogs). */
export type TeamProblem = 'unauthorized' | 'no-database' | 'no-permission' | 'server' | 'refused-records';

export const CONFIG_KEY = 'team';
export const STATUS_KEY = 'teamStatus';
/** The port a page or the mail panel holds open: while one is, passes run often. */
export const TEAM_PORT = 'team-sync';

export const EMPTY_CONFIG: TeamConfig = {
  enabled: false,
  server: '',
  database: '',
  username: '',
  password: '',
  name: '',
  thumbnails: false,
};

/** The saved settings (or none, or a partial one from an older version) with every field set. */
export const withDefaults = (saved: unknown): TeamConfig => ({
  ...EMPTY_CONFIG,
  ...(saved as Partial<TeamConfig> | undefined),
});

export type ConfigProblem = 'server' | 'insecure' | 'database' | 'name';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The server's URL, checked: HTTPS (plain HTTP only on this machine), no path, query or credentials. */
export function parseServer(text: string): URL | 'server' | 'insecure' {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'server';
  }
  if (url.username || url.password || url.search || url.hash) return 'server';
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) return 'insecure';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'server';
  return url;
}

/** CouchDB's rule for database names. */
export const validDatabase = (name: string): boolean => /^[a-z][a-z0-9_$()+/-]{0,237}$/.test(name);

export function configProblems(c: TeamConfig): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const server = parseServer(c.server);
  if (typeof server === 'string') out.push(server);
  if (!validDatabase(c.database)) out.push('database');
  if (!c.name.trim()) out.push('name');
  return out;
}

/** The one host permission asked for: this server's origin, any path. */
export function originPattern(server: string): string {
  const url = parseServer(server);
  if (typeof url === 'string') throw new Error(`Not a server address: ${server}`);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The database's URL (the server's path kept, for CouchDB behind a prefix). */
export function databaseUrl(c: Pick<TeamConfig, 'server' | 'database'>): string {
  const url = parseServer(c.server);
  if (typeof url === 'string') throw new Error(`Not a server address: ${c.server}`);
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return `${base}${encodeURIComponent(c.database)}`;
}

/** The mirror's name: one per server and database, so switching servers never mixes two teams' records. */
export function mirrorName(c: Pick<TeamConfig, 'server' | 'database'>): string {
  return `photo-triage-team-${encodeURIComponent(databaseUrl(c))}`;
}

/** What an HTTP status (or a failed fetch: 0) means for the person. */
export function statusProblem(status: number): TeamProblem | 'offline' {
  if (status === 0) return 'offline';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'no-database';
  return 'server';
}
