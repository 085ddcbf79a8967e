// A draft as plain text (the mail editor, WeChat, the clipboard), in one language or two, through the
// templates: the template gives the frame (greeting, intro, closing), the draft the values and the
// numbered list.
//
// Layouts with two languages: `sequential` writes the whole message in the first language, a line, then
// the whole message in the second; `interleaved` writes each paragraph and each item in the first
// language with the second under it. The buyer's signature comes once, at the end.
import type { Language } from '@/utils/store/types';
import type { DraftItem, ReRequestDraft } from './draft';
import {
  DEFAULT_TEMPLATES,
  fillTemplate,
  type TemplateLanguage,
  type TemplateValues,
  tokenizeTemplate,
  validateReplyTemplate,
} from './reply-template';

export interface RenderOptions {
  layout: 'sequential' | 'interleaved';
  /** In the order to write them; empty means English then Chinese. */
  languages: Language[];
  detail: 'brief' | 'detailed';
  /** The buyer's templates; a missing or invalid one falls back to the default for that language. */
  templates?: Partial<Record<TemplateLanguage, string>>;
}

/** The line between the two languages in the sequential layout. */
export const LANGUAGE_SEPARATOR = '------------------------------';

interface ItemPart {
  title: string;
  details: string[];
}

type Block =
  | { kind: 'para'; lines: string[] }
  /** Each item: one part per language. */
  | { kind: 'list'; items: ItemPart[][] }
  | { kind: 'rule' };

/** One language's message: paragraphs before the list, the list, paragraphs after. */
interface LanguageDoc {
  head: string[][];
  items: ItemPart[];
  tail: string[][];
}

const keyOf = (l: Language): TemplateLanguage => (l === 'zh-CN' ? 'zh' : 'en');

function languagesOf(opts: RenderOptions): TemplateLanguage[] {
  const langs = [...new Set(opts.languages.map(keyOf))];
  return langs.length ? langs : ['en', 'zh'];
}

function templateFor(lang: TemplateLanguage, opts: RenderOptions): string {
  const custom = opts.templates?.[lang];
  return custom !== undefined && validateReplyTemplate(custom).ok ? custom : DEFAULT_TEMPLATES[lang];
}

function valuesFor(draft: ReRequestDraft, lang: TemplateLanguage, opts: RenderOptions): TemplateValues {
  return {
    greeting: draft.greeting[lang],
    supplier: draft.supplier,
    contact: draft.contact,
    po: draft.po,
    product: draft.product,
    stage: draft.stage[lang],
    gate: draft.gate?.[lang] ?? '',
    due: draft.due?.[lang] ?? '',
    why: opts.detail === 'detailed' ? draft.why[lang] : '',
    buyer: draft.buyer,
    company: draft.company,
    today: draft.today,
  };
}

/** Fills one paragraph; a line that had placeholders and came out blank goes, and so do blank ends. */
function fillParagraph(source: string, values: TemplateValues): string[] {
  const lines: string[] = [];
  for (const line of source.split('\n')) {
    const filled = fillTemplate(line, values);
    const hadPlaceholder = tokenizeTemplate(line).some((t) => t.kind === 'placeholder');
    if (hadPlaceholder && !filled.trim()) continue;
    // A value may hold line breaks of its own.
    lines.push(...filled.split('\n').map((l) => l.trimEnd()));
  }
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines.at(-1)!.trim()) lines.pop();
  return lines;
}

function itemPart(item: DraftItem, lang: TemplateLanguage, detail: RenderOptions['detail']): ItemPart {
  return detail === 'brief'
    ? { title: item.text[lang], details: [] }
    : { title: item.title[lang], details: item.details.map((d) => d[lang]) };
}

function layoutLanguage(draft: ReRequestDraft, lang: TemplateLanguage, opts: RenderOptions): LanguageDoc {
  const values = valuesFor(draft, lang, opts);
  const doc: LanguageDoc = {
    head: [],
    items: draft.items
      .filter((i) => opts.detail === 'detailed' || !i.optional)
      .map((i) => itemPart(i, lang, opts.detail)),
    tail: [],
  };
  let seenItems = false;
  const add = (source: string) => {
    const lines = fillParagraph(source, values);
    if (lines.length) (seenItems ? doc.tail : doc.head).push(lines);
  };
  const template = templateFor(lang, opts).replace(/\r\n?/g, '\n');
  for (const paragraph of template.split(/\n[ \t]*\n/)) {
    const at = seenItems
      ? undefined
      : tokenizeTemplate(paragraph).find((t) => t.kind === 'placeholder' && t.name === 'items');
    if (!at) {
      add(paragraph);
      continue;
    }
    // "We need: {items} That is all." — the text either side becomes a paragraph of its own.
    add(paragraph.slice(0, at.start).trimEnd());
    seenItems = true;
    add(paragraph.slice(at.end).trimStart());
  }
  return doc;
}

function blocksOf(draft: ReRequestDraft, opts: RenderOptions): Block[] {
  const docs = languagesOf(opts).map((lang) => layoutLanguage(draft, lang, opts));
  const blocks: Block[] = [];
  const paras = (ps: string[][]) => ps.map((lines): Block => ({ kind: 'para', lines }));
  const list = (items: ItemPart[][]): Block[] => (items.length ? [{ kind: 'list', items }] : []);

  if (opts.layout === 'interleaved' && docs.length > 1) {
    const zip = (pick: (d: LanguageDoc) => string[][]) => {
      const n = Math.max(...docs.map((d) => pick(d).length));
      return Array.from({ length: n }, (_, i) => docs.flatMap((d) => pick(d)[i] ?? []));
    };
    blocks.push(...paras(zip((d) => d.head)));
    blocks.push(...list(docs[0]!.items.map((_, i) => docs.map((d) => d.items[i]!))));
    blocks.push(...paras(zip((d) => d.tail)));
  } else {
    docs.forEach((d, i) => {
      if (i > 0) blocks.push({ kind: 'rule' });
      blocks.push(...paras(d.head), ...list(d.items.map((part) => [part])), ...paras(d.tail));
    });
  }
  const signature = draft.signature.replace(/\r\n?/g, '\n').trim();
  if (signature) blocks.push({ kind: 'para', lines: signature.split('\n').map((l) => l.trimEnd()) });
  return blocks;
}

const withDefaults = (draft: ReRequestDraft, opts?: Partial<RenderOptions>): RenderOptions => ({
  ...draft.defaults,
  ...Object.fromEntries(Object.entries(opts ?? {}).filter(([, v]) => v !== undefined)),
});

/** Plain text: paragraphs apart by a blank line, items numbered `1.`, reasons indented under them. */
export function renderText(draft: ReRequestDraft, opts?: Partial<RenderOptions>): string {
  const text = (b: Block): string => {
    switch (b.kind) {
      case 'para':
        return b.lines.join('\n');
      case 'rule':
        return LANGUAGE_SEPARATOR;
      case 'list':
        return b.items
          .map((parts, i) =>
            parts
              .flatMap((p, j) => [
                `${j === 0 ? `${i + 1}.` : '  '} ${p.title}`,
                ...p.details.map((d) => `   - ${d}`),
              ])
              .join('\n'),
          )
          .join('\n');
    }
  };
  return blocksOf(draft, withDefaults(draft, opts)).map(text).join('\n\n');
}
