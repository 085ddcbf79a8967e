// Outlook's attachment-host URLs (attachments.office.net, attachment.outlook.live.net) carry their own
// short-lived credential: `token=<JWT>`. The public captures (OFFICE_NET_TOKEN in ./byte-ways) show an
// RS256 JWT whose `exp` is ten minutes after its `nbf`. Its claims are readable without the key, so a URL
// whose token has run out is never sent to the host: the tile goes straight to the next way. A token we
// cannot read (not a JWT, no `exp`) is tried. A fresh-looking token the host refuses (401/403) falls through
// too: the triage tells the adapter (`refuseUrl`), which reads the tile again without that URL. Pure; tested
// without DOM.
import { OUTLOOK_ATTACHMENT_HOSTS } from './attachments';

/** A token with less than this left is treated as run out: the background may queue the fetch a while. */
export const TOKEN_MARGIN_MS = 60_000;

export type TokenState = 'fresh' | 'expired' | 'unreadable';

function parse(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/** Whether `url` is on one of Outlook's token-authenticated attachment hosts. */
export function isTokenHostUrl(url: string | undefined, base?: string): boolean {
  const u = url ? parse(url, base) : undefined;
  return (
    !!u && u.protocol === 'https:' && (OUTLOOK_ATTACHMENT_HOSTS as readonly string[]).includes(u.hostname)
  );
}

/** The claims of a JWT (its middle part, base64url JSON), or undefined when it is not one. */
function jwtClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[1].length > 8192) return undefined;
  try {
    const b64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = JSON.parse(
      new TextDecoder().decode(
        Uint8Array.from(atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, '=')), (c) => c.charCodeAt(0)),
      ),
    );
    return json && typeof json === 'object' && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** When the URL's token runs out (ms since the epoch), from its `exp` claim; undefined when unreadable. */
export function tokenExpiry(url: string, base?: string): number | undefined {
  const token = parse(url, base)?.searchParams.get('token');
  const exp = token ? jwtClaims(token)?.exp : undefined;
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}

/** Whether a token-host URL may still be used at `now`, `marginMs` kept for the fetch to start. */
export function tokenState(url: string, now: number, base?: string, marginMs = TOKEN_MARGIN_MS): TokenState {
  const expiry = tokenExpiry(url, base);
  if (expiry === undefined) return 'unreadable';
  return expiry - marginMs > now ? 'fresh' : 'expired';
}
