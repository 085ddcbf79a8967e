// Settings → Team: the team's CouchDB, this person's name, Test connection, on and off, and the status.
// The host permission for that one server is asked when the buyer tests or turns sync on, never before.
import { useEffect, useState } from 'preact/hooks';
import { bytesToBase64 } from '@/utils/data-url';
import {
  CONFIG_KEY,
  type ConfigProblem,
  configProblems,
  databaseUrl,
  EMPTY_CONFIG,
  originPattern,
  STATUS_KEY,
  statusProblem,
  TEAM_PORT,
  type TeamConfig,
  type TeamStatus,
  withDefaults,
} from '@/utils/sync/config';
import { clock, teamStatusText } from './team-status';
import { teamText } from './team-text';

function basicAuth(user: string, password: string): string {
  return `Basic ${bytesToBase64(new TextEncoder().encode(`${user}:${password}`))}`;
}

/** Asks for this server's origin only (inside the click: browsers want a user gesture). */
function askPermission(config: TeamConfig): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(config.server)] });
}

/** Test connection: what the server said, in the buyer's words. */
async function testConnection(config: TeamConfig): Promise<string> {
  const t = teamText();
  const offline = () => t.status.offline(clock(new Date().toISOString()));
  try {
    const response = await fetch(databaseUrl(config), {
      headers: { Authorization: basicAuth(config.username, config.password), Accept: 'application/json' },
      credentials: 'omit',
    });
    if (!response.ok) {
      const problem = statusProblem(response.status);
      return problem === 'offline' ? offline() : t.problems[problem];
    }
    const info = (await response.json()) as { doc_count?: number };
    return t.connected(info.doc_count ?? 0);
  } catch {
    return offline();
  }
}

/** The saved settings and the status as the background writes it; the team port held while open. */
function useTeamStorage(setConfig: (c: TeamConfig) => void): TeamStatus | undefined {
  const [status, setStatus] = useState<TeamStatus>();
  useEffect(() => {
    void browser.storage.local.get([CONFIG_KEY, STATUS_KEY]).then((got) => {
      setConfig(withDefaults(got[CONFIG_KEY]));
      setStatus(got[STATUS_KEY] as TeamStatus | undefined);
    });
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[STATUS_KEY]) setStatus(changes[STATUS_KEY].newValue as TeamStatus);
    };
    browser.storage.onChanged.addListener(listener);
    // While this page is open, the background syncs every few seconds.
    const port = browser.runtime.connect({ name: TEAM_PORT });
    return () => {
      browser.storage.onChanged.removeListener(listener);
      port.disconnect();
    };
  }, [setConfig]);
  return status;
}

/** The form's fields: where the server is, who this person is, and whether thumbnails travel. */
function TeamFields({
  config,
  problems,
  set,
}: {
  config: TeamConfig;
  problems: ConfigProblem[];
  set: (patch: Partial<TeamConfig>) => void;
}) {
  const t = teamText();
  const field = (key: 'server' | 'database' | 'username' | 'name', label: string, type = 'text') => (
    <label class="field">
      <span>{label}</span>
      <input
        type={type}
        value={config[key]}
        name={`team-${key}`}
        autocomplete="off"
        aria-invalid={
          problems.includes(key as ConfigProblem) || (key === 'server' && problems.includes('insecure'))
        }
        onInput={(e) => set({ [key]: e.currentTarget.value })}
      />
    </label>
  );

  return (
    <>
      <div class="form-grid">
        {field('server', t.server, 'url')}
        {field('database', t.database)}
        {field('username', t.username)}
        <label class="field">
          <span>{t.password}</span>
          <input
            type="password"
            value={config.password}
            name="team-password"
            autocomplete="off"
            onInput={(e) => set({ password: e.currentTarget.value })}
          />
        </label>
        {field('name', t.name)}
      </div>
      <p class="muted">{t.nameHint}</p>
      <label class="check">
        <input
          type="checkbox"
          name="team-thumbnails"
          checked={config.thumbnails}
          onChange={(e) => set({ thumbnails: e.currentTarget.checked })}
        />
        <span>{t.thumbnails}</span>
      </label>
    </>
  );
}

export function TeamSettings() {
  const t = teamText();
  const [config, setConfig] = useState<TeamConfig>(EMPTY_CONFIG);
  const [message, setMessage] = useState<string>();
  const [problems, setProblems] = useState<ConfigProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const status = useTeamStorage(setConfig);

  const set = (patch: Partial<TeamConfig>) => setConfig({ ...config, ...patch });
  const checked = () => {
    const found = configProblems(config);
    setProblems(found);
    return found.length === 0;
  };

  async function test() {
    if (!checked()) return;
    const allowed = await askPermission(config);
    if (!allowed) return setMessage(t.permissionDenied);
    setBusy(true);
    setMessage(t.testing);
    setMessage(await testConnection(config));
    setBusy(false);
  }

  async function turnOn() {
    if (!checked()) return;
    if (!(await askPermission(config))) return setMessage(t.permissionDenied);
    const next = { ...config, name: config.name.trim(), server: config.server.trim(), enabled: true };
    setConfig(next);
    setMessage(undefined);
    await browser.storage.local.set({ [CONFIG_KEY]: next });
  }

  async function turnOff() {
    const next = { ...config, enabled: false };
    setConfig(next);
    await browser.storage.local.set({ [CONFIG_KEY]: next });
    setMessage(t.turnedOff);
  }

  return (
    <form class="form card-form" aria-labelledby="team-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="team-title">{t.title}</h2>
      <p class="muted">{t.lead}</p>
      <p role="status" data-testid="team-status">
        {teamStatusText(status)}
      </p>
      <TeamFields config={config} problems={problems} set={set} />
      <p class="muted">{t.privacy}</p>
      {problems.length > 0 && (
        <ul role="alert" class="form-error" data-testid="team-problems">
          {problems.map((p) => (
            <li key={p}>{t.configProblems[p]}</li>
          ))}
        </ul>
      )}
      {message && (
        <p role="status" data-testid="team-message">
          {message}
        </p>
      )}
      <div class="form-actions">
        <button type="button" class="button" disabled={busy} onClick={() => void test()}>
          {t.test}
        </button>
        <button type="button" class="button primary" onClick={() => void turnOn()}>
          {t.turnOn}
        </button>
        {config.enabled && (
          <button type="button" class="button" onClick={() => void turnOff()}>
            {t.turnOff}
          </button>
        )}
      </div>
    </form>
  );
}
