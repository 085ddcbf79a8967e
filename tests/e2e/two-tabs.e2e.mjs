// Two tabs of the orders desk on one order (issue 19, item 7). Tab A adds a shot while tab B has the
// stage editor open on the old stage; B renames another shot and saves its whole stale stage: both edits
// are kept. Each tab shows the other's save without being focused again (BroadcastChannel, not
// visibilitychange). Both renaming the same shot: the second save is refused with "changed in another
// tab — reload", and nothing of the first is lost. Then a shot renamed on the desk shows in Gmail's panel
// without a reload.
import { loadSampleData, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

export const name =
  'orders desk in two tabs: edits of one stage both kept, the other tab updated, a clash refused; Gmail panel follows';
export const firefox = true;

const labels = (page) =>
  page.$$eval('[data-testid=checklist] li[data-shot-id] .cl-label strong', (els) =>
    els.map((e) => e.textContent),
  );

/** Counts visibilitychange and focus events, so an update can be shown not to come from a re-focus. */
const watchFocus = (page) =>
  page.evaluate(() => {
    window.__refocused = 0;
    document.addEventListener('visibilitychange', () => window.__refocused++);
    window.addEventListener('focus', () => window.__refocused++);
  });

export default async function (t) {
  const { assert } = t;
  const mailbox = await startMailbox();
  t.cleanup(mailbox.close);
  const { context, extensionOrigin } = await t.launch({ hostRules: mailbox.hostRules });
  const base = extensionOrigin;
  await loadSampleData(context, extensionOrigin);
  const errors = [];
  const open = async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    return page;
  };

  const a = await open();
  await a.goto(`${base}/options.html#/orders`);
  await a.locator('[data-testid=orders-table][aria-busy=false]').waitFor();
  await a.locator('[data-testid=orders-table] tbody tr a').first().click();
  await a.locator('[data-testid=checklist]').waitFor();
  const orderUrl = a.url();
  const b = await open();
  await b.goto(orderUrl);
  await b.locator('[data-testid=checklist]').waitFor();
  const before = await labels(a);
  assert.deepEqual(await labels(b), before);
  assert.ok(before.length >= 2, 'the sample stage has shots');

  // B opens the stage editor: its draft is the stage as it is now.
  await b.getByRole('button', { name: 'Edit stage and shots' }).click();
  const editorB = b.locator('form.stage-editor');
  await editorB.waitFor();

  // A adds a shot and saves.
  await a.bringToFront();
  await a.getByRole('button', { name: 'Edit stage and shots' }).click();
  const editorA = a.locator('form.stage-editor');
  await editorA.getByRole('button', { name: 'Add shot' }).click();
  // The new shot's label takes focus a frame later: type only once it has it (a loaded machine is slow).
  await a.waitForFunction(() => document.activeElement?.closest('li.shot-edit:last-of-type') != null);
  await a.keyboard.type('Carton drop test');
  await editorA.getByRole('button', { name: 'Save stage' }).click();
  await editorA.waitFor({ state: 'detached' });
  assert.deepEqual(await labels(a), [...before, 'Carton drop test']);
  await watchFocus(a);

  // B, still editing the old stage, renames the first shot and saves its whole stale stage.
  await b.bringToFront();
  const firstB = editorB.locator('li.shot-edit').first().locator('[data-field=label-en]');
  assert.equal(await firstB.inputValue(), before[0]);
  assert.equal(await editorB.locator('li.shot-edit').count(), before.length, "B's draft is stale");
  await firstB.fill(`${before[0]} (renamed in B)`);
  await editorB.getByRole('button', { name: 'Save stage' }).click();
  await editorB.waitFor({ state: 'detached' });
  const both = [`${before[0]} (renamed in B)`, ...before.slice(1), 'Carton drop test'];
  assert.deepEqual(await labels(b), both, "B's page: its rename and A's shot");

  // A shows B's rename without being focused again.
  await a.waitForFunction(
    (label) =>
      [...document.querySelectorAll('[data-testid=checklist] li[data-shot-id] .cl-label strong')].some(
        (e) => e.textContent === label,
      ),
    `${before[0]} (renamed in B)`,
    { timeout: 5000 },
  );
  assert.deepEqual(await labels(a), both, "A's page updated to the same stage");
  const refocused = await a.evaluate(() => window.__refocused);
  assert.equal(refocused, 0, 'A updated without a visibilitychange or focus event');
  t.log(`A's visibilityState while B saved: ${await a.evaluate(() => document.visibilityState)}`);
  t.log(`screenshot: ${await t.screenshot(a, 'two-tabs-both-kept')}`);

  // Both rename the same shot: the second save is refused, clearly, and the first stays.
  await b.getByRole('button', { name: 'Edit stage and shots' }).click();
  await editorB.waitFor();
  await a.getByRole('button', { name: 'Edit stage and shots' }).click();
  await editorA
    .locator('li.shot-edit')
    .nth(1)
    .locator('[data-field=label-en]')
    .fill('Second shot, as A says');
  await editorA.getByRole('button', { name: 'Save stage' }).click();
  await editorA.waitFor({ state: 'detached' });
  await editorB
    .locator('li.shot-edit')
    .nth(1)
    .locator('[data-field=label-en]')
    .fill('Second shot, as B says');
  await editorB.getByRole('button', { name: 'Save stage' }).click();
  const alert = b.locator('[role=alert]', { hasText: 'changed in another tab' });
  await alert.waitFor({ timeout: 5000 });
  assert.match(await alert.textContent(), /Not saved: this was changed in another tab.*Reload the page/);
  assert.ok(await editorB.isVisible(), "B's editor stays open with its text");
  t.log(`screenshot: ${await t.screenshot(b, 'two-tabs-conflict')}`);
  await b.reload();
  await b.locator('[data-testid=checklist]').waitFor();
  assert.equal((await labels(b))[1], 'Second shot, as A says', "A's rename is kept");
  assert.equal((await labels(b)).at(-1), 'Carton drop test');

  await gmailPanelFollows(t, { context, desk: b, base, mailbox });
  assert.deepEqual(errors, [], 'page errors');
}

/** A shot renamed on the desk shows in the open Gmail message's panel, with no reload of Gmail. */
async function gmailPanelFollows(t, { context, desk, base, mailbox }) {
  const { assert } = t;
  const gmail = await context.newPage();
  await gmail.goto(mailbox.url('eight-photos-and-zip.html'));
  await waitForBadges(gmail, 9, Date.now());
  const panel = gmail.locator('photo-triage-panel [data-panel=triage]');
  await panel.locator('.cl-shot').first().waitFor();
  const po = /PO-\d{4}-\d{4}/.exec(await panel.textContent())?.[0];
  assert.ok(po, 'the panel names the order');
  const shotId = await panel.locator('.cl-shot').first().getAttribute('data-shot-id');

  await desk.bringToFront();
  await desk.goto(`${base}/options.html#/orders`);
  await desk.locator('[data-testid=orders-table][aria-busy=false]').waitFor();
  await desk.locator('[data-testid=orders-table] tbody tr a', { hasText: po }).first().click();
  await desk.locator('[data-testid=checklist]').waitFor();
  await desk.getByRole('button', { name: 'Edit stage and shots' }).click();
  const editor = desk.locator('form.stage-editor');
  // The desk opens on the order's current stage, the one the panel shows.
  const field = editor.locator(`li.shot-edit[data-shot-id="${shotId}"] [data-field=label-en]`);
  const renamed = `${await field.inputValue()} (renamed on the desk)`;
  await field.fill(renamed);
  await editor.getByRole('button', { name: 'Save stage' }).click();
  await editor.waitFor({ state: 'detached' });

  await panel
    .locator(`.cl-shot[data-shot-id="${shotId}"] .cl-label`, { hasText: renamed })
    .waitFor({ timeout: 5000 });
  t.log(`screenshot: ${await t.screenshot(gmail, 'two-tabs-gmail-panel-updated')}`);
}
