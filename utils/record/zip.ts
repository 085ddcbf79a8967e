// The record as a zip: the HTML file and the pictures it shows, each named by stage and shot.
// JPEGs are stored, not deflated (they do not shrink); the HTML is deflated.
import { strToU8, type Zippable, zipSync } from 'fflate';

export interface RecordFile {
  path: string;
  bytes: Uint8Array;
}

/** A zip of `htmlName` and the pictures; `mtime` fixes the entries' dates (the record's time). */
export function recordZip(
  htmlName: string,
  html: string,
  pictures: readonly RecordFile[],
  mtime: Date,
): Uint8Array {
  const files: Zippable = { [htmlName]: [strToU8(html), { level: 6, mtime }] };
  for (const p of pictures) files[p.path] = [p.bytes, { level: 0, mtime }];
  return zipSync(files);
}
