// Pure knowledge of Outlook's attachment text and URLs: what a tile's label says (name, displayed size),
// which URLs carry an attachment's bytes, which are pictures Outlook rendered from a message part, and which
// are remote pictures or Safe Links (not attachments at all).
//
// Outlook's attachment endpoint is `/owa/service.svc/s/GetFileAttachment?id=<attachment id>`, on the page's
// own host (authenticated by cookies plus an `X-OWA-CANARY` parameter, per public OWA API notes) or on a
// token host (`attachments.office.net/owa/<mailbox>/service.svc/s/…?…&token=…` for work accounts,
// `attachment.outlook.live.net` for outlook.com). `GetAttachmentThumbnail` serves a small rendering of the
// same id. Neither host answers the page with CORS headers: the background fetches with host permission.
import { parseDisplayedSize } from '../sizes';

/** Where Outlook on the web runs (mail paths only: `/mail/`). */
export const OUTLOOK_PAGE_HOSTS = [
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
] as const;

/** Token-authenticated hosts serving attachment bytes (no cookies needed, no CORS for the page). */
export const OUTLOOK_ATTACHMENT_HOSTS = ['attachments.office.net', 'attachment.outlook.live.net'] as const;

export type OutlookUrlKind =
  | 'attachment' // GetFileAttachment on an Outlook host: the attachment's bytes (or its preview rendering)
  | 'thumbnail' // GetAttachmentThumbnail: a small rendering of an attachment, same id
  | 'inline' // cid: or an Outlook blob: URL: a message part Outlook resolved in the page
  | 'safelinks' // *.safelinks.protection.outlook.com: a remote URL wrapped by Defender, not an attachment
  | 'remote' // any other http(s) picture: part of the body's design, not of the message
  | 'other'; // data:, unparsable, or not a picture address at all

function parse(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

const isOutlookHost = (host: string) =>
  (OUTLOOK_PAGE_HOSTS as readonly string[]).includes(host) ||
  (OUTLOOK_ATTACHMENT_HOSTS as readonly string[]).includes(host);

const endpoint = (u: URL) =>
  /\/service\.svc\/s\/(GetFileAttachment|GetAttachmentThumbnail)$/i.exec(u.pathname)?.[1];

/**
 * `base` is the page's URL: relative attachment links resolve against it, and a page served from a host
 * outside the list (the e2e server, a test) still counts as Outlook for its own links.
 */
export function classifyUrl(url: string, base?: string): OutlookUrlKind {
  const u = parse(url, base);
  if (!u) return 'other';
  if (u.protocol === 'cid:') return 'inline';
  if (u.protocol === 'blob:') {
    const inner = parse(u.pathname);
    return inner && isOutlookHost(inner.hostname) ? 'inline' : 'other';
  }
  if (!/^https?:$/.test(u.protocol)) return 'other';
  const host = u.hostname.toLowerCase();
  if (/(^|\.)safelinks\.protection\.outlook\.com$/.test(host)) return 'safelinks';
  const pageHost = parse(base ?? '')?.hostname.toLowerCase();
  const outlook = isOutlookHost(host) || host === pageHost;
  const kind = outlook ? endpoint(u) : undefined;
  if (kind?.toLowerCase() === 'getfileattachment') return 'attachment';
  if (kind) return 'thumbnail';
  return outlook ? 'other' : 'remote';
}

/** The attachment id (`AAMk…`, decoded) of an attachment or thumbnail URL. */
export function attachmentIdFromUrl(url: string, base?: string): string | undefined {
  const kind = classifyUrl(url, base);
  if (kind !== 'attachment' && kind !== 'thumbnail') return undefined;
  return parse(url, base)?.searchParams.get('id') || undefined;
}

/**
 * A URL that downloads the whole attachment, from any attachment-endpoint URL of it: a thumbnail becomes
 * GetFileAttachment with the same id and credentials (token or canary), and `isImagePreview=True` (which
 * may serve a rendering sized for the screen: not verified either way) becomes False.
 */
export function downloadUrlFrom(url: string, base?: string): string | undefined {
  const kind = classifyUrl(url, base);
  if (kind !== 'attachment' && kind !== 'thumbnail') return undefined;
  const u = parse(url, base);
  if (!u?.searchParams.get('id')) return undefined;
  if (kind === 'thumbnail') {
    u.pathname = u.pathname.replace(/GetAttachmentThumbnail$/i, 'GetFileAttachment');
    u.searchParams.delete('thumbnailType');
  }
  if (u.searchParams.has('isImagePreview')) u.searchParams.set('isImagePreview', 'False');
  return u.toString();
}

/**
 * A download URL for an attachment known only by its id (an inline picture's `data-custom`): the same
 * endpoint and credentials as `template` (another attachment URL of the message) with this id, or the page
 * origin's `/owa/service.svc/s/GetFileAttachment`. Unverified: whether Outlook accepts the page-origin
 * form without the `X-OWA-CANARY` parameter, and whether outlook.live.com serves that path at all.
 */
export function downloadUrlForId(id: string, base: string, template?: string): string | undefined {
  const from = template ? parse(downloadUrlFrom(template, base) ?? '') : undefined;
  const u = from ?? parse('/owa/service.svc/s/GetFileAttachment', base);
  if (!u || !id) return undefined;
  u.searchParams.set('id', id);
  if (!from) u.searchParams.set('isImagePreview', 'False');
  return u.toString();
}

/** The address a Safe Links URL wraps (`?url=…`), for saying where a remote picture really lives. */
export function unwrapSafelink(url: string): string | undefined {
  const u = parse(url);
  if (!u || classifyUrl(url) !== 'safelinks') return undefined;
  const inner = u.searchParams.get('url');
  return inner && parse(inner) ? inner : undefined;
}

/** A content id that is a file name (`cid:IMG_0412.jpg@01DB3F2A.5C9E1B20`) names an inline picture. */
export function nameFromContentId(cid: string | null | undefined): string | undefined {
  const m = /^cid:([^@]+)/i.exec(cid ?? '');
  const name = m ? decodeURIComponent(m[1]).trim() : '';
  return /\.[a-z0-9]{2,5}$/i.test(name) && !/^image\d{3}\./i.test(name) ? name : undefined;
}

// --- What a tile says -------------------------------------------------------------------------------------

/** Extensions that make a file name recognisable inside a label ("v1.2 photo.jpg Open 2 MB"). */
const KNOWN_EXT =
  'jpe?g|jfif|png|gif|webp|bmp|tiff?|heic|heif|avif|zip|rar|7z|pdf|docx?|xlsx?|pptx?|csv|txt|mp4|mov|eml|msg';
const NAME_WITH_KNOWN_EXT = new RegExp(`^(.*\\.(?:${KNOWN_EXT}))(?=[\\s,，(（]|$)`, 'i');
/** Any other name: an extension starts with a letter, so "1.7 MB" is never a file called "1.7". */
const ANY_NAME = /^(.+?\.\p{L}[\p{L}\p{N}]{0,5})(?=[\s,，(（]|$)/u;
/** A size at the end of a label, possibly in brackets: "1.7 MB", "(2.3 MB)", "1,2 Mo", "68 KB". */
const TRAILING_SIZE = /[(（]?\s*(\d[\d.,'’\u00a0\u202f ]*\s?[^\d\s.,()（）]{1,4})\s*[)）]?\s*$/u;

export interface TileText {
  name?: string;
  sizeText?: string;
  size?: number;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Name and displayed size from one label or text: "IMG_2034.jpg 2.3 MB", "good-3000.jpg (1.7 MB)",
 * "document.pdf Open 205 KB" (the verb localised: "打开", "Ouvrir", "Öffnen", "Abrir"), "照片.jpg，68 KB".
 */
export function parseTileLabel(label: string | null | undefined): TileText {
  // Icons at the end (Outlook draws them as private-use glyphs of an icon font) are not part of the size.
  const text = clean(label).replace(/[\s\p{Co}\p{So}\p{Sm}]+$/u, '');
  if (!text) return {};
  const out: TileText = {};
  const sized = TRAILING_SIZE.exec(text);
  const size = sized ? parseDisplayedSize(sized[1]) : undefined;
  let rest = text;
  if (sized && size !== undefined) {
    out.sizeText = clean(sized[1]);
    out.size = size;
    rest = clean(text.slice(0, sized.index)).replace(/[\s,，;；:：]+$/u, '');
  }
  const name = NAME_WITH_KNOWN_EXT.exec(rest)?.[1] ?? ANY_NAME.exec(rest)?.[1];
  if (name) out.name = clean(name);
  return out;
}

/**
 * What a tile says, from the best source available: its title attributes (one holds the name, one the size,
 * in the markup seen), then its aria-label, then its visible text.
 */
export function readTileText(parts: {
  titles?: string[];
  label?: string | null;
  text?: string | null;
}): TileText {
  const titles = (parts.titles ?? []).map(clean).filter(Boolean);
  const sizeTitle = titles.find((t) => parseDisplayedSize(t) !== undefined);
  const nameTitle = titles.find((t) => parseDisplayedSize(t) === undefined && ANY_NAME.test(t));
  const fromLabel = parseTileLabel(parts.label);
  const fromText = parseTileLabel(parts.text);
  const sizeText = sizeTitle ?? fromLabel.sizeText ?? fromText.sizeText;
  return {
    name: nameTitle ?? fromLabel.name ?? fromText.name,
    sizeText,
    size: parseDisplayedSize(sizeText),
  };
}
