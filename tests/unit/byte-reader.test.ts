// ByteReader: reads a stream only as far as asked.
import { describe, expect, it } from 'vitest';
import { ByteReader } from '@/utils/photo/byte-reader';
import { chunkedStream } from './helpers/fixtures';

describe('ByteReader', () => {
  it('reads a stream only as far as asked, in steps', async () => {
    const bytes = new Uint8Array(1_000_000).map((_, i) => i & 255);
    const { stream, pulled } = chunkedStream(bytes, 1000);
    const reader = new ByteReader(stream);
    expect(await reader.ensure(10, 0)).toBeGreaterThanOrEqual(10);
    expect(pulled()).toBeLessThanOrEqual(2000); // the one chunk asked for, plus the one a stream queues ahead
    await reader.ensure(50_000);
    expect(reader.bytes[49_999]).toBe(49_999 & 255);
    expect(reader.total).toBeUndefined();
    const all = await reader.readAll();
    expect(all.length).toBe(1_000_000);
    expect(reader.total).toBe(1_000_000);
  });

  it('slices a Blob without reading the rest', async () => {
    const reader = new ByteReader(new Blob([new Uint8Array(500_000)]));
    await reader.ensure(100, 1024);
    expect(reader.bytesRead).toBe(1024);
    expect(reader.total).toBe(500_000);
  });
});
