// `npm run demo`: builds the extension, opens its Check photos page in Chromium, drops the sample photos on it,
// then opens the demo mailbox — Gmail-style and Outlook-style pages served locally under the real mail host
// names, with the sample suppliers and orders loaded — and shows what it found: screenshots in
// demo-output/ and tables on stdout. With a display (DISPLAY set) the browser stays open until you close
// it or press Ctrl+C.
// Options: --no-build (use the existing .output/chrome-mv3); --no-install (never install a browser, say how);
// --firefox (Firefox instead: firefox-esr and the Firefox e2e build, see firefox.mjs);
// E2E_EXTENSION=dir to demo another build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCards } from './cards.mjs';
import { findChromium, launchWithExtension } from './chromium.mjs';
import { closedTexts } from './closed-roots.mjs';
import { findFirefox, launchFirefoxWithExtension } from './firefox.mjs';
import { loadSampleData, readBadges, waitForBadges } from './mail-helpers.mjs';
import { startMailbox } from './mailbox-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const firefox = process.argv.includes('--firefox');
const extensionPath = resolve(
  process.env.E2E_EXTENSION ?? join(root, firefox ? '.output/firefox-mv2-e2e' : '.output/chrome-mv3'),
);
const photosDir = join(root, 'tests/fixtures/photos/generated');
const outDir = join(root, 'demo-output');
const headless = !process.env.DISPLAY;

// The browser first: found, or installed now (browsers.mjs), before minutes go into the build.
try {
  console.log(firefox ? `Firefox: ${findFirefox()}` : `Chromium: ${findChromium()}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

if (!process.argv.includes('--no-build')) {
  const script = firefox ? 'build:firefox-e2e' : 'build';
  const build = spawnSync('npm', ['run', script], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const mailbox = await startMailbox();
const launch = firefox ? launchFirefoxWithExtension : launchWithExtension;
const {
  context,
  extensionId,
  close,
  extensionOrigin = `chrome-extension://${extensionId}`,
} = await launch({
  extensionPath,
  headless,
  hostRules: mailbox.hostRules,
});
try {
  // Reuse the tab a persistent context opens with, so a headed demo shows one window with one tab.
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${extensionOrigin}/check.html`);

  // In the order a supplier's email would bring them: the good original first, so its byte-for-byte copy
  // is the one flagged as the duplicate.
  const first = ['good-3000.jpg'];
  const files = [
    ...first,
    ...readdirSync(photosDir)
      .filter((f) => !f.startsWith('.') && !first.includes(f))
      .sort(),
  ].map((f) => join(photosDir, f));
  console.log(`\nChecking ${files.length} sample files from ${photosDir} …`);
  await page.setInputFiles('[data-testid=file-input]', files);
  await waitUntilSettled(page);

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'cards'), { recursive: true });
  await page.screenshot({ path: join(outDir, 'check-page.png'), fullPage: true });
  const cards = await readCards(page);
  for (const [i, card] of cards.entries()) {
    const file = `${String(i + 1).padStart(2, '0')}-${card.name.replace(/[^\w.-]+/g, '_')}.png`;
    await page
      .locator('[data-photo-name]')
      .nth(i)
      .screenshot({ path: join(outDir, 'cards', file) });
  }
  printTable(cards);

  // The mailbox: sample orders, then supplier emails in Gmail and Outlook.
  await loadSampleData(context, extensionOrigin);
  // The supplier emails a buyer meets in an order's life, in the order they would arrive.
  /** @type {[name: string, what: string, url: string, badges: number][]} */
  const mails = [
    [
      'gmail-1-sample-approval',
      'Sample photos (PO-2026-0421): inline picture, Drive link',
      mailbox.url('inline-and-drive.html'),
      2,
    ],
    [
      'gmail-2-during-production',
      'During production (PO-2026-0417): eight photos and a zip',
      mailbox.url('eight-photos-and-zip.html'),
      9,
    ],
    [
      'gmail-3-pre-shipment',
      'Pre-shipment set (PO-2026-0412): a thread, a re-sent original and a zip',
      mailbox.url('thread-two-messages.html'),
      5,
    ],
    [
      'gmail-4-reused-photo',
      'Container loading (PO-2026-0430): photos already sent for another order',
      mailbox.url('preview-pane.html'),
      1,
    ],
    [
      'gmail-5-unknown-sender',
      'An unknown sender: the quiet offer, no work done',
      mailbox.url('unknown-sender.html'),
      0,
    ],
    [
      'outlook-1-during-production',
      'Outlook: the same during-production email',
      mailbox.outlookUrl('reading-pane-en.html'),
      9,
    ],
    [
      'outlook-2-chinese-ui',
      'Outlook in Chinese (outlook.live.com)',
      mailbox.outlookUrl('reading-pane-zh.html', 'outlook.live.com'),
      9,
    ],
  ];
  for (const [name, what, url, badges] of mails) {
    const tab = await context.newPage();
    await tab.goto(url);
    // Drive links stay "not measurable": nothing to wait for.
    if (badges) await waitForBadges(tab, badges, Date.now(), (b) => !/Drive link/.test(b.text));
    else await tab.locator('photo-triage-panel [data-panel]').waitFor();
    await tab.waitForTimeout(500);
    await tab.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
    const found = await readBadges(tab);
    console.log(`\n${what}\n  ${url} → demo-output/${name}.png`);
    for (const b of found) console.log(`  ${b.name.padEnd(34)} ${b.text}`);
    if (!found.length) console.log('  unknown sender: the panel offers “Check photos from this sender?”');
    if (headless) await tab.close();
  }
  // The inboxes: supplier emails with photos marked before anything is opened, and what the checks found.
  for (const [name, what, url] of [
    [
      'gmail-0-inbox',
      'Gmail inbox: supplier emails with photos marked in the list',
      mailbox.url('inbox-list.html'),
    ],
    [
      'outlook-0-message-list',
      'Outlook message list: the same marks',
      mailbox.outlookUrl('message-list.html'),
    ],
  ]) {
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.locator('[data-photo-triage="list-mark"]').nth(1).waitFor();
    await tab.waitForTimeout(300);
    await tab.screenshot({ path: join(outDir, `${name}.png`) });
    console.log(`\n${what}\n  ${url} → demo-output/${name}.png`);
    for (const text of await listMarkTexts(tab)) console.log(`  ${text}`);
    if (headless) await tab.close();
  }

  // Outlook files given only to the buyer's download: measured as the buyer downloads them.
  if (!existsSync(join(extensionPath, 'content-scripts/outlook-download-hook.js'))) {
    console.log('\nOutlook download capture: not in this build (Firefox builds lack the download hook)');
  } else await downloadCapture();
  async function downloadCapture() {
    const tab = await context.newPage();
    await tab.goto(mailbox.outlookUrl('download-only.html'));
    await tab.locator('photo-triage-badge').nth(1).waitFor();
    for (const file of ['dark-2400.jpg', 'blurry-2400.jpg']) {
      await tab.locator(`[role=option]:has([title="${file}"]) [aria-label="More actions"]`).click();
      await tab.locator('[role=menu] [aria-label=Download]').click();
    }
    await waitForBadges(tab, 2, Date.now(), (b) => b.width !== null);
    await tab.screenshot({ path: join(outDir, 'outlook-3-download-capture.png'), fullPage: true });
    console.log('\nOutlook: files Outlook gives only to the download, measured as the buyer downloads them');
    for (const b of await readBadges(tab)) console.log(`  ${b.name.padEnd(34)} ${b.text}`);
    if (headless) await tab.close();
  }

  console.log(`\nScreenshots in ${outDir}/: check-page.png, cards/, and one per mailbox page.`);

  if (!headless) {
    // On Ctrl+C Playwright's own SIGINT handler closes the browser and exits (code 130).
    console.log('The browser stays open: close it or press Ctrl+C to finish.');
    await new Promise((done) => context.on('close', done));
  }
} finally {
  await close();
  await mailbox.close();
}

// Settled = at least one card, none pending, and no new card for a second and a half (zips add cards late).
async function waitUntilSettled(page, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const cards = await readCards(page);
    const state = cards.map((c) => `${c.name}:${c.verdict}`).join('|');
    if (state !== last) [last, stableSince] = [state, Date.now()];
    const done = cards.length > 0 && cards.every((c) => c.verdict !== 'pending');
    if (done && Date.now() - stableSince >= 1500) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`photos still being analysed after ${timeoutMs / 1000} s`);
}

function printTable(cards) {
  const size = (b) =>
    b == null ? '' : b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${Math.round(b / 1e3)} KB`;
  const num = (v) => (v == null ? '' : String(Math.round(v * 10) / 10));
  const rows = [
    ['name', 'format', 'W×H', 'size', 'verdict', 'findings', 'sharpness', 'luminance'],
    ...cards.map((c) => [
      c.name,
      c.format,
      c.width ? `${c.width}×${c.height}` : '',
      size(c.bytes),
      c.verdict,
      c.findings.join(' '),
      num(c.sharpness),
      num(c.luminance),
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(rows[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows.slice(1)) console.log(line(r));
}

/** The list marks' texts: over the DevTools protocol in Chromium; the Firefox e2e build's roots are open. */
function listMarkTexts(tab) {
  if (!firefox) return closedTexts(tab, '[data-photo-triage="list-mark"]');
  return tab.$$eval('[data-photo-triage="list-mark"]', (hosts) =>
    hosts.map((h) => h.shadowRoot?.querySelector('.mark, .speech, .notice')?.textContent),
  );
}
