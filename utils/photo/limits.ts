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
  /**
   * Zip limits hold for the whole tree of one attachment or one drop on Check photos, counted as totals
   * in one ZipBudget (utils/photo/zip.ts): a zip of zips gets the same allowance as one flat zip.
   */
  zip: {
    /** A supplier zip holds tens of photos, not thousands; a bomb holds tens of thousands of entries. */
    maxEntries: 2_000,
    /** Declared (and actual) size of one entry. */
    maxEntryBytes: 128 * 1024 * 1024,
    /** Declared size of all entries of the tree together, and again what is actually inflated. */
    maxTotalBytes: 1024 * 1024 * 1024,
    /** Photos barely compress (JPEG ≈ 1:1, PNG a few to one); deflate bombs reach 1000:1. */
    maxRatio: 100,
    /**
     * Below this size an entry's ratio is not held against it alone: a 2 KB text or XMP sidecar padded
     * with spaces compresses past 100:1 and costs almost nothing. Many such entries cannot add up to a
     * bomb: the ratio of the whole tree (declared over compressed bytes) is checked too, as soon as it
     * declares more than this, and there are at most maxEntries of them (2 000 × 64 KB = 125 MB).
     */
    ratioFloorBytes: 64 * 1024,
    /** Zips inside a zip are opened one level deep; deeper ones are listed as not opened, never inflated. */
    maxDepth: 1,
  },
} as const;
