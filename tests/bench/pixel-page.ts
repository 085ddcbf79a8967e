// Runs in Chromium: the pixel stage against a bare downscaled decode of the same files.
import { fitWithin, measurePixels } from '@/utils/photo/pixels';

interface Row {
  name: string;
  bare: number[];
  ours: number[];
}

async function bench(files: { name: string; url: string; width: number; height: number }[], rounds: number) {
  const rows: Row[] = [];
  for (const f of files) {
    const blob = await (await fetch(f.url)).blob();
    const size = fitWithin(f.width, f.height, 1024);
    const row: Row = { name: f.name, bare: [], ours: [] };
    // Alternate the two so neither gains from a warmer cache; the first round warms both.
    for (let i = 0; i <= rounds; i++) {
      let t = performance.now();
      const bitmap = await createImageBitmap(blob, {
        resizeWidth: size.width,
        resizeHeight: size.height,
        resizeQuality: 'medium',
        imageOrientation: 'from-image',
      });
      bitmap.close();
      const bare = performance.now() - t;
      t = performance.now();
      await measurePixels(blob, f.width, f.height);
      const ours = performance.now() - t;
      if (i > 0) {
        row.bare.push(bare);
        row.ours.push(ours);
      }
    }
    rows.push(row);
  }
  return rows;
}

(window as unknown as { runPixelBench: typeof bench }).runPixelBench = bench;
