// The lint rule that makes HTML sinks visible (lint/no-html-sinks.grit, a Biome plugin): it must fire on
// the extension's code, or `npx biome check .` passing would prove nothing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'lint-probe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lints one source as if it were a file of the extension's components, with the project's config. */
function lint(source: string): string {
  const file = join(dir, 'components', `probe-${Math.random().toString(36).slice(2)}.ts`);
  mkdirSync(join(dir, 'components'), { recursive: true });
  writeFileSync(file, `declare const el: HTMLElement;\ndeclare const name: string;\n${source}\n`);
  const run = spawnSync(
    resolve(ROOT, 'node_modules/.bin/biome'),
    ['lint', `--config-path=${resolve(ROOT, 'biome.json')}`, file],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return `${run.stdout}${run.stderr}`;
}

describe('lint: HTML sinks', () => {
  it.each([
    'el.innerHTML = name;',
    'el.outerHTML = name;',
    "el.insertAdjacentHTML('beforeend', name);",
    'document.write(name);',
  ])('%s is an error in the extension code', (line) => {
    expect(lint(line)).toContain('HTML sink');
  });

  it('text and elements are fine', () => {
    expect(lint("el.textContent = name;\nel.append(document.createElement('b'));")).not.toContain(
      'HTML sink',
    );
  });
}, 30_000);
