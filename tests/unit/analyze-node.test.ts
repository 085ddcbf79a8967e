// @vitest-environment node
// happy-dom ships a createImageBitmap that cannot decode; plain Node has none, like a service worker
// without OffscreenCanvas would.
import { expect, it } from 'vitest';
import { analyzePhoto } from '@/utils/photo';
import { assess } from '@/utils/triage/assess';
import { photo } from './helpers/fixtures';

it('outside a browser the pixel stage says why it was skipped, and the rest of the report stands', async () => {
  const r = assess(await analyzePhoto(photo('generated/good-3000.jpg')));
  expect(r.pixels).toEqual({ ok: false, reason: 'not-in-browser' });
  expect([r.width, r.height]).toEqual([3000, 2250]);
  expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(r.verdict).toBe('ok');
});
