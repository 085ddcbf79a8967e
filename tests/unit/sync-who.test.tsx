// Who did what: a photo's decision made by a team member shows with their name and what it replaced,
// wherever the checklist draws the photo (mail panel, orders desk, Check photos).
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReceivedPhoto } from '@/components/checklist/ReceivedPhoto';
import { applyUiLanguage } from '@/utils/i18n';
import type { PhotoRecord } from '@/utils/store/types';

const photo = (status: PhotoRecord['status']): PhotoRecord => ({
  sha256: 'c'.repeat(64),
  report: { format: 'jpeg', width: 4032, height: 3024, bytesRead: 65536, findings: [], verdict: 'ok' },
  origins: [{ source: 'outlook', fileName: 'front.jpg', receivedAt: '2026-12-05T09:00:00.000Z' }],
  status,
  createdAt: '2026-12-05T09:00:00.000Z',
  updatedAt: '2026-12-05T10:42:00.000Z',
});

afterEach(() => {
  document.body.innerHTML = '';
  applyUiLanguage(undefined);
});

function draw(status: PhotoRecord['status']) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<ReceivedPhoto photo={photo(status)} findings={[]} />, root);
  return root.querySelector('[data-testid=photo-team-line]')?.textContent;
}

describe('who decided a photo', () => {
  const status: PhotoRecord['status'] = {
    state: 'rejected',
    at: '2026-12-05T10:42:00.000Z',
    reason: 'label blurred',
    by: 'Li Wei',
    history: [{ state: 'accepted', at: '2026-12-05T10:40:00.000Z', by: 'Tom' }],
  };

  it('names who decided and what it replaced, in English and Chinese', () => {
    applyUiLanguage('en');
    expect(draw(status)).toMatch(/^Rejected by Li Wei, .+, after Tom accepted it at .+$/);
    applyUiLanguage('zh-CN');
    expect(draw(status)).toMatch(/^Li Wei .+ 已拒绝，此前 Tom 于 .+ 接受$/);
  });

  it('says nothing more for a decision made in this browser', () => {
    expect(draw({ state: 'accepted', at: '2026-12-05T10:40:00.000Z' })).toBeUndefined();
  });
});
