// Text as the adapters read it from a mail client's page. Both clients render the sender's own HTML as the
// body, so the same reading serves both.

export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

const BLOCK = /^(BR|DIV|P|LI|TR|TD|TH|BLOCKQUOTE|H[1-6]|TABLE|UL|OL|PRE|HR)$/;

/** The body as a person reads it: line breaks at <br> and blocks, so "PO-2026-0412" never runs into a word. */
export function readableText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    const block = BLOCK.test(tag);
    if (block) parts.push('\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}
