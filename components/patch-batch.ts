// Updates to a list held in a signal, gathered and applied once per frame: reports arrive a few dozen at a
// time, and applying each one would render the whole list each time.
import type { Signal } from '@preact/signals';

export interface PatchBatch<T> {
  /** Merge `patch` into the item whose key is `key`, at the next frame. */
  patch(key: string, patch: Partial<T>): void;
  /** Apply what is gathered now (before reading the list for something other than rendering). */
  flush(): void;
}

export function createPatchBatch<T>(list: Signal<T[]>, keyOf: (item: T) => string): PatchBatch<T> {
  let pending = new Map<string, Partial<T>>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (!pending.size) return;
    const patches = pending;
    pending = new Map();
    list.value = list.value.map((item) => {
      const patch = patches.get(keyOf(item));
      return patch ? { ...item, ...patch } : item;
    });
  };
  return {
    patch(key, patch) {
      pending.set(key, { ...pending.get(key), ...patch });
      if (scheduled) return;
      scheduled = true;
      // No frames in a background tab or in tests without a renderer: a timer stands in.
      if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden')
        requestAnimationFrame(flush);
      else setTimeout(flush, 0);
    },
    flush,
  };
}
