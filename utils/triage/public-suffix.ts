// Whether a domain is a public suffix (`com.cn`, `co.uk`, `github.io`): anyone can register under it, so
// it never names one supplier. The Public Suffix List through tldts, ICANN and private sections both.
// tldts is ~47 KB gzipped: imported by the store and the sender matcher (background and options pages),
// never by the content scripts, which ask the background who a sender is.
import { parse } from 'tldts';

export function isPublicSuffix(domain: string): boolean {
  const p = parse(domain, { allowPrivateDomains: true, extractHostname: false });
  return p.domain === null || p.publicSuffix === domain;
}
