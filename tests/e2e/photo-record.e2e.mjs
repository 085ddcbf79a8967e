// The photo record (issue 18) of the demo's pre-shipment stage: from the Gmail panel of the pre-shipment
// thread (PO-2026-0412) — the inspection line shown there, a photo assigned and accepted, "Photo record"
// pressed — the orders desk opens on the stage and saves the record; the HTML is opened in Chromium with
// every request watched (none at all), printed to PDF by Chromium in A4 and Letter, its print layout
// looked at (test-output/e2e/photo-record-print.png), and the zip's entries listed and checked.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { loadSampleData, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

export const name =
  'photo record: pre-shipment stage from the Gmail panel, opened with no request, printed to PDF, zip listed';
export const timeoutMs = 240_000;
export const firefox =
  'prints the record with Chromium’s print-to-PDF (page.pdf), which Playwright does not offer for Firefox';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-output/e2e');

/** Pages and page size of a PDF Chromium wrote (its page objects and their MediaBox). */
function pdfPages(bytes) {
  const text = Buffer.from(bytes).toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return { pages, width: Number(box?.[1]), height: Number(box?.[2]) };
}

export default async function (t) {
  mkdirSync(out, { recursive: true });
  const mailbox = await startMailbox();
  t.cleanup(mailbox.close);
  const { context, extensionId } = await t.launch({ hostRules: mailbox.hostRules });
  await loadSampleData(context, extensionId);
  const { panel, photoName } = await acceptOnePhoto(t, context, mailbox);
  const { desk, html } = await recordFromThePanel(t, context, panel);
  const viewer = await openTheFile(t, context, html, photoName);
  await printToPdf(t, viewer);
  await recordZip(t, desk);
  await scorecard(t, desk);
}

/**
 * 1. Gmail: the pre-shipment thread. Its panel says photos are not an inspection; a photo is assigned to
 * a shot and accepted, as a buyer would before showing the record.
 */
async function acceptOnePhoto(t, context, mailbox) {
  const { assert } = t;
  const gmail = await context.newPage();
  await gmail.goto(mailbox.url('thread-two-messages.html'));
  await waitForBadges(gmail, 5, Date.now());
  const panel = gmail.locator('photo-triage-panel').last();
  const note = panel.locator('[data-inspection-note]');
  await note.waitFor({ timeout: 20_000 });
  assert.match(
    await note.textContent(),
    /book a third-party pre-shipment inspection before paying the balance/i,
  );

  const first = panel
    .locator('li.photo')
    .filter({ has: gmail.locator('select') })
    .first();
  await first.locator('select').waitFor({ timeout: 20_000 });
  const photoName = await first.getAttribute('data-panel-photo');
  // By its name from here on: the panel redraws after each step.
  const photo = panel.locator(`li.photo[data-panel-photo="${photoName}"]`);
  // The shot's id is read from the option before choosing it: the panel redraws the select at once, and
  // read back afterwards its value was sometimes still empty (CI, one run).
  const shotId = await photo.locator('select option').nth(1).getAttribute('value');
  assert.ok(shotId, 'the first shot has an id');
  await photo.locator('select').selectOption(shotId);
  const shot = panel.locator(`li.cl-shot[data-shot-id="${shotId}"]`);
  // Filed once the stage's shot list shows a photo under that shot; then accepted.
  await shot.locator('.cl-photo').first().waitFor({ timeout: 10_000 });
  await photo.locator('button[aria-pressed]').first().click();
  await panel
    .locator(`li.cl-shot[data-shot-id="${shotId}"][data-shot-status=accepted]`)
    .waitFor({ timeout: 10_000 });
  await t.screenshot(gmail, 'photo-record-gmail-panel');
  return { panel, photoName };
}

/** 2. "Photo record" in the panel: the desk opens on the stage and saves the record. */
async function recordFromThePanel(t, context, panel) {
  const { assert } = t;
  const [desk] = await Promise.all([
    context.waitForEvent('page'),
    panel.locator('[data-action=photo-record]').click(),
  ]);
  const download = await desk.waitForEvent('download', { timeout: 30_000 });
  assert.match(desk.url(), /options\.html#\/orders\/[^/]+\/record\/[^/]+$/);
  assert.match(
    download.suggestedFilename(),
    /^photo-record PO-2026-0412 Pre-shipment .*\d{4}-\d{2}-\d{2}\.html$/,
  );
  const htmlPath = join(out, 'photo-record.html');
  await download.saveAs(htmlPath);
  const html = readFileSync(htmlPath, 'utf8');
  await desk.locator('[data-testid=inspection-note]').waitFor();
  await t.screenshot(desk, 'photo-record-desk');
  return { desk, html };
}

/** 3. The file opened in Chromium: not one request, pictures drawn from inside the file. */
async function openTheFile(t, context, html, photoName) {
  const { assert } = t;
  const viewer = await context.newPage();
  const requests = [];
  viewer.on('request', (r) => requests.push(r.url()));
  await viewer.setContent(html, { waitUntil: 'load' });
  const seen = await viewer.evaluate(() => ({
    csp: document.querySelector('meta[http-equiv=Content-Security-Policy]')?.getAttribute('content'),
    images: [...document.images].map((i) => ({
      ok: i.complete && i.naturalWidth > 0,
      data: i.src.startsWith('data:image/'),
    })),
    text: document.body.textContent,
  }));
  assert.deepEqual(requests, [], 'the record asks for nothing');
  assert.match(seen.csp ?? '', /default-src 'none'; img-src data:/);
  assert.ok(seen.images.length >= 1, 'the accepted photo is in the record');
  assert.ok(
    seen.images.every((i) => i.ok && i.data),
    'every picture drawn from a data URL',
  );
  assert.match(seen.text, /PO-2026-0412/);
  // One shot accepted, shown with its file name (the same file may have come twice: a loose attachment and
  // a zip entry are one photo, named by its latest sighting).
  assert.equal(seen.text.match(/✓ Accepted/g)?.length, 1, `one accepted shot (${photoName} accepted)`);
  assert.match(seen.text, /\.jpg\d[\d,]*×[\d,]+/);
  assert.match(seen.text, /Missing: no photo received/);
  assert.match(seen.text, /not a third-party inspection/);
  assert.match(seen.text, /Book a third-party pre-shipment inspection before paying the balance/);
  assert.match(seen.text, /keeps no supplier originals/);
  return viewer;
}

/** 4. Chromium's print-to-PDF, A4 and Letter; the print layout looked at. */
async function printToPdf(t, viewer) {
  const { assert } = t;
  const a4 = await viewer.pdf({ format: 'A4', printBackground: true });
  const letter = await viewer.pdf({ format: 'Letter', printBackground: true });
  writeFileSync(join(out, 'photo-record-a4.pdf'), a4);
  writeFileSync(join(out, 'photo-record-letter.pdf'), letter);
  const pa4 = pdfPages(a4);
  const pletter = pdfPages(letter);
  t.log(
    `PDF: A4 ${pa4.pages} pages (${pa4.width}×${pa4.height} pt), Letter ${pletter.pages} pages (${pletter.width}×${pletter.height} pt)`,
  );
  assert.ok(pa4.pages >= 1 && pletter.pages >= 1);
  assert.ok(Math.abs(pa4.width - 595.9) < 2 && Math.abs(pa4.height - 842) < 2, 'A4 pages');
  assert.ok(Math.abs(pletter.width - 612) < 2 && Math.abs(pletter.height - 792) < 2, 'Letter pages');
  await viewer.emulateMedia({ media: 'print' });
  await viewer.setViewportSize({ width: 794, height: 1123 });
  const width = await viewer.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 794, `nothing wider than an A4 page (${width} px)`);
  await viewer.screenshot({ path: join(out, 'photo-record-print.png'), fullPage: true });
  // The first A4 page as print lays it out (the README's picture).
  await viewer.screenshot({ path: join(out, 'photo-record-page-1.png') });
}

/** 5. The zip: the same HTML and the pictures, named by stage and shot. */
async function recordZip(t, desk) {
  const { assert } = t;
  const [zipDownload] = await Promise.all([
    desk.waitForEvent('download'),
    desk.locator('[data-testid=record-stage-zip]').click(),
  ]);
  assert.match(zipDownload.suggestedFilename(), /\.zip$/);
  const zipPath = join(out, 'photo-record.zip');
  await zipDownload.saveAs(zipPath);
  const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
  const names = Object.keys(entries).sort();
  t.log(`zip: ${names.map((n) => `${n} (${entries[n].length} B)`).join(', ')}`);
  const htmlEntries = names.filter((n) => n.endsWith('.html'));
  assert.equal(htmlEntries.length, 1, 'one HTML file');
  assert.match(Buffer.from(entries[htmlEntries[0]]).toString('utf8'), /PO-2026-0412/);
  const pictures = names.filter((n) => !n.endsWith('.html'));
  assert.ok(pictures.length >= 1, 'the pictures are in the zip');
  for (const p of pictures) {
    assert.match(
      p,
      /^01 Pre-shipment\/\d\d .+ - (accepted \(thumbnail\)|pending \(thumbnail\)|reference \d+)\.\w+$/,
    );
    assert.deepEqual([...entries[p].subarray(0, 2)], [0xff, 0xd8], `${p} is a JPEG`);
  }
  assert.ok(
    pictures.some((p) => p.includes('accepted (thumbnail)')),
    'the accepted photo by its shot',
  );
}

/** 6. The supplier's scorecard on the desk: the photos filed from the thread, and the list behind a figure. */
async function scorecard(t, desk) {
  const { assert } = t;
  await desk.goto(desk.url().replace(/#.*$/, '#/suppliers'));
  const row = desk.locator('[data-testid=suppliers-table] tr', { hasText: 'Ningbo Bright' });
  await row.locator('[data-testid=supplier-score] a').waitFor({ timeout: 10_000 });
  const cell = await row.locator('[data-testid=supplier-score]').textContent();
  t.log(`supplier list column: ${cell}`);
  await row.locator('th a').click();
  const received = desk.locator('[data-testid=score-received] button');
  await received.waitFor({ timeout: 10_000 });
  const count = Number(await received.textContent());
  assert.ok(count >= 5, `photos received (${count})`);
  assert.match(cell, new RegExp(`^${count} · `));
  await received.click();
  // The list is read from the supplier's records on the click.
  await desk.locator('[data-testid=scorecard-behind] li').first().waitFor({ timeout: 10_000 });
  assert.equal(
    await desk.locator('[data-testid=scorecard-behind] li').count(),
    count,
    'the photos behind the figure',
  );
  await t.screenshot(desk, 'photo-record-scorecard');
}
