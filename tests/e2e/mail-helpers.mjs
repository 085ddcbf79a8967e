// Shared steps of the mail-client e2e tests.
import { syncClosedRoots } from './closed-roots.mjs';

/**
 * Our UI on a mail page (closed shadow roots under these hosts, readable by the tests through
 * closed-roots.mjs, by the page never): what the accessibility checks cover.
 */
export const OUR_UI = ['photo-triage-panel', 'photo-triage-badge'];

/**
 * Load the sample suppliers and orders from the options page, as a buyer trying the extension would.
 * `extension`: the launch's `extensionOrigin` (any browser), or a Chromium extension id.
 */
export async function loadSampleData(context, extension) {
  const origin = extension.includes('://') ? extension : `chrome-extension://${extension}`;
  const page = await context.newPage();
  await page.goto(`${origin}/options.html#/backup`);
  await page.getByTestId('load-sample-data').click();
  await page.getByText(/Sample data loaded/).waitFor({ timeout: 10_000 });
  await page.close();
}

/** Every badge's data attributes and text, read through the closed shadow roots (see closed-roots.mjs). */
export async function readBadges(page) {
  await syncClosedRoots(page);
  return page.$$eval('photo-triage-badge', (hosts) =>
    hosts
      .map((h) => h.shadowRoot?.querySelector('[data-photo-name]'))
      .filter(Boolean)
      .map((b) => ({
        name: b.dataset.photoName,
        width: b.dataset.width ? Number(b.dataset.width) : null,
        height: b.dataset.height ? Number(b.dataset.height) : null,
        bytes: b.dataset.bytes ? Number(b.dataset.bytes) : null,
        verdict: b.dataset.verdict,
        findings: (b.dataset.findings ?? '').split(' ').filter(Boolean),
        text: b.textContent,
      })),
  );
}

/**
 * Wait until at least `count` badges (passing `filter`) are final, noting when the last one got its
 * header numbers. Times are in ms since `since`.
 */
export async function waitForBadges(page, count, since, filter = () => true, timeoutMs = 60_000) {
  let lastHeader = null;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const badges = (await readBadges(page)).filter(filter);
    // English or Chinese interface: the badge texts that carry no numbers, and "checking".
    const measurable = badges.filter((b) => !/not measurable|zip|无法检测|压缩包/.test(b.text));
    if (lastHeader === null && badges.length >= count && measurable.every((b) => b.width))
      lastHeader = Date.now() - since;
    if (
      badges.length >= count &&
      badges.every((b) => b.verdict !== 'pending' && !/checking|检查中/.test(b.text))
    ) {
      return { lastHeader: lastHeader ?? Date.now() - since, allFinal: Date.now() - since };
    }
    await page.waitForTimeout(50);
  }
  const state = (await readBadges(page)).map((b) => `${b.name}: ${b.text}`).join('\n');
  throw new Error(`badges not final within ${timeoutMs / 1000} s:\n${state}`);
}

/** Each message panel: which kind (`triage` for a supplier, `offer` for an unknown sender), its text, photos. */
export function readPanels(page) {
  return page.$$eval('photo-triage-panel', (hosts) =>
    hosts
      .map((h) => h.shadowRoot?.querySelector('[data-panel]'))
      .filter(Boolean)
      .map((p) => ({
        kind: p.dataset.panel,
        text: p.textContent,
        photos: p.querySelectorAll('.photos > li').length,
      })),
  );
}

/** Wait until the panels read satisfy `done` (a predicate on readPanels' list); returns that list. */
export async function waitForPanels(page, done, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let panels = [];
  while (Date.now() < deadline) {
    panels = await readPanels(page);
    if (done(panels)) return panels;
    await page.waitForTimeout(100);
  }
  throw new Error(`panels not as expected within ${timeoutMs / 1000} s: ${JSON.stringify(panels)}`);
}
