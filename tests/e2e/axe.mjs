// Accessibility check for the end-to-end tests: runs axe-core (Deque's rules for WCAG) inside a page,
// including our closed shadow roots on the mail pages (readable to the tests through closed-roots.mjs),
// and fails the test on serious or critical violations. axe is injected through the DevTools protocol, so
// it also runs on extension pages whose CSP forbids inline scripts. Used to prove screen-reader labels, roles and names exist, not to style.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { syncClosedRoots } from './closed-roots.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * @param {import('playwright-core').Page} page
 * @param {{ include?: string[]; impacts?: string[]; disableRules?: string[] }} [opts]
 *   include: CSS selectors to limit the check to (e.g. our own UI on a mail page).
 * @returns {Promise<Array<{ id: string; impact: string; help: string; targets: string[] }>>}
 */
export async function axeViolations(
  page,
  { include, impacts = ['serious', 'critical'], disableRules = [] } = {},
) {
  await syncClosedRoots(page);
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  const results = await page.evaluate(
    async ({ include, disableRules }) => {
      const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
      const context = include ? { include: include.map((s) => [s]) } : document;
      const r = await window.axe.run(context, { rules, resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
    },
    { include, disableRules },
  );
  return results.filter((v) => impacts.includes(v.impact));
}

/** Assert no serious/critical violations; the message lists each with where it is. */
export async function assertAccessible(t, page, opts) {
  const violations = await axeViolations(page, opts);
  const lines = violations.map(
    (v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.slice(0, 3).join(', ')}`,
  );
  t.assert.deepEqual(lines, [], `accessibility violations on ${page.url()}`);
}
