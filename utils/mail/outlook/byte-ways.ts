// Every way Photo Triage gets an Outlook attachment's bytes, as dated data with its sources (like the
// selectors): when Outlook changes, the entry that stopped working is the one to update, and diagnostics
// name the ways seen working on the page by these ids only (never an attachment id, name or token).
import type { ByteStrategy } from '../adapter';

export interface ByteWay {
  id: string;
  /** The byte strategy an attachment served this way carries (what the badge's details say). */
  strategy: ByteStrategy;
  /** Where it runs: the page's own world (the page's credentials, never ours) or the background. */
  world: 'page' | 'background' | 'buyer-download';
  /** When the description below was last checked against public sources. */
  checked: string;
  /** What it does, and what rests on a single source. */
  how: string;
  sources: string[];
}

export const SERVICE_GET_ATTACHMENT: ByteWay = {
  id: 'service-getattachment',
  strategy: 'outlook-service',
  world: 'page',
  checked: '2026-12-04',
  how:
    'POST <page origin>/owa/service.svc?action=GetAttachment with headers `action: GetAttachment` and ' +
    '`x-owa-urlpostdata` (the URL-encoded JSON request: GetAttachmentJsonRequest:#Exchange, Body.AttachmentIds ' +
    '[{__type: AttachmentIdType:#Exchange, Id}]), plus the headers Outlook itself sent on its last service.svc ' +
    'call (its bearer token among them). The answer lists the attachment with base64 `Content` under ' +
    'Body.ResponseMessages.Items[0].Attachments[0]: that answer shape rests on a single public client’s tests.',
  sources: [
    'public OWA clients sending service.svc actions with `action` and `x-owa-urlpostdata` headers (a Python OWA client, FindConversation; a calendar notifier, GetCalendarView; a 2026 “New Outlook” network capture, CancelCalendarEvent with `prefer: IdType="ImmutableId"`)',
    'a 2026 connector design note: bearer-only OWS envelope, payloads up to 2,048 characters in X-OWA-UrlPostData',
    'EWS GetAttachment operation (Microsoft docs): FileAttachment with base64 Content',
  ],
};

export const SERVICE_GET_ITEM: Omit<ByteWay, 'strategy'> = {
  id: 'service-getitem',
  world: 'page',
  checked: '2026-12-04',
  how:
    'Read-only: Outlook’s own service.svc answers (GetItem, the conversation calls) list each item’s ' +
    '`Attachments` as {__type: "FileAttachment:#Exchange", AttachmentId: {Id}, Name, ContentType, Size, ' +
    'IsInline, ContentId}; the ids are matched to the tiles on screen by name and size.',
  sources: [
    'EWS JSON (OWA) type names `FileAttachment:#Exchange`, `AttachmentIdType:#Exchange` in public OWA clients',
    'Microsoft Graph / EWS attachment properties: Name, ContentType, Size, IsInline, ContentId',
  ],
};

export const DOWNLOAD_URL: ByteWay = {
  id: 'download-url',
  strategy: 'outlook-download-url',
  world: 'background',
  checked: '2026-11-20',
  how: 'An attachment-endpoint URL (GetFileAttachment) on the tile or the open preview, fetched by the background.',
  sources: ['tests/fixtures/outlook/* notes (Mailvelope templates 2025, pasted pages 2021–2024)'],
};

export const OFFICE_NET_TOKEN: ByteWay = {
  id: 'attachments-office-net',
  strategy: 'outlook-token-url',
  world: 'background',
  checked: '2026-12-05',
  how:
    'Where Outlook itself puts one on the page for the open message (a tile’s GetAttachmentThumbnail picture, ' +
    'the open preview), a URL on its token host: attachments.office.net/owa/<mailbox>/service.svc/s/' +
    'GetAttachmentThumbnail?id=…&thumbnailType=2&token=<JWT>&X-OWA-CANARY=…, turned into GetFileAttachment ' +
    'with the same id and token and fetched by the background (the host answers the page without CORS). The ' +
    'token is short-lived: an RS256 JWT (ver Exchange.Callback.V1, scope OwaDownload, aud …/attachments.office.net) ' +
    'whose exp is 600 s after its nbf in both captures below — two captures, two tenants, 2022 and 2023: the ten ' +
    'minutes rest on them. No source shows GetFileAttachment asked with a thumbnail’s token: that the host takes ' +
    'it is our inference, which is why a refusal falls through. A token with less than a minute left is not used ' +
    '(./token-urls), nor one the host refused (401/403) although it looked fresh: the tile goes on to ' +
    'GetAttachment, then to the download. outlook.com’s attachment.outlook.live.net is treated alike: its ' +
    'GetAttachmentThumbnail and GetFileAttachment URLs are pasted in public code, but no capture of its token ' +
    'whose claims could be read was found.',
  sources: [
    // The search index returns these files by content, not by repository: their repository and path
    // could not be recovered (find_string "attachments.office.net/owa/", 2026-12-05). Named by what they are.
    'a React component (react-router-dom `Header`) in a public GitHub repository, its logo an OWA tile picture ' +
      'of mailbox antariksha.verma@pathways.in (owa=outlook.office.com, scriptVer 20220729002.18): token nbf ' +
      '1660976136 (2022-08-20T06:15:36Z), exp 1660976736; repository and path not recoverable with our tools',
    'the Azure DevOps wiki page “Runbook Towworks v2 Gold ETL” (Seaspan’s SMG DataOps wiki, v0.4 draft dated ' +
      '14 Feb 2024; the page links itself as dev.azure.com/seaspan-edw/SMG-DataOps/_wiki/…/Data Ops Wiki/' +
      'Runbook Towworks v2 Gold ETL), copied into a public GitHub repository: section “VPA Report”, an <IMG> of ' +
      'mailbox ssarkaria@seaspan.com (scriptVer 20230915006.11): token nbf 1695334129 (2023-09-21T22:08:49Z), exp ' +
      '1695334729; that repository and path not recoverable with our tools',
    'more GetAttachmentThumbnail URLs with `token=eyJhbGciOiJSUzI1Ni…` pasted in public code (Vue, Julia, React ' +
      'Native, Markdown files, 2020–2024), their tokens cut off in the excerpts: the host and URL shape only',
  ],
};

export const DOWNLOAD_CAPTURE: ByteWay = {
  id: 'download-capture',
  strategy: 'outlook-download-capture',
  world: 'buyer-download',
  checked: '2026-11-20',
  how: 'The last fallback: the file Outlook hands the browser after the buyer’s own Download click.',
  sources: ['utils/mail/outlook/download-capture.ts'],
};

/**
 * In the order they are tried for a tile with no URL. Dated data for people (like the selectors),
 * not read by code.
 * @public
 */
export const BYTE_WAYS = [DOWNLOAD_URL, OFFICE_NET_TOKEN, SERVICE_GET_ATTACHMENT, DOWNLOAD_CAPTURE] as const;
