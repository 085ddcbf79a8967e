import { describe, expect, it } from 'vitest';
import type { ReRequestDraft } from '@/utils/reply/draft';
import { MESSAGE_PHRASES } from '@/utils/reply/phrases';
import { type RenderOptions, renderText } from '@/utils/reply/render';
import {
  DEFAULT_TEMPLATES,
  fillTemplate,
  PLACEHOLDER_HELP,
  PLACEHOLDERS,
  type Placeholder,
  validateReplyTemplate,
} from '@/utils/reply/reply-template';

/** A draft as plain data: two items, a gate, no optional shots. */
function draft(over: Partial<ReRequestDraft> = {}): ReRequestDraft {
  return {
    orderId: 'order-1',
    stageId: 'stage-1',
    today: '2026-11-25',
    po: 'PO-2026-0412',
    product: 'LED desk lamp',
    stage: { en: 'Pre-shipment', zh: '出货前验货' },
    supplier: 'Ningbo Bright Lighting',
    contact: 'Amy',
    greeting: { en: 'Dear Amy,', zh: 'Amy，您好！' },
    items: [
      {
        kind: 'missing',
        shotId: 'ps-back',
        text: {
          en: 'Product back: not received yet, please send it.',
          zh: '产品背面：还没有收到，麻烦拍好发给我们。',
        },
        title: {
          en: 'Product back: not received yet, please send it.',
          zh: '产品背面：还没有收到，麻烦拍好发给我们。',
        },
        details: [{ en: 'The same piece from the back, whole.', zh: '拍摄要求：同一件产品的背面整体图。' }],
      },
      {
        kind: 'general',
        text: { en: 'Please put a ruler in the frame.', zh: '请放一把尺子一起拍。' },
        title: { en: 'Please put a ruler in the frame.', zh: '请放一把尺子一起拍。' },
        details: [],
      },
    ],
    gate: { en: 'Please send these before packing.', zh: '请在装箱之前发给我们。' },
    due: { en: 'Sat 28 Nov 2026 (in 3 days)', zh: '11月28日（周六，还有3天）' },
    why: { en: 'Why: photos.', zh: '说明一下：照片。' },
    buyer: 'Sam Taylor',
    company: 'Brightlight Home',
    signature: 'Sam Taylor',
    defaults: { layout: 'sequential', detail: 'detailed', languages: ['en'] },
    ...over,
  };
}

const en: RenderOptions = { layout: 'sequential', detail: 'detailed', languages: ['en'] };

describe('DEFAULT_TEMPLATES', () => {
  it('are valid, one per language, built from the phrase bank', () => {
    for (const lang of ['en', 'zh'] as const) {
      expect(validateReplyTemplate(DEFAULT_TEMPLATES[lang])).toEqual({ ok: true });
      expect(DEFAULT_TEMPLATES[lang]).toContain(MESSAGE_PHRASES.intro[lang]);
      expect(DEFAULT_TEMPLATES[lang]).toContain(MESSAGE_PHRASES.closing[lang]);
      for (const p of ['{greeting}', '{items}', '{gate}', '{why}'])
        expect(DEFAULT_TEMPLATES[lang]).toContain(p);
    }
  });

  it('render the draft: the templates are the only wording of the frame', () => {
    const text = renderText(draft(), en);
    expect(text).toBe(
      [
        'Dear Amy,',
        'For our order PO-2026-0412 (LED desk lamp), Pre-shipment photos: could you please send us the following?',
        '1. Product back: not received yet, please send it.\n   - The same piece from the back, whole.\n2. Please put a ruler in the frame.',
        'Please send these before packing.',
        'Why: photos.',
        'Thank you very much for your help!',
        'Sam Taylor',
      ].join('\n\n'),
    );
  });

  it('have help for every placeholder', () => {
    expect(Object.keys(PLACEHOLDER_HELP).sort()).toEqual([...PLACEHOLDERS].sort());
    for (const p of PLACEHOLDERS) expect(PLACEHOLDER_HELP[p].length).toBeGreaterThan(5);
  });
});

describe('validateReplyTemplate', () => {
  it('accepts every known placeholder and escaped braces', () => {
    const all = PLACEHOLDERS.map((p) => `{${p}}`).join(' ');
    expect(validateReplyTemplate(all)).toEqual({ ok: true });
    expect(validateReplyTemplate('{{not a placeholder}} {items} }} {{')).toEqual({ ok: true });
  });

  it('refuses an unknown placeholder, listing each one, with a hint for a wrong case', () => {
    const r = validateReplyTemplate('Dear {contact}, about {pO} at {price} and {price} again.\n{items}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.unknown).toEqual(['pO', 'price']);
    expect(r.unbalanced).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.message).toContain('Unknown placeholders {pO}, {price}');
    expect(r.message).toContain('did you mean {pO} → {po}?');
    expect(r.message).toContain('{supplier}');
  });

  it('refuses one unknown placeholder in the singular, and odd ones like {} or { po }', () => {
    const one = validateReplyTemplate('{items} {buyer_name}');
    expect(one.ok === false && one.message.startsWith('Unknown placeholder {buyer_name}.')).toBe(true);
    const odd = validateReplyTemplate('{items} {} { po }');
    expect(odd.ok === false && odd.unknown).toEqual(['', ' po ']);
    expect(odd.ok === false && odd.message).toContain('{ po } → {po}');
  });

  it('reports unbalanced braces with where they are', () => {
    const r = validateReplyTemplate('{items}\nAbout {po and }\nthe {product');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // "{po and }" is a placeholder name with a space: unknown. "{product" never closes.
    expect(r.unknown).toEqual(['po and ']);
    expect(r.unbalanced).toEqual([28]);
    expect(r.message).toContain('Unbalanced brace: “{” at line 3, column 5');
    expect(r.message).toContain('type {{ or }}');
    const closing = validateReplyTemplate('{items} po}');
    expect(closing.ok === false && closing.message).toContain('“}” at line 1, column 11');
  });

  it('a template of 10 000 lone braces gets a message of bounded size that still says where the first ones are', () => {
    const r = validateReplyTemplate(`{items}\n${'{\n'.repeat(10_000)}`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.unbalanced).toHaveLength(10_000);
    expect(r.message).toContain('“{” at line 2, column 1; “{” at line 3, column 1');
    expect(r.message).toContain('(and 9995 more)');
    // Was 279 KB, every keystroke of the preview.
    expect(r.message.length).toBeLessThan(500);
  });

  it('10 000 different unknown placeholders: each counted, five named', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `price${i}`);
    const r = validateReplyTemplate(`{items} ${names.map((n) => `{${n}}`).join(' ')}`);
    expect(r.ok === false && r.unknown).toHaveLength(10_000);
    expect(r.ok === false && r.message).toMatch(
      /^Unknown placeholders \{price0\}, .*\{price4\} \(and 9995 more\)\./,
    );
    expect(r.ok === false && r.message.length).toBeLessThan(500);
  });

  it('looks at most a name’s length ahead of each brace: a lone { before a far } is stray, as before', () => {
    const far = `{items} {${'x'.repeat(41)}} {${'y'.repeat(40)}}`;
    const r = validateReplyTemplate(far);
    expect(r.ok === false && r.unbalanced).toEqual([8, 50]);
    expect(r.ok === false && r.unknown).toEqual(['y'.repeat(40)]);
  });

  it('refuses a template without {items}', () => {
    const r = validateReplyTemplate('Dear {contact}, thanks.');
    expect(r).toMatchObject({ ok: false, unknown: [], missing: ['items'] });
    expect(r.ok === false && r.message).toContain('no {items}');
  });
});

describe('fillTemplate', () => {
  const values: Record<Placeholder, string> = {
    greeting: 'Dear Tom & <b>Jerry</b>,',
    supplier: 'Bright & Co',
    contact: 'Tom & <b>Jerry</b>',
    po: 'PO-1',
    product: '<script>alert(1)</script>',
    stage: 'Pre-shipment',
    items: '1. <img src=x onerror=alert(1)>.jpg',
    gate: 'Before "packing"',
    due: 'Sat 28 Nov',
    why: "It's how we approve",
    buyer: 'Sam',
    company: 'Brightlight',
    today: '2026-11-25',
  };
  const all = PLACEHOLDERS.map((p) => `${p}={${p}}`).join('|');

  it('fills every known placeholder', () => {
    const out = fillTemplate(all, values);
    expect(out).toBe(PLACEHOLDERS.map((p) => `${p}=${values[p]}`).join('|'));
    expect(out).not.toMatch(/\{[a-z]+\}/);
  });

  it('leaves unknown placeholders and stray braces as written, empties missing values, unescapes {{ }}', () => {
    expect(fillTemplate('{po} {pO} {price} {{po}} {due', { po: 'X' })).toBe('X {pO} {price} {po} {due');
    expect(fillTemplate('[{contact}]', {})).toBe('[]');
  });

  it('never scans a value again', () => {
    expect(fillTemplate('{contact} {po}', { contact: '{po}', po: '{contact}' })).toBe('{po} {contact}');
  });
});

describe('rendering through a buyer’s template', () => {
  const custom = [
    'Hi {contact} ({supplier}),',
    '',
    'Order {po} / {product} / {stage} — due {due}, today is {today}.',
    'We need: {items} That is all.',
    '',
    '{gate}',
    '{why}',
    '',
    '{buyer}, {company}',
  ].join('\n');

  it('fills every placeholder and splits a paragraph around {items}', () => {
    expect(validateReplyTemplate(custom)).toEqual({ ok: true });
    const text = renderText(draft(), { ...en, templates: { en: custom } });
    expect(text).toBe(
      [
        'Hi Amy (Ningbo Bright Lighting),',
        'Order PO-2026-0412 / LED desk lamp / Pre-shipment — due Sat 28 Nov 2026 (in 3 days), today is 2026-11-25.\nWe need:',
        '1. Product back: not received yet, please send it.\n   - The same piece from the back, whole.\n2. Please put a ruler in the frame.',
        'That is all.',
        'Please send these before packing.\nWhy: photos.',
        'Sam Taylor, Brightlight Home',
        'Sam Taylor',
      ].join('\n\n'),
    );
  });

  it('drops lines and paragraphs left empty (no gate, brief draft without why)', () => {
    const { gate: _, ...noGate } = draft();
    const text = renderText(noGate as ReRequestDraft, { ...en, detail: 'brief', templates: { en: custom } });
    expect(text).toContain('That is all.\n\nSam Taylor, Brightlight Home');
    expect(text).not.toContain('Why');
  });

  it('falls back to the default template when the buyer’s is invalid', () => {
    const withDefault = renderText(draft(), en);
    expect(renderText(draft(), { ...en, templates: { en: 'Hi {pO}' } })).toBe(withDefault);
    expect(renderText(draft(), { ...en, templates: { en: 'Hi {contact}, {items' } })).toBe(withDefault);
  });

  it('interleaves two templates of different shapes paragraph by paragraph', () => {
    const text = renderText(draft(), {
      layout: 'interleaved',
      detail: 'brief',
      languages: ['en', 'zh-CN'],
      templates: {
        en: 'Hi {contact}\n\nA\n\nB\n\n{items}\n\nBye',
        zh: '{greeting}\n\n{items}\n\n谢谢\n\n再见',
      },
    });
    expect(text).toBe(
      [
        'Hi Amy\nAmy，您好！',
        'A',
        'B',
        '1. Product back: not received yet, please send it.\n   产品背面：还没有收到，麻烦拍好发给我们。\n2. Please put a ruler in the frame.\n   请放一把尺子一起拍。',
        'Bye\n谢谢',
        '再见',
        'Sam Taylor',
      ].join('\n\n'),
    );
  });
});
