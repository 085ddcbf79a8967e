/** A quantisation table as a DQT segment stores it: 64 values in zigzag order. */
export interface QuantTable {
  id: number;
  values: number[];
}

/** Zigzag position -> natural (row-major) position, ITU T.81 figure A.6. */
const ZIGZAG_TO_NATURAL = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7,
  14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46,
  53, 60, 61, 54, 47, 55, 62, 63,
];

/** ITU T.81 Annex K.1, natural order: the tables libjpeg (and so most encoders) scale by quality. */
const STD_LUMINANCE = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22,
  29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103,
  121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];

/** Annex K.2, natural order. */
const STD_CHROMINANCE = [
  17,
  18,
  24,
  47,
  99,
  99,
  99,
  99,
  18,
  21,
  26,
  66,
  99,
  99,
  99,
  99,
  24,
  26,
  56,
  99,
  99,
  99,
  99,
  99,
  47,
  66,
  99,
  99,
  99,
  99,
  99,
  99,
  ...new Array<number>(32).fill(99),
];

/** libjpeg's jpeg_quality_scaling: percentage applied to the standard tables. */
function qualityScale(q: number): number {
  return q < 50 ? Math.floor(5000 / q) : 200 - q * 2;
}

/** libjpeg's jpeg_add_quant_table for one value; `max` is 255 for baseline (8-bit) tables. */
function scaled(std: number, scale: number, max: number): number {
  return Math.min(max, Math.max(1, Math.floor((std * scale + 50) / 100)));
}

function toNatural(zigzag: number[]): number[] {
  const natural = new Array<number>(64);
  for (let i = 0; i < 64; i++) natural[ZIGZAG_TO_NATURAL[i]] = zigzag[i];
  return natural;
}

/**
 * Estimate the IJG quality (1–100) a JPEG was saved with by matching its luminance and chrominance tables
 * against the Annex K tables scaled for every quality. Encoders with their own tables (some cameras,
 * Photoshop) still get the nearest IJG quality, which is what a "how compressed is it" check needs.
 * Undefined when there is no usable luminance table.
 */
export function estimateJpegQuality(tables: QuantTable[]): number | undefined {
  const luma = tables.find((t) => t.id === 0);
  if (luma?.values.length !== 64) return undefined;
  const chroma = tables.find((t) => t.id === 1 && t.values.length === 64);
  const pairs: [number[], number[]][] = [[toNatural(luma.values), STD_LUMINANCE]];
  if (chroma) pairs.push([toNatural(chroma.values), STD_CHROMINANCE]);
  // A 16-bit table was written without libjpeg's force_baseline clamp, whose ceiling is 32767.
  const max = pairs.some(([actual]) => actual.some((v) => v > 255)) ? 32767 : 255;

  let best: number | undefined;
  let bestDiff = Number.POSITIVE_INFINITY;
  for (let q = 1; q <= 100; q++) {
    const scale = qualityScale(q);
    let diff = 0;
    for (const [actual, std] of pairs) {
      for (let i = 0; i < 64; i++) diff += Math.abs(actual[i] - scaled(std[i], scale, max));
    }
    // `<=` keeps the highest quality among ties (clamped low-quality tables can coincide).
    if (diff <= bestDiff) {
      bestDiff = diff;
      best = q;
    }
  }
  return best;
}
