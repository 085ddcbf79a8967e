import { describe, expect, it } from 'vitest';
import { attachImages, photoIdsOf, refKey, stageViewReply, thumbKey } from '@/utils/mail/stage-images';
import type { PhotoRecord } from '@/utils/store/types';
import type { Checklist } from '@/utils/triage/checklist';

const record = (sha256: string) => ({ sha256 }) as unknown as PhotoRecord;

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

  it('the reply carries the reference previews by key, and the records as they are', () => {
    const list = checklist(record('A'), record('B'));
    const reply = stageViewReply(list, { r1: ref });
    expect(reply.images).toEqual({ [refKey('r1')]: ref });
    expect(reply.checklist).toBe(list);
  });

  it('the panel puts the thumbnails it holds in every place a record is shown, the same Blob each time', () => {
    const cache = new Map<string, Blob>([
      [thumbKey('A'), thumbA],
      [thumbKey('B'), thumbB],
    ]);
    const first = attachImages(
      overTheWire(stageViewReply(checklist(record('A'), record('B')), { r1: ref })),
      cache,
    );
    // A refresh: the background sends no preview the tab holds (utils/mail/service referencePreviews).
    const again = stageViewReply(checklist(record('A'), record('B')), {});
    const second = attachImages(overTheWire(again), cache);
    for (const view of [first, second]) {
      expect(view.references).toEqual({ r1: cache.get(refKey('r1')) });
      expect(view.checklist.shots[0].photos[0].thumbnail).toBe(thumbA);
      expect(view.checklist.shots[0].best?.thumbnail).toBe(thumbA);
      expect(view.checklist.reused[0].photo.thumbnail).toBe(thumbA);
      expect(view.checklist.unassigned[0].thumbnail).toBe(thumbB);
    }
  });

  it('a photo without a thumbnail in the cache stays without one', () => {
    const view = attachImages(stageViewReply(checklist(record('A'), record('B')), {}), new Map());
    expect(view.checklist.unassigned[0].thumbnail).toBeUndefined();
    expect(view.references).toEqual({});
  });

  it('photoIdsOf: every photo the checklist shows, once', () => {
    expect(photoIdsOf(checklist(record('A'), record('B'))).sort()).toEqual(['A', 'B']);
  });
});
