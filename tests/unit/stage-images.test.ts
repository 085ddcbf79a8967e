import { describe, expect, it } from 'vitest';
import { attachImages, detachImages, refKey, thumbKey } from '@/utils/mail/stage-images';
import type { PhotoRecord } from '@/utils/store/types';
import type { Checklist } from '@/utils/triage/checklist';

const record = (sha256: string, thumbnail?: Blob) => ({ sha256, thumbnail }) as unknown as PhotoRecord;

function checklist(a: PhotoRecord, b: PhotoRecord): Checklist {
  return {
    orderId: 'o',
    stageId: 's',
    shots: [
      {
        shot: { id: 'front', referencePhotoIds: ['r1'] },
        status: 'pending',
        photos: [a],
        best: a,
        findings: [],
      },
    ],
    unassigned: [b],
    reused: [{ photo: a, firstSeen: {}, sameOrder: true, match: 'exact' }],
    findings: {},
  } as unknown as Checklist;
}

/** What an RPC does to the reply: Blobs survive (as data URLs), shared objects do not. */
const overTheWire = <T>(v: T): T => {
  const blobs: Blob[] = [];
  const json = JSON.stringify(v, (_k, x) => (x instanceof Blob ? `$blob${blobs.push(x) - 1}` : x));
  return JSON.parse(json, (_k, x) =>
    typeof x === 'string' && x.startsWith('$blob') ? blobs[Number(x.slice(5))] : x,
  );
};

describe('stage view images: each sent once per message', () => {
  const thumbA = new Blob(['a']);
  const thumbB = new Blob(['b']);
  const ref = new Blob(['ref']);

  it('the first reply carries every image once, even a record shown in three places', () => {
    const reply = detachImages(checklist(record('A', thumbA), record('B', thumbB)), { r1: ref }, new Set());
    expect(Object.keys(reply.images).sort()).toEqual([refKey('r1'), thumbKey('A'), thumbKey('B')]);
    const json = JSON.stringify(reply.checklist, (_k, x) => (x instanceof Blob ? 'BLOB' : x));
    expect(json).not.toContain('BLOB'); // no thumbnail left inside the records
  });

  it('a refresh sends nothing the tab holds, and the panel still gets every image, the same Blob each time', () => {
    const cache = new Map<string, Blob>();
    const first = attachImages(
      overTheWire(detachImages(checklist(record('A', thumbA), record('B', thumbB)), { r1: ref }, new Set())),
      cache,
    );
    const again = detachImages(
      checklist(record('A', thumbA), record('B', thumbB)),
      { r1: ref },
      new Set(cache.keys()),
    );
    expect(again.images).toEqual({});
    const second = attachImages(overTheWire(again), cache);
    for (const view of [first, second]) {
      expect(view.references).toEqual({ r1: cache.get(refKey('r1')) });
      expect(view.checklist.shots[0].photos[0].thumbnail).toBe(cache.get(thumbKey('A')));
      expect(view.checklist.shots[0].best?.thumbnail).toBe(cache.get(thumbKey('A')));
      expect(view.checklist.reused[0].photo.thumbnail).toBe(cache.get(thumbKey('A')));
      expect(view.checklist.unassigned[0].thumbnail).toBe(cache.get(thumbKey('B')));
    }
    expect(second.checklist.unassigned[0].thumbnail).toBe(first.checklist.unassigned[0].thumbnail);
  });

  it('a photo without a thumbnail stays without one', () => {
    const view = attachImages(detachImages(checklist(record('A'), record('B')), {}, new Set()), new Map());
    expect(view.checklist.unassigned[0].thumbnail).toBeUndefined();
    expect(view.references).toEqual({});
  });
});
