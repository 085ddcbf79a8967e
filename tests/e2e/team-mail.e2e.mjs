// Team sync in the mail clients (issue 17's proof): Tom in Gmail, Li Wei in Outlook, two profiles on one
// database (PouchDB Server on 127.0.0.1, its files on disk so it can go down and come back).
// (a) photos Tom's Gmail filed show as received in Li's Outlook panel; (b) both decide the same photo at
// once and both panels end with one explained result; (c) Li offline while both edit, then both converge;
// (d) the server goes down in the middle of Li's push: nothing lost, the panels say offline and that
// changes are kept, and sync resumes when it is back. The mail panels hold the team port and show the
// status (Settings is closed once sync is on).
import { loadSampleData, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';
import { launchPerson, personalLine, teamServer, turnOn } from './team-helpers.mjs';

export const name = 'team-mail: Gmail and Outlook on one database, conflicts, offline, server down';
// Li's offline spell and the server's fall are acted out on her own relay to the server (personalLine),
// not by Playwright's routing, which cannot reach Firefox's background page.
export const firefox = true;
export const timeoutMs = 300_000;

/** Long enough for a write's pass (2 s debounce) and the other side's next pass (15 s with a page open). */
const SYNC_MS = 60_000;

const panelOf = (page) => page.locator('photo-triage-panel [data-panel=triage]');
/** The team sync status line of the (first) panel. */
const statusOf = (page, pattern) =>
  panelOf(page)
    .first()
    .locator('[data-team-status]')
    .filter({ hasText: pattern })
    .waitFor({ timeout: SYNC_MS });
/** A received photo in the panel's checklist (not the message's own list), by the name it came under. */
const received = (page, file) => panelOf(page).locator('.cl-photo', { hasText: file });

async function teamLine(page, file, pattern, what) {
  const line = received(page, file).getByTestId('photo-team-line').filter({ hasText: pattern }).first();
  await line.waitFor({ timeout: SYNC_MS }).catch(async (e) => {
    const said = await panelOf(page).locator('.cl-photo').allTextContents();
    throw new Error(`${what}: no line ${pattern} on ${file}: ${JSON.stringify(said)}\n${e.message}`);
  });
  return line.textContent();
}

/** The buyer's choice of shot for one of the message's photos, in the panel's own list. */
async function fileTo(page, file, shot) {
  const select = page.getByLabel(`Shot for ${file}`).first();
  const value = await select.locator('option', { hasText: shot }).first().getAttribute('value');
  await select.selectOption(value);
  await received(page, file).first().waitFor();
}

export default async function (t) {
  const { assert } = t;
  const server = await teamServer(t, { persistent: true });
  const mailbox = await startMailbox();
  t.cleanup(mailbox.close);
  const tom = await launchPerson(t, { hostRules: mailbox.hostRules });
  const li = await launchPerson(t, { hostRules: mailbox.hostRules });
  await loadSampleData(tom.context, tom.extensionOrigin);
  // Settings closed once sync is on: from here the mail panels hold the team port (passes every 15 s
  // while one is open) and show the status.
  await (await turnOn(tom, server, 'Tom')).close();
  // Li reaches the server through her own line, which (c) and (d) cut.
  const line = await personalLine(t, server);
  await (await turnOn(li, line, 'Li Wei')).close();

  // (a) Tom opens the supplier's thread for PO-2026-0412 in Gmail: its photos are measured and filed.
  const gmail = await tom.context.newPage();
  await gmail.goto(mailbox.url('thread-two-messages.html'));
  await waitForBadges(gmail, 5, Date.now());
  await panelOf(gmail).first().locator('.cl-shot').first().waitFor();
  // He files the lamp's photo to its shot (the panel's checklist shows a shot's photos once filed to it).
  // lamp-front.jpg is the one photo of the thread no message of Li's holds (the others' bytes recur).
  await fileTo(gmail, 'lamp-front.jpg', 'Product front');
  // Li opens another message of the same order in Outlook (two photos of its own, none of Tom's): the
  // photos Tom filed appear in her panel's checklist, received, with no reload.
  const outlook = await li.context.newPage();
  await outlook.goto(mailbox.outlookUrl('region-body-older.html'));
  await waitForBadges(outlook, 2, Date.now());
  const arrived = Date.now();
  await received(outlook, 'lamp-front.jpg')
    .first()
    .waitFor({ timeout: SYNC_MS })
    .catch(async (e) => {
      // What the server holds and what each side's status says, for the failure's message.
      const docs = await fetch(`${server.url}/team-e2e/_all_docs?include_docs=true`).then((r) => r.json());
      const photos = docs.rows
        .filter((r) => r.id.startsWith('photo:'))
        .map((r) => [r.doc.record.origins.map((o) => o.fileName).join(' '), r.doc.record.shotId ?? '-']);
      const statuses = await Promise.all(
        [tom, li].map(async (who) => {
          const popup = await who.context.newPage();
          await popup.goto(`${who.extensionOrigin}/popup.html`);
          return popup.evaluate(() => (globalThis.browser ?? chrome).storage.local.get('teamStatus'));
        }),
      );
      throw new Error(
        `Tom's photos not in Li's panel: ${await panelOf(outlook).textContent()}\nserver: ${JSON.stringify(photos)}\nstatus: ${JSON.stringify(statuses)}\n${e.message}`,
      );
    });
  t.log(`(a) Tom's Gmail photos in Li's Outlook panel ${Date.now() - arrived} ms after it opened`);
  assert.match(await panelOf(outlook).locator('.panel-summary').textContent(), / · 10 missing/);
  t.log(`screenshot: ${await t.screenshot(outlook, 'team-outlook-received')}`);

  // (b) Li opens the conversation that holds the same lamp photo; Tom accepts it in Gmail and, within the
  // same second (before either browser's pass: writes wait 2 s), Li rejects it in Outlook. Both panels
  // end with the later decision and the earlier one named: one result, explained, on both sides.
  await outlook.goto(mailbox.outlookUrl('conversation-two-messages.html'));
  await waitForBadges(outlook, 5, Date.now());
  await received(outlook, 'lamp-front.jpg').first().waitFor();
  await gmail.getByLabel('Accept lamp-front.jpg').first().click();
  await outlook.getByLabel('Reject lamp-front.jpg').first().click();
  const explained = /Rejected by Li Wei, .+, after Tom accepted it at /;
  const onTom = await teamLine(gmail, 'lamp-front.jpg', explained, 'Tom (b)');
  const onLi = await teamLine(outlook, 'lamp-front.jpg', explained, 'Li (b)');
  assert.equal(onTom, onLi, 'the same explained result on both sides');
  t.log(`(b) both panels: "${onLi}"`);
  t.log(`screenshot: ${await t.screenshot(gmail, 'team-gmail-conflict-explained')}`);

  // (c) Li's browser loses the server (her line cut, as when her laptop is offline); both keep working:
  // she files and accepts the pallet close-up, Tom accepts the lamp again.
  line.cut();
  await statusOf(outlook, /offline since .*Changes are kept here/);
  await fileTo(outlook, 'pallet-closeup.jpg', 'Product back');
  await outlook.getByLabel('Accept pallet-closeup.jpg').first().click();
  await gmail.getByLabel('Accept lamp-front.jpg').first().click();
  const tomAgain = /Accepted by Tom, .+, after Li Wei rejected it at /;
  await teamLine(gmail, 'lamp-front.jpg', tomAgain, 'Tom (c)');
  // Still apart while she is offline: she has not seen Tom's second decision.
  assert.match(await received(outlook, 'lamp-front.jpg').first().textContent(), /Rejected by Li Wei/);
  line.restore();
  // Back online: both converge.
  await teamLine(outlook, 'lamp-front.jpg', tomAgain, 'Li (c)');
  await teamLine(gmail, 'pallet-closeup.jpg', /Accepted by Li Wei/, 'Tom (c)');
  t.log('(c) after Li was offline both panels show both edits');

  // (d) The server goes down in the middle of Li's push: the request that carries her decision is refused
  // and the server is gone. Her decision stays in her browser, her panel says offline and that changes are
  // kept; when the server is back (same port, same data), the next pass sends it and Tom sees it.
  const down = line.failFirst(/\/_bulk_docs/).then(() => server.stop());
  await outlook.getByLabel('Reject pallet-closeup.jpg').first().click();
  await down;
  t.log("(d) the server went down during Li's push");
  await statusOf(outlook, /offline since .*Changes are kept here/);
  await statusOf(gmail, /offline since .*Changes are kept here/);
  // Kept in her browser while the server is gone (signed with her name once it is the team's).
  assert.equal(await received(outlook, 'pallet-closeup.jpg').first().getAttribute('data-state'), 'rejected');
  t.log(`screenshot: ${await t.screenshot(outlook, 'team-outlook-server-down')}`);
  await server.restart();
  t.log('(d) the server is back');
  await teamLine(
    gmail,
    'pallet-closeup.jpg',
    /Rejected by Li Wei, .+, after Li Wei accepted it at /,
    'Tom (d)',
  );
  await statusOf(gmail, /synced at/);
  await statusOf(outlook, /synced at/);
  t.log('(d) nothing lost: Tom has the decision sent after the server came back; both synced');
}
