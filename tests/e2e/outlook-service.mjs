// Outlook's own service (service.svc) as the e2e mailbox simulates it, for tests/fixtures/outlook/
// service-conversation.html. What it rests on (public sources; the details are in the fixture's note):
// - GetItem answers list each item's `Attachments` as `FileAttachment:#Exchange` with AttachmentId.Id,
//   Name, ContentType, Size, IsInline, ContentId (EWS JSON type names as public OWA clients use them);
// - GetAttachment takes its request in the `x-owa-urlpostdata` header (public OWA clients: FindConversation,
//   GetCalendarView, a 2026 "New Outlook" capture of CancelCalendarEvent) and answers with base64 `Content`
//   under Body.ResponseMessages.Items[].Attachments[] — that answer shape rests on one public client's tests;
// - current builds authenticate these calls with the page's MSAL bearer token, not a cookie: a call without
//   it gets 401 (the account of today's Outlook; no public capture shows the exact status text);
// - attachments.office.net GetAttachmentThumbnail URLs carry a short-lived token: an RS256 JWT whose exp is
//   600 s after its nbf in the two public captures found — a React `Header` component's logo (scriptVer
//   20220729002.18, 2022-08-20) and the Azure DevOps wiki page "Runbook Towworks v2 Gold ETL" (Seaspan SMG
//   DataOps, scriptVer 20230915006.11, 2023-09-21), both copied into public GitHub repositories that the search
//   tools could not name (utils/mail/outlook/byte-ways.ts, OFFICE_NET_TOKEN). That GetFileAttachment takes the
//   same token, and the status a refused token gets, rest on no source: the fixture's choices. Here a JWT with
//   the same claims and a fixture signature (minted by the fixture page), or the older `exp-<epoch ms>`:
//   refused with 401 once past its exp, with 403 when its claims hold `revoked` (a token the host no longer
//   takes though it has not run out).
import { readFileSync } from 'node:fs';

/** The bearer token the fixture page's own script holds and sends (and nothing of ours may ever hold). */
export const FIXTURE_BEARER =
  'Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlLmNvbSIsInNjcCI6Ik1haWwuUmVhZFdyaXRlIn0.fixture-msal-7f3c9a51d2';

/** The items of the fixture conversation and their attachments (by file name, in the tiles' order). */
export const SERVICE_ITEMS = {
  AAMkAGNiZmFhMWQ0LTA0MTctNGI2Ny1iNzFhLWM1ZmY0ZDEwMjE4NABGAAAAAABITEM0: [
    'good-3000.jpg',
    'near-duplicate-1600.jpg',
    'chat-recompressed-1280.jpg',
    'email-downsized-640.jpg',
    'dark-2400.jpg',
    'blurry-2400.jpg',
    'duplicate-of-good-3000.jpg',
    'screenshot-1170x2532.png',
    'supplier-photos.zip',
  ],
  AAMkAGNiZmFhMWQ0LTA0MTctNGI2Ny1iNzFhLWM1ZmY0ZDEwMjE4NABGAAAAAABITEM3: ['packing-1.jpg', 'seal.jpg'],
  // Another conversation's message, never opened in the tests: its attachment must never be fetched.
  AAMkAGNiZmFhMWQ0LTA0MTctNGI2Ny1iNzFhLWM1ZmY0ZDEwMjE4NABGAAAAAABOTHER: ['pallet-closeup.jpg'],
};

const ATT_PREFIX = 'AAMkAGNiZmFhMWQ0LTA0MTctNGI2Ny1iNzFhLWM1ZmY0ZDEwMjE4NABGAAAAAAB';
export const attachmentIdOf = (name) => ATT_PREFIX + Buffer.from(name).toString('base64');

const mime = (name) =>
  name.endsWith('.zip') ? 'application/zip' : name.endsWith('.png') ? 'image/png' : 'image/jpeg';

/**
 * How the simulated service behaves; a test changes `mode` between page loads:
 * 'ok' as public sources show it; 'getattachment-500' (GetAttachment fails); 'getattachment-shape'
 * (GetAttachment answers in another shape); 'getitem-shape' (GetItem lists attachments in another shape).
 */
export function createServiceState() {
  return {
    mode: 'ok',
    stats: { getItem: 0, getAttachment: [], unauthorized: 0, authorizations: new Set(), tokenHost: [] },
  };
}

function postData(req) {
  try {
    return JSON.parse(decodeURIComponent(req.headers['x-owa-urlpostdata'] ?? ''));
  } catch {
    return undefined;
  }
}

const json = (res, status, body) =>
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));

/** Answers service.svc on an Outlook page host; false for anything else. `nameOf` maps an id to a name. */
export function serviceRoute(req, res, url, state, { photoFor, nameOf }) {
  if (!/\/owa\/service\.svc$/i.test(url.pathname)) return false;
  const action = url.searchParams.get('action') ?? req.headers.action;
  const auth = req.headers.authorization;
  if (auth) state.stats.authorizations.add(auth);
  if (auth !== FIXTURE_BEARER) {
    state.stats.unauthorized++;
    res.writeHead(401, { 'www-authenticate': 'Bearer' }).end();
    return true;
  }
  const data = postData(req);
  if (action === 'GetItem') {
    state.stats.getItem++;
    const ids = data?.Body?.ItemIds?.map((i) => i.Id) ?? [];
    const items = ids.map((id) => ({
      __type: 'Message:#Exchange',
      ItemId: { __type: 'ItemId:#Exchange', Id: id },
      HasAttachments: true,
      Attachments: (SERVICE_ITEMS[id] ?? []).map((name) => {
        const size = readFileSync(photoFor(name)).length;
        const id2 = attachmentIdOf(name);
        return state.mode === 'getitem-shape'
          ? { '@odata.type': '#microsoft.graph.fileAttachment', id: id2, name, size, contentType: mime(name) }
          : {
              __type: 'FileAttachment:#Exchange',
              AttachmentId: { __type: 'AttachmentIdType:#Exchange', Id: id2 },
              Name: name,
              ContentType: mime(name),
              Size: size,
              IsInline: false,
              ContentId: `${name}@01DB3F2A.5C9E1B20`,
            };
      }),
    }));
    json(res, 200, {
      Header: { ServerVersionInfo: { MajorVersion: 15, MinorVersion: 20 } },
      Body: {
        ResponseMessages: {
          Items: [
            {
              __type: 'ItemInfoResponseMessage:#Exchange',
              ResponseClass: 'Success',
              ResponseCode: 'NoError',
              Items: items,
            },
          ],
        },
      },
    });
    return true;
  }
  if (action === 'GetAttachment') {
    const id = data?.Body?.AttachmentIds?.[0]?.Id ?? '';
    const name = nameOf(id) ?? '';
    state.stats.getAttachment.push(name);
    if (state.mode === 'getattachment-500') {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('ErrorInternalServerError');
      return true;
    }
    const content = readFileSync(photoFor(name)).toString('base64');
    if (state.mode === 'getattachment-shape') {
      json(res, 200, { value: [{ id, name, contentBytes: content }] });
      return true;
    }
    json(res, 200, {
      Body: {
        ResponseMessages: {
          Items: [
            {
              __type: 'ItemInfoResponseMessage:#Exchange',
              ResponseClass: 'Success',
              ResponseCode: 'NoError',
              Attachments: [
                {
                  __type: 'FileAttachment:#Exchange',
                  AttachmentId: { __type: 'AttachmentIdType:#Exchange', Id: id },
                  Name: name,
                  ContentType: mime(name),
                  Content: content,
                },
              ],
            },
          ],
        },
      },
    });
    return true;
  }
  json(res, 200, { Body: { ResponseMessages: { Items: [] } } });
  return true;
}

function claimsOf(token) {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The status a token-host request gets for its token: 200, 401 (run out) or 403 (refused). */
export function tokenStatus(token) {
  const old = /^exp-(\d+)$/.exec(token ?? '');
  if (old) return Number(old[1]) > Date.now() ? 200 : 401;
  const claims = token && token.split('.').length === 3 ? claimsOf(token) : undefined;
  if (!claims) return 200; // the older fixtures' opaque tokens
  if (claims.revoked) return 403;
  return typeof claims.exp === 'number' && claims.exp * 1000 > Date.now() ? 200 : 401;
}

/**
 * Every token-host request is recorded (`endpoint name status`); a refused one is answered here (true),
 * an accepted one is left to the mailbox's attachment route (false).
 */
export function tokenRefused(res, url, state, nameOf) {
  const status = tokenStatus(url.searchParams.get('token'));
  const endpoint = /\/s\/(\w+)$/.exec(url.pathname)?.[1] ?? url.pathname;
  state.stats.tokenHost.push(`${endpoint} ${nameOf(url.searchParams.get('id') ?? '') ?? '?'} ${status}`);
  if (status === 200) return false;
  res
    .writeHead(status, { 'content-type': 'text/plain' })
    .end(status === 401 ? 'token expired' : 'token refused');
  return true;
}
