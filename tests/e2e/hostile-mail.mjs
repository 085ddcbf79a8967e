// Shared by hostile-gmail.e2e.mjs and hostile-outlook.e2e.mjs: a supplier's message whose sender name,
// subject, attachment names and zip entry names carry markup payloads. Nothing may run (no payload's
// global in the page's main world, no request to canary.invalid) and every name must show as the text
// the sender typed: in the offer, the badges, the panel, the details dialog and the drafted re-request.

import { syncClosedRoots } from './closed-roots.mjs';
import { CONTROL, findInjectedMarkup, RENAMED, ZIP_ENTRIES } from './hostile-names.mjs';
import { loadSampleData, readBadges, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

/** Index of the badge host whose badge is for `name` (names are compared as strings, not as selectors). */
async function badgeIndex(page, name) {
  await syncClosedRoots(page);
  const i = await page.$$eval(
    'photo-triage-badge',
    (hosts, n) =>
      hosts.findIndex((h) => h.shadowRoot?.querySelector('[data-photo-name]')?.dataset.photoName === n),
    name,
  );
  if (i < 0) throw new Error(`no badge for ${name}`);
  return i;
}

export async function hostileMessage(t, { client, open, replyButton, editorParent, senderShown }) {
  const { assert } = t;
  const mailbox = await startMailbox();
  t.cleanup(mailbox.close);
  const { context, extensionOrigin } = await t.launch({ hostRules: mailbox.hostRules });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // 1. Before the buyer has suppliers: the offer names the sender, as text.
  await open(page, mailbox);
  const offer = page.locator('photo-triage-panel [data-panel=offer]');
  await offer.waitFor({ timeout: 15_000 });
  const offerText = await offer.textContent();
  assert.ok(
    offerText.includes(`Check photos from ${senderShown}?`),
    `the sender's name shown literally in the offer: ${offerText}`,
  );
  await t.screenshot(page, `${client}-hostile-offer`);

  // 2. The supplier known: badges, panel, checklist.
  await loadSampleData(context, extensionOrigin);
  await open(page, mailbox);
  await waitForBadges(page, 9, Date.now());
  const badges = await readBadges(page);
  const names = badges.map((b) => b.name);
  for (const hostile of Object.values(RENAMED))
    assert.ok(names.includes(hostile), `a badge named, literally, ${hostile}: ${names.join(' | ')}`);
  const zipName = RENAMED['supplier-photos.zip'];
  assert.match(badges.find((b) => b.name === zipName).text, /zip · 3 photos/);
  const script = RENAMED['email-downsized-640.jpg'];
  assert.equal(badges.find((b) => b.name === script).verdict, 'fail', 'the hostile names are measured too');
  await syncClosedRoots(page);
  const labels = await page.$$eval('photo-triage-badge', (hosts) =>
    hosts.map((h) => h.shadowRoot?.querySelector('[data-photo-name]')?.getAttribute('aria-label') ?? ''),
  );
  assert.ok(
    labels.some((l) => l.startsWith(`${script}:`)),
    'the accessible name holds the name',
  );

  const panel = page.locator('photo-triage-panel [data-panel=triage]');
  await panel.waitFor();
  await panel.locator('.cl-shot').first().waitFor({ timeout: 15_000 });
  const panelNames = await panel.locator('.photo-name').allTextContents();
  const expected = [
    ...Object.values(RENAMED).filter((n) => !n.endsWith('.zip')),
    ...Object.keys(ZIP_ENTRIES).map((entry) => `${zipName}/${entry}`),
  ];
  for (const n of expected) assert.ok(panelNames.includes(n), `panel lists ${n} literally`);

  // 3. The details dialog of the script-named photo: its heading is the name.
  const i = await badgeIndex(page, script);
  await page.locator('photo-triage-badge').nth(i).locator('button.badge').click();
  const dialog = page.locator('photo-triage-badge').nth(i).locator('[role=dialog]');
  await dialog.waitFor();
  assert.equal(await dialog.locator('h3').textContent(), script);
  assert.equal(await dialog.getAttribute('aria-label'), `Details for ${script}`);
  await t.screenshot(page, `${client}-hostile-details`);

  // 4. The too-small script-named photo assigned to the first shot, the entity-named one to the second
  // and rejected: the re-request names both files, typed into the reply as text.
  const shotIds = await panel.locator('.cl-shot').evaluateAll((els) => els.map((e) => e.dataset.shotId));
  const entity = RENAMED['near-duplicate-1600.jpg'];
  const row = async (name) =>
    panel.locator('li.photo').nth((await panel.locator('.photo-name').allTextContents()).indexOf(name));
  await (await row(script)).locator('select').selectOption(shotIds[0]);
  await panel.locator(`.cl-shot[data-shot-id="${shotIds[0]}"]:not([data-shot-status=missing])`).waitFor();
  await (await row(entity)).locator('select').selectOption(shotIds[1]);
  await panel.locator(`.cl-shot[data-shot-id="${shotIds[1]}"]:not([data-shot-status=missing])`).waitFor();
  await (await row(entity)).getByRole('button', { name: 'Reject' }).click();
  await panel.locator(`.cl-shot[data-shot-id="${shotIds[1]}"][data-shot-status=rejected]`).waitFor();

  await page.evaluate(
    ({ replyButton, editorParent }) => {
      const button = document.querySelector(replyButton);
      button?.addEventListener('click', () => {
        const editor = document.createElement('div');
        editor.setAttribute('contenteditable', 'true');
        editor.setAttribute('role', 'textbox');
        editor.setAttribute('g_editable', 'true');
        editor.setAttribute('aria-label', 'Message body');
        editor.id = 'reply-editor';
        button.closest(editorParent)?.append(editor);
      });
    },
    { replyButton, editorParent },
  );
  await panel.locator('[data-action=draft-reply]').click();
  await panel.getByText(/Draft put in the reply/).waitFor({ timeout: 10_000 });
  const editor = page.locator('#reply-editor');
  const drafted = await editor.textContent();
  assert.ok(drafted.includes(script), `the draft names ${script} as typed:\n${drafted}`);
  assert.ok(drafted.includes(entity), `the draft names ${entity} as typed ({po} not filled in)`);
  const tags = await editor.evaluate((el) =>
    [...el.querySelectorAll('*')].map(
      (e) => `${e.tagName.toLowerCase()}${[...e.attributes].map((a) => ` ${a.name}`).join('')}`,
    ),
  );
  assert.ok(
    tags.every((tag) => tag === 'br' || tag === 'div'),
    `the draft is text and line breaks only: ${[...new Set(tags)].join(', ')}`,
  );
  await t.screenshot(page, `${client}-hostile-draft`);

  // 5. Nothing ran, nothing rendered as markup, nothing asked canary.invalid.
  assert.deepEqual(await findInjectedMarkup(page), [], 'no markup from a name in our UI');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran in the page');
  const canary = t.network.requests.filter((r) => new URL(r.url).hostname === 'canary.invalid');
  assert.deepEqual(canary, [], 'no request to the canary host');
  assert.deepEqual(errors, [], 'no page errors');

  // The control: a payload of the same kind parsed as markup in this page does run — so the checks above
  // would have caught one (the fixture page has no CSP that would hide an injection).
  // Gmail's pages require Trusted Types (tests/e2e/mailbox-server.mjs): the control goes through a policy.
  await page.evaluate((html) => {
    const policy = window.trustedTypes?.createPolicy('e2e-control', { createHTML: (s) => s });
    document.body.insertAdjacentHTML('beforeend', policy ? policy.createHTML(html) : html);
  }, CONTROL);
  await page.waitForFunction(() => window.__pwned?.includes('control'), null, { timeout: 5000 });
  t.log(
    `${client}: ${Object.keys(RENAMED).length} hostile attachment names, ${Object.keys(ZIP_ENTRIES).length} zip entries, sender and subject shown as text; the draft has ${drafted.length} characters; the control payload ran`,
  );
}
