// Pure URL knowledge: which Gmail URLs carry an attachment's bytes, which are Drive files (no bytes for us),
// which are remote pictures Gmail proxies (not attachments at all), and how to turn each into a fetch URL.

export interface DownloadUrl {
  mime: string;
  filename: string;
  url: string;
}

/**
 * The card's `download_url` is `mime:filename:url`, and the URL itself holds colons (`permmsgid=msg-f:…`),
 * as can the file name: split at the last `:https://`, not at every colon (gmail.js's split lost them, and
 * InboxSDK's `[^:]+` cut URLs short until its 2024-06-12 fix). The last, because the file name is the
 * sender's to choose (`photo:https://elsewhere/x.jpg`) and Gmail's own URL never holds `:https://`.
 */
export function parseDownloadUrl(value: string | null | undefined): DownloadUrl | undefined {
  if (!value) return undefined;
  const urlAt = value.lastIndexOf(':https://');
  const mimeEnd = value.indexOf(':');
  if (urlAt < 0 || mimeEnd < 0 || mimeEnd >= urlAt) return undefined;
  return {
    mime: value.slice(0, mimeEnd),
    filename: value.slice(mimeEnd + 1, urlAt),
    url: value.slice(urlAt + 1),
  };
}

export type UrlKind =
  | 'gmail-attachment' // view=att on mail.google.com, or the redirected cookie-less attachment host
  | 'gmail-inline' // a picture embedded in the body (view=fimg, or disp=emb)
  | 'drive' // Drive, Docs, or a Google-hosted file that is not a mail attachment
  | 'remote-proxy' // a remote picture fetched through Gmail's image proxy: part of the body, not an attachment
  | 'other';

function parse(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

export function classifyUrl(url: string, base?: string): UrlKind {
  const u = parse(url, base);
  if (!u || !/^https?:$/.test(u.protocol)) return 'other';
  const host = u.hostname.toLowerCase();
  const p = u.searchParams;
  if (host === 'mail.google.com') {
    if (p.get('view') === 'fimg' || p.get('disp') === 'emb') return 'gmail-inline';
    if (p.get('view') === 'att') return 'gmail-attachment';
    return 'other';
  }
  if (host === 'mail-attachment.googleusercontent.com') return 'gmail-attachment';
  // ciN.googleusercontent.com/proxy/… (older) and /meips/… (since 2023) are remote pictures, re-served.
  if (host.endsWith('.googleusercontent.com') && /^\/(proxy|meips)\//.test(u.pathname)) return 'remote-proxy';
  if (
    host === 'drive.google.com' ||
    host === 'docs.google.com' ||
    host === 'drive.usercontent.google.com' ||
    host.endsWith('.googleusercontent.com')
  )
    return 'drive';
  return 'other';
}

/** A card's link opens the attachment in Gmail's viewer (`disp=inline`); `disp=safe` downloads the bytes. */
export function fetchUrlFromCardLink(href: string, base?: string): string | undefined {
  if (classifyUrl(href, base) !== 'gmail-attachment') return undefined;
  const u = parse(href, base);
  if (!u) return undefined;
  if (u.searchParams.get('disp') === 'inline') u.searchParams.set('disp', 'safe');
  return u.toString();
}

/**
 * An inline picture's own `src` is a re-encoded preview (`view=fimg&sz=s0-l75-ft`: quality 75), which would
 * make every inline photo look recompressed. The same part downloads whole as `view=att&disp=safe`.
 */
export function fetchUrlFromInlineImage(src: string, base?: string): string | undefined {
  if (classifyUrl(src, base) !== 'gmail-inline') return undefined;
  const u = parse(src, base);
  if (!u) return undefined;
  u.searchParams.set('view', 'att');
  u.searchParams.set('disp', 'safe');
  u.searchParams.delete('sz');
  return u.toString();
}

/**
 * The part's number in its message (`attid=0.1`), stable across renders and the same for a card and an
 * inline picture of one part (their `realattid` forms differ); undefined for other URLs.
 */
export function attachmentPartId(url: string, base?: string): string | undefined {
  const p = parse(url, base)?.searchParams;
  return p?.get('attid') || p?.get('realattid') || undefined;
}

/** The legacy thread id (`th=`) carried by attachment URLs. */
export function threadIdFromUrl(url: string, base?: string): string | undefined {
  return parse(url, base)?.searchParams.get('th') || undefined;
}
