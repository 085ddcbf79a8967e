// One spelling for addresses and domains, on every path: saving a supplier, importing a backup and
// matching a sender. Full-width letters (Chinese keyboards) and upper case are folded (NFKC, lower case),
// internationalised domains become punycode (`华美.中国` → `xn--xkrs34h.xn--fiqs8s`), the form mail
// headers use. Invisible characters are kept, not stripped, so that validation refuses them by name:
// stripping would make `fac<ZWSP>tory.cn` look like `factory.cn` to the buyer but not to the sender.
// Pure and small: the content scripts use it too (the public-suffix list stays in the background).

/** Soft hyphen, zero-width spaces and joiners, direction marks, bidi embeddings/overrides/isolates, BOM. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

export const hasInvisible = (s: string): boolean => INVISIBLE.test(s);

/** `fac\u200Btory.cn` → `fac⟨U+200B⟩tory.cn`: the buyer sees where the invisible character is. */
export const revealInvisible = (s: string): string =>
  s.replace(
    new RegExp(INVISIBLE.source, 'gu'),
    (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );

/** `@Ｆactory.CN.` → `factory.cn`; `华美.中国` → `xn--xkrs34h.xn--fiqs8s`. Unconvertible input is returned folded. */
export function normaliseDomain(domain: string): string {
  const folded = domain.normalize('NFKC').trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
  if (!folded || hasInvisible(folded) || /^[\x21-\x7e]+$/.test(folded)) return folded;
  try {
    // The URL parser applies IDNA (UTS 46) and gives the ASCII (punycode) form.
    const host = new URL(`http://${folded}/`).hostname;
    return host || folded;
  } catch {
    return folded;
  }
}

/** `Amy Lin <Amy@Ｆactory.CN>`, `mailto:amy@factory.cn` → `amy@factory.cn`. */
export function normaliseAddress(sender: string): string {
  const angle = /<([^>]+)>/.exec(sender);
  const address = (angle ? angle[1]! : sender)
    .normalize('NFKC')
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  const at = address.lastIndexOf('@');
  return at < 0 ? address : `${address.slice(0, at)}@${normaliseDomain(address.slice(at + 1))}`;
}
