// The e2e privacy watch (tests/e2e/network-watch.mjs) lets Outlook's token hosts through only as attachment
// hosts: Outlook's attachment endpoints there, nothing else on them.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM JavaScript of the e2e harness, no types
import { isAllowedRequest } from '../e2e/network-watch.mjs';

describe('the privacy watch and Outlook’s attachment hosts', () => {
  it('allows their attachment endpoints only, over https', () => {
    const base = 'https://attachments.office.net/owa/tom.baker%40brightlight-home.com/service.svc/s';
    expect(isAllowedRequest(`${base}/GetFileAttachment?id=A&token=t`)).toBe(true);
    expect(isAllowedRequest(`${base}/GetAttachmentThumbnail?id=A&thumbnailType=2&token=t`)).toBe(true);
    expect(
      isAllowedRequest(
        'https://attachment.outlook.live.net/owa/x%40outlook.com/service.svc/s/GetFileAttachment?id=A',
      ),
    ).toBe(true);
    for (const url of [
      'https://attachments.office.net/',
      'https://attachments.office.net/collect?d=1',
      `${base}/GetFolder?id=A`,
      'https://attachments.office.net/owa/service.svc?action=GetItem',
      `${base.replace('https:', 'wss:')}/GetFileAttachment?id=A`,
      `${base.replace('https:', 'http:')}/GetFileAttachment?id=A`,
    ])
      expect(isAllowedRequest(url), url).toBe(false);
    // The mail hosts themselves are unchanged.
    expect(isAllowedRequest('https://outlook.office.com/owa/service.svc?action=GetItem')).toBe(true);
    expect(isAllowedRequest('https://canary.invalid/x')).toBe(false);
  });
});
