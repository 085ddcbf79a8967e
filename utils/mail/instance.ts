// One Photo Triage per mail page. WXT's ContentScriptContext makes an older instance of the same content
// script stand down when a newer one starts: the new context's constructor dispatches a DOM event that
// the old context hears synchronously and aborts on, so the two never run together. Cleanup then hangs
// off `ctx.onInvalidated` (components/mail/start-mail-triage.tsx). What the event cannot reach is an old
// instance that no longer runs at all (Firefox unloads an updated extension's scripts and leaves their
// elements in the page): `claimPage` removes such leftovers before the new instance mounts anything.
import { OWN_UI_ATTRIBUTE } from './adapter';

/** Removes every element of an earlier instance; returns this instance's mark for the elements it adds. */
export function claimPage(doc: Document): string {
  for (const el of Array.from(doc.querySelectorAll(`[${OWN_UI_ATTRIBUTE}]`))) el.remove();
  // The value tells instances apart (the e2e reload test reads it); selectors only test the attribute.
  return Math.random().toString(36).slice(2, 10);
}
