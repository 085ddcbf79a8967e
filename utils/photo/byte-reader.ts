/** Anything analyzePhoto accepts. */
export type PhotoInput = Blob | ArrayBuffer | Uint8Array | ReadableStream<Uint8Array>;

/**
 * Reads a photo from the front, only as far as a parser asks. Header parsers call `ensure(end)` to have
 * bytes [0, end) in `bytes`; a Blob is sliced, a stream is pulled chunk by chunk, memory is instant.
 * `bytesRead` is what was actually taken from the source, the number the benchmark reports.
 */
export class ByteReader {
  private buf: Uint8Array;
  private filled = 0;
  private done = false;
  private streamReader?: ReadableStreamDefaultReader<Uint8Array>;
  private blob?: Blob;
  /** Total size when the source tells it (Blob, memory); undefined for a stream until it ends. */
  total?: number;

  constructor(input: PhotoInput) {
    if (input instanceof Uint8Array) {
      this.buf = input;
      this.filled = input.length;
      this.total = input.length;
      this.done = true;
    } else if (input instanceof ArrayBuffer) {
      this.buf = new Uint8Array(input);
      this.filled = this.buf.length;
      this.total = this.buf.length;
      this.done = true;
    } else if (typeof Blob !== 'undefined' && input instanceof Blob) {
      this.blob = input;
      this.total = input.size;
      this.buf = new Uint8Array(Math.min(input.size, 16 * 1024));
      this.done = input.size === 0;
    } else {
      this.streamReader = (input as ReadableStream<Uint8Array>).getReader();
      this.buf = new Uint8Array(64 * 1024);
    }
  }

  /** Bytes available so far: [0, length). */
  get bytes(): Uint8Array {
    return this.buf.subarray(0, this.filled);
  }

  get length(): number {
    return this.filled;
  }

  get bytesRead(): number {
    return this.filled;
  }

  /** True once the whole source is in memory. */
  get complete(): boolean {
    return this.done && (this.total === undefined || this.filled >= this.total);
  }

  /**
   * Make bytes [0, end) available, or as many as exist. Reads in steps of at least `minStep` so a parser
   * walking many small segments does not cause many small reads. Returns the available length.
   */
  async ensure(end: number, minStep = 16 * 1024): Promise<number> {
    if (end <= this.filled || this.complete) return this.filled;
    if (this.blob) {
      const want = Math.min(this.blob.size, Math.max(end, this.filled + minStep));
      const chunk = new Uint8Array(await this.blob.slice(this.filled, want).arrayBuffer());
      this.append(chunk);
      if (this.filled >= this.blob.size) this.done = true;
      return this.filled;
    }
    if (this.streamReader) {
      const target = Math.max(end, this.filled + minStep);
      while (this.filled < target && !this.done) {
        const { value, done } = await this.streamReader.read();
        if (done) {
          this.done = true;
          this.total = this.filled;
          break;
        }
        if (value?.length) this.append(value);
      }
      return this.filled;
    }
    return this.filled;
  }

  /** Read everything that is left. */
  async readAll(): Promise<Uint8Array> {
    await this.ensure(Number.POSITIVE_INFINITY, 0);
    if (this.blob) this.total = this.filled;
    return this.bytes;
  }

  /** Stop reading: release the stream so the network request can end early. */
  async close(): Promise<void> {
    if (this.streamReader && !this.done) {
      await this.streamReader.cancel().catch(() => {});
      this.done = true;
    }
  }

  private append(chunk: Uint8Array): void {
    const needed = this.filled + chunk.length;
    if (needed > this.buf.length) {
      const sizeHint = this.total ?? 0;
      const grown = new Uint8Array(Math.max(needed, Math.min(this.buf.length * 2, sizeHint || needed * 2)));
      grown.set(this.buf.subarray(0, this.filled));
      this.buf = grown;
    }
    this.buf.set(chunk, this.filled);
    this.filled = needed;
  }
}
