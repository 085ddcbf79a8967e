// The desk's sidebar line on where the data is: "stays in this browser" while team sync is off; with it
// on, the one server it goes to and the sync status (synced / syncing / offline / what to do), on every
// page of the desk. While a desk page is open it holds the team port, so passes run often.
import { useEffect, useState } from 'preact/hooks';
import { CONFIG_KEY, STATUS_KEY, TEAM_PORT, type TeamConfig, type TeamStatus } from '@/utils/sync/config';
import { teamStatusText } from './team-status';
import { teamText } from './team-text';

/** The server's host as the buyer typed it, or the text itself when it is not a URL. */
const hostOf = (server: string) => URL.parse(server)?.host ?? server;

export function TeamNote({ offText }: { offText: string }) {
  const [config, setConfig] = useState<Pick<TeamConfig, 'enabled' | 'server'>>();
  const [status, setStatus] = useState<TeamStatus>();

  useEffect(() => {
    void browser.storage.local.get([CONFIG_KEY, STATUS_KEY]).then((got) => {
      setConfig(got[CONFIG_KEY] as TeamConfig | undefined);
      setStatus(got[STATUS_KEY] as TeamStatus | undefined);
    });
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (changes[CONFIG_KEY]) setConfig(changes[CONFIG_KEY].newValue as TeamConfig | undefined);
      if (changes[STATUS_KEY]) setStatus(changes[STATUS_KEY].newValue as TeamStatus | undefined);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  const on = !!config?.enabled && !!config.server;
  useEffect(() => {
    if (!on) return;
    const port = browser.runtime.connect({ name: TEAM_PORT });
    return () => port.disconnect();
  }, [on]);

  if (!on) return <p class="nav-note">{offText}</p>;
  return (
    <p class="nav-note" data-team-note>
      {teamText().sharedWith(hostOf(config.server))}
      <br />
      <span role="status">{teamStatusText(status)}</span>
    </p>
  );
}

/**
 * The mail panel's line: the sync status while team sync is on, nothing while it is off. It reads only
 * the status (never the settings, which hold the password) and, while shown, holds the team port so
 * passes run while the buyer works in the mail tab.
 */
export function TeamMailStatus() {
  const [status, setStatus] = useState<TeamStatus>();
  useEffect(() => {
    void browser.storage.local.get(STATUS_KEY).then((got) => setStatus(got[STATUS_KEY] as TeamStatus));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[STATUS_KEY]) setStatus(changes[STATUS_KEY].newValue as TeamStatus);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  const on = !!status && status.state !== 'off';
  useEffect(() => {
    if (!on) return;
    const port = browser.runtime.connect({ name: TEAM_PORT });
    return () => port.disconnect();
  }, [on]);
  if (!on) return null;
  return (
    <p class="note" role="status" data-team-status={status.state}>
      {teamStatusText(status)}
    </p>
  );
}
