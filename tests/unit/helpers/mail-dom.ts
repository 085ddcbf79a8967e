// What the Gmail and Outlook adapter tests share: fixture pages in happy-dom windows, a stand-in for photo
// bytes, and recorders for what an adapter calls back and fetches.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { vi } from 'vitest';
import type { HealthReport, MailMessage } from '@/utils/mail/adapter';
import type { AttachmentFetcher } from '@/utils/mail/scopes';

/** The fixture pages in `dir`, each loaded into its own window; call `closeAll` after each test. */
export function fixturePages(dir: string, defaultUrl: string) {
  const windows: Window[] = [];
  const fixture = (name: string): string => readFileSync(resolve(dir, name), 'utf8');
  /** A fresh window at `url` holding the page, edited first as the client's next layout might be. */
  const load = (name: string, { url = defaultUrl, edit = (html: string) => html } = {}) => {
    const win = new Window({ url });
    windows.push(win);
    win.document.write(edit(fixture(name)));
    const doc = win.document as unknown as Document;
    return { win, doc };
  };
  const closeAll = () => Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
  return { fixture, load, closeAll };
}

export const blob = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff])]);
export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The clients show dates in the buyer's own time zone: expected values are local times. */
export const local = (y: number, mo: number, d: number, h: number, mi: number) =>
  new Date(y, mo - 1, d, h, mi).toISOString();

/** Collects a watch's callbacks. */
export function recorder() {
  const calls: { messages: MailMessage[]; health: HealthReport }[] = [];
  return {
    calls,
    onChange: (messages: MailMessage[], health: HealthReport) => calls.push({ messages, health }),
  };
}

/** A fetcher that holds every request until released or aborted, and counts how many ran at once. */
export function heldFetcher() {
  const pending: { url: string; release: () => void }[] = [];
  let active = 0;
  let peak = 0;
  const fetcher = vi.fn<AttachmentFetcher>(
    (url, signal) =>
      new Promise((resolve, reject) => {
        active++;
        peak = Math.max(peak, active);
        const done = () => active--;
        signal.addEventListener('abort', () => {
          done();
          reject(signal.reason);
        });
        pending.push({
          url,
          release: () => {
            done();
            resolve(blob());
          },
        });
      }),
  );
  return { fetcher, pending, peak: () => peak };
}
