// Outlook's own service (service.svc) as the e2e mailbox simulates it, for tests/fixtures/outlook/
// service-conversation.html. What it rests on (public sources; the details are in the fixture's note):
// - GetItem answers list each item's `Attachments` as `FileAttachment:#Exchange` with AttachmentId.Id,
//   Name, ContentType, Size, IsInline, ContentId (EWS JSON type names as public OWA clients use them);
// - GetAttachment takes its request in the `x-owa-urlpostdata` header (public OWA clients: FindConversation,
//   GetCalendarView, a 2026 "New Outlook" capture of CancelCalendarEvent) and answers with base64 `Content`
//   under Body.ResponseMessages.Items[].Attachments[] — that answer shape rests on one public client's tests;
// - current builds authenticate these calls with the page's MSAL bearer token, not a cookie: a call without
//   it gets 401 (the account of today's Outlook; no public capture shows the exact status text);
// - attachments.office.net GetFileAttachment URLs carry a short-lived token (about ten minutes in the one
//   capture seen): `token=exp-<epoch ms>` here, refused with 401 once past.
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
    stats: { getItem: 0, getAttachment: [], unauthorized: 0, authorizations: new Set() },
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

/** attachments.office.net tokens: `exp-<epoch ms>` expire; false when the token has run out. */
export function tokenValid(token) {
  const m = /^exp-(\d+)$/.exec(token ?? '');
  return !m || Number(m[1]) > Date.now();
}
