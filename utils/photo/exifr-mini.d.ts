// exifr ships types for its main entry only; the mini build has the same parse().
declare module 'exifr/dist/mini.esm.mjs' {
  export function parse(
    input: Uint8Array | ArrayBuffer | Blob,
    options?: Record<string, unknown>,
  ): Promise<unknown>;
}
