// Sizes of the product's source (components/, utils/, entrypoints/; not tests, not data): lines, files
// over 400 lines, functions over 100 lines. Issue 14 reports these before and after.
// Run: node tests/tools/code-size.mjs [--all]   (--all lists every long function and file)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('../..', import.meta.url).pathname;
const FOLDERS = ['components', 'utils', 'entrypoints'];

/** @param {string} dir @returns {string[]} */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A function's name: its own, or the variable, property or class member it is assigned to. */
function nameOf(/** @type {ts.Node} */ node) {
  const named = /** @type {{ name?: ts.Node }} */ (node).name;
  if (named && ts.isIdentifier(named)) return named.text;
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name)
    return parent.name.getText();
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  return '(anonymous)';
}

const files = FOLDERS.flatMap((f) => sources(join(root, f)));
let lines = 0;
/** @type {{ file: string; lines: number }[]} */
const longFiles = [];
/** @type {{ file: string; name: string; lines: number }[]} */
const longFunctions = [];
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  const file = relative(root, path);
  const n = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  lines += n;
  if (n > 400) longFiles.push({ file, lines: n });
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > 100) longFunctions.push({ file, name: nameOf(node), lines: end - start + 1 });
    }
    // A class counts as one unit too: the issue names a 517-line class.
    ts.forEachChild(node, visit);
  };
  visit(source);
}
longFunctions.sort((a, b) => b.lines - a.lines);
longFiles.sort((a, b) => b.lines - a.lines);
console.log(`source files: ${files.length}, lines: ${lines}`);
console.log(`files over 400 lines: ${longFiles.length}`);
for (const f of longFiles) console.log(`  ${f.lines}  ${f.file}`);
console.log(`functions over 100 lines: ${longFunctions.length}`);
for (const f of longFunctions) console.log(`  ${f.lines}  ${f.name}  (${f.file})`);
