// Team sync (issue 17): two people, two browser profiles, one CouchDB database (PouchDB Server in
// memory on 127.0.0.1, started by the runner). Settings → Team is filled in as a person would.
import { loadSampleData } from './mail-helpers.mjs';
import { buildWithServerAllowed, teamServer, turnOn } from './team-helpers.mjs';

export const name = 'team: two people on one database';
export const firefox =
  "Chromium only this round: the optional host permission is granted through Chromium's prompt (see turnOn); Firefox's MV2 optional_permissions prompt is not driven yet";
export const timeoutMs = 240_000;

export default async function (t) {
  const server = await teamServer(t);
  // The store build asks for no team server at install (tests/build/manifests checks its optional list).
  const plain = await t.launch();
  const sw = plain.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const before = await sw.evaluate(() => chrome.permissions.getAll());
  t.assert.ok(
    !before.origins.some((o) => o.startsWith('http://127.0.0.1')),
    'no team server permission at install',
  );
  await plain.close();

  const extensionPath = buildWithServerAllowed(t);
  const tom = await t.launch({ extensionPath });
  const li = await t.launch({ extensionPath });

  // Tom sets up the sample suppliers and orders and turns sync on; Li Wei, in her own browser, turns it
  // on against the same database and finds Tom's orders on her desk.
  await loadSampleData(tom.context, tom.extensionOrigin);
  const tomSettings = await turnOn(tom, server, 'Tom');
  t.log(await tomSettings.getByTestId('team-status').textContent());
  const liSettings = await turnOn(li, server, 'Li Wei');
  const desk = await li.context.newPage();
  await desk.goto(`${li.extensionOrigin}/options.html#/orders`);
  for (const po of ['PO-2026-0412', 'PO-2026-0417', 'PO-2026-0421'])
    await desk.getByText(po).first().waitFor({ timeout: 30_000 });
  t.log(`screenshot: ${await t.screenshot(desk, 'team-orders-arrived')}`);

  // Turning sync off keeps what arrived.
  await liSettings.getByRole('button', { name: 'Turn off' }).click();
  await liSettings.getByTestId('team-status').filter({ hasText: 'Team sync: off' }).waitFor();
  await desk.reload();
  await desk.getByText('PO-2026-0417').first().waitFor({ timeout: 10_000 });
  t.log(`screenshot: ${await t.screenshot(liSettings, 'team-settings')}`);
}
