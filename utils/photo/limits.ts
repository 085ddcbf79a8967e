/**
 * Safety limits. Each protects the mail tab from a hostile or broken file; each is generous enough that
 * a real supplier photo or zip never meets it.
 */
export const LIMITS = {
  /**
   * Pixels we agree to decode. 120 MP covers 108 MP phone sensors; a 200 MP photo is measured from its
   * header only. A bomb declaring 100 000 × 100 000 never reaches the decoder.
   */
  maxDecodePixels: 120_000_000,
  /** Long edge of the bitmap the pixel metrics are computed on. */
  sampleLongEdge: 1024,
  /** Long edge of the thumbnail the UI shows (drawn from the same decode). */
  thumbnailLongEdge: 360,
  /** A single file we will read whole. */
  maxFileBytes: 256 * 1024 * 1024,
  zip: {
    /** A supplier zip holds tens of photos, not thousands; a bomb holds tens of thousands of entries. */
    maxEntries: 2_000,
    /** Declared (and actual) size of one entry. */
    maxEntryBytes: 128 * 1024 * 1024,
    /** Declared size of all entries together. */
    maxTotalBytes: 1024 * 1024 * 1024,
    /** Photos barely compress (JPEG ≈ 1:1, PNG a few to one); deflate bombs reach 1000:1. */
    maxRatio: 100,
    /** Zips inside a zip are opened one level deep. */
    maxDepth: 1,
  },
} as const;
