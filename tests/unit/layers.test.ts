// The README's direction: photo facts → rules → checklist → UI. Measuring a photo must not reach the
// rules that judge it (issue 14, item 5), so the import graph from utils/photo/index.ts is walked here.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : join(dirname(from), spec);
  return ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find(existsSync);
}

/** Every file of ours that `entry` reaches through its imports (type-only ones included). */
function reached(entry: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'((?:@\/|\.)[^']+)'/g)) {
      const next = resolve(file, m[1]);
      if (next) walk(next);
    }
  };
  walk(join(root, entry));
  return [...seen].map((f) => relative(root, f));
}

describe('layers', () => {
  it('measuring a photo (utils/photo/index.ts) imports no rule, checklist, store or UI', () => {
    const files = reached('utils/photo/index.ts');
    expect(files.length).toBeGreaterThan(5); // the walk follows imports
    expect(files.filter((f) => /^(utils\/(triage|store)|components)\//.test(f))).toEqual([]);
  });
});
