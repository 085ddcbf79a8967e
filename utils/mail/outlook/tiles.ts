// An open Outlook message's attachment tiles and body pictures as MailAttachments: which way each one's
// bytes can be had (the order of preference is in ./adapter's header), read afresh on every pass.
import { attachmentKind, type ByteStrategy, type MailAttachment } from '../adapter';
import type { MessageContext, MessageScopes } from '../scopes';
import { query, queryAll } from '../selectors';
import { clean } from '../text';
import {
  attachmentIdFromUrl,
  classifyUrl,
  downloadUrlForId,
  downloadUrlFrom,
  nameFromContentId,
  readTileText,
} from './attachments';
import { SERVICE_GET_ITEM } from './byte-ways';
import { OUTLOOK, OUTLOOK_ATTR } from './selectors';
import type { ServiceBytes } from './service-bytes';
import { isTokenHostUrl, tokenState } from './token-urls';

function decoded(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

interface Preview {
  width: number;
  height: number;
  /** A download URL when the preview picture itself comes from the attachment endpoint. */
  url?: string;
}

/** Token-host URLs seen on this page's tiles: fresh, run out or refused (diagnostics only, no URL or token). */
export type TokensSeen = Set<'fresh' | 'expired' | 'refused'>;

/** What every reader needs: the page, the scopes that key attachments, Outlook's service when hooked. */
export interface Reading {
  doc: Document;
  scopes: MessageScopes;
  service?: ServiceBytes;
  now: () => number;
  tokens: TokensSeen;
  /** Token-host URLs the host refused although their token looked fresh: never offered again. */
  refused: Set<string>;
}

export interface Previews {
  byId: Map<string, Preview>;
  byName: Map<string, Preview>;
}

/** Loaded preview pictures, by attachment id and by the file name the preview shows. */
export function previews(doc: Document): Previews {
  const byId = new Map<string, Preview>();
  const byName = new Map<string, Preview>();
  for (const img of queryAll<HTMLImageElement>(doc, OUTLOOK.previewImage)) {
    const [width, height] = [img.naturalWidth, img.naturalHeight];
    if (!img.complete || !(width > 0 && height > 0)) continue; // not loaded yet: the load event re-reads
    const src = img.getAttribute('src') ?? '';
    const preview: Preview = { width, height, url: downloadUrlFrom(src, doc.baseURI) };
    const id = attachmentIdFromUrl(src, doc.baseURI);
    if (id) byId.set(id, preview);
    const dialog = img.closest('[role="dialog"]');
    const names = [
      img.getAttribute('alt'),
      dialog?.getAttribute('aria-label'),
      ...Array.from(dialog?.querySelectorAll('[title], [role="heading"]') ?? []).map(
        (el) => el.getAttribute('title') ?? el.textContent,
      ),
    ];
    for (const name of names) if (clean(name)) byName.set(clean(name).toLowerCase(), preview);
  }
  return { byId, byName };
}

export function readItems(
  { doc, scopes, service, now, tokens, refused }: Reading,
  el: HTMLElement,
  ctx: MessageContext,
  seen: Previews,
): MailAttachment[] {
  const area = query(el, OUTLOOK.attachmentArea);
  if (!area) return [];
  const taken = new Set<string>();
  return queryAll(area, OUTLOOK.attachmentItem).map((item, i) => {
    const text = readTileText({
      titles: queryAll(item, OUTLOOK.attachmentTitle).map((t) => t.getAttribute('title') ?? ''),
      label: item.getAttribute('aria-label'),
      text: item.textContent,
    });
    const name = text.name ?? '';
    const link = query(item, OUTLOOK.attachmentLink);
    const linked = link?.getAttribute('href') ?? link?.getAttribute(OUTLOOK_ATTR.downloadUrl);
    const thumbnail = query(item, OUTLOOK.attachmentThumbnail)?.getAttribute('src');
    const found =
      (linked && downloadUrlFrom(linked, doc.baseURI)) ||
      (thumbnail && downloadUrlFrom(thumbnail, doc.baseURI));
    const id = found ? attachmentIdFromUrl(found, doc.baseURI) : undefined;
    const preview = (id && seen.byId.get(id)) || seen.byName.get(name.toLowerCase());
    const offered = found || preview?.url;
    // A token-host URL whose token has run out, or that the host refused, is never sent again: the tile
    // goes on to the next way.
    const tokenUrl = offered && isTokenHostUrl(offered) ? offered : undefined;
    const expired = !!tokenUrl && tokenState(tokenUrl, now()) === 'expired';
    const refusedNow = !!tokenUrl && !expired && refused.has(tokenUrl);
    if (tokenUrl) tokens.add(expired ? 'expired' : refusedNow ? 'refused' : 'fresh');
    const url = expired || refusedNow ? undefined : offered;
    const kind = attachmentKind(name);
    // Listed by Outlook's service with this name and size: the file itself, fetched in the page.
    const listed = !url && kind !== 'other' ? service?.match(name, text.sizeText, taken) : undefined;
    // Tried and failed for this file, or Outlook's answers were seen and listed no attachment this
    // version can read (the service changed): either way the buyer's download is what is left.
    const serviceFailed = listed
      ? !!service?.failed(listed.id)
      : !url && kind !== 'other' && service?.ways()[SERVICE_GET_ITEM.id] === 'failing';
    const viaService = !!listed && !serviceFailed;
    const byteStrategy: ByteStrategy = url
      ? isTokenHostUrl(url)
        ? 'outlook-token-url'
        : 'outlook-download-url'
      : viaService
        ? 'outlook-service'
        : preview
          ? 'outlook-preview'
          : kind !== 'other'
            ? 'outlook-download-capture'
            : 'none';
    const fields = {
      // The id of the URL seen even once its token ran out: the same key before and after, so a photo
      // measured while the token was fresh is not measured again.
      partId: `att:${(offered && attachmentIdFromUrl(offered, doc.baseURI)) || `item-${i}`}`,
      name,
      displayedSize: text.size,
      displayedSizeText: text.sizeText,
      kind,
      badgeAnchor: item,
      byteStrategy,
      previewSize: preview ? { width: preview.width, height: preview.height } : undefined,
      ...(serviceFailed && byteStrategy === 'outlook-download-capture' ? { serviceFailed } : {}),
    };
    const listedId = listed?.id;
    const pageRead =
      viaService && service && listedId ? (signal: AbortSignal) => service.read(listedId, signal) : undefined;
    return scopes.attachment(ctx, fields, url || undefined, pageRead);
  });
}

export function readInlineImages(
  { doc, scopes }: Reading,
  body: HTMLElement,
  ctx: MessageContext,
  items: MailAttachment[],
): MailAttachment[] {
  const itemIds = new Set(items.map((a) => a.fetchUrl && attachmentIdFromUrl(a.fetchUrl, doc.baseURI)));
  const itemsByName = new Map(items.map((a) => [a.name.toLowerCase(), a]));
  const template = items.find((a) => a.fetchUrl)?.fetchUrl;
  const out: MailAttachment[] = [];
  queryAll<HTMLImageElement>(body, OUTLOOK.inlineImage).forEach((img, i) => {
    const src = img.getAttribute('src') ?? '';
    const kind = classifyUrl(src, doc.baseURI);
    if (kind === 'remote' || kind === 'safelinks') return; // a picture from the web, not a message part
    const id = attachmentIdFromUrl(src, doc.baseURI) ?? decoded(img.getAttribute(OUTLOOK_ATTR.custom));
    // Also listed as a tile: measure it once, as the tile.
    if (id && itemIds.has(id)) return;
    const url =
      kind === 'attachment' || kind === 'thumbnail'
        ? downloadUrlFrom(src, doc.baseURI)
        : id
          ? downloadUrlForId(id, doc.baseURI, template)
          : undefined;
    const name =
      clean(img.getAttribute('alt')) ||
      nameFromContentId(img.getAttribute(OUTLOOK_ATTR.originalSrc) ?? src) ||
      `inline image ${i + 1}`;
    // The page already holds the picture (`blob:` of Outlook's own origin): its bytes, but maybe a
    // preview. The tile of the same name, when Outlook lists one, says the file's size to compare with.
    const blob = !url && kind === 'inline' && /^blob:/i.test(src) ? src : undefined;
    const tile = itemsByName.get(name.toLowerCase());
    if (blob && tile?.fetchUrl) return; // measured whole as the tile
    const loaded = img.complete && img.naturalWidth > 0 && img.naturalHeight > 0;
    const fields = {
      partId: `inline:${id ?? i}`,
      name,
      kind: 'image' as const,
      badgeAnchor: img,
      byteStrategy: (url ? 'outlook-inline' : blob ? 'outlook-inline-blob' : 'none') as ByteStrategy,
      ...(blob
        ? {
            pageUrl: blob,
            displayedSize: tile?.displayedSize,
            displayedSizeText: tile?.displayedSizeText,
            previewSize: loaded ? { width: img.naturalWidth, height: img.naturalHeight } : undefined,
          }
        : {}),
    };
    out.push(scopes.attachment(ctx, fields, url));
  });
  return out;
}
