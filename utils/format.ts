/** `68 KB`, `3.1 MB`: how Gmail and Outlook display sizes, so badges match what the buyer sees. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}

export function formatDimensions(width: number, height: number): string {
  return width && height ? `${width}×${height}` : '—';
}

/** `2026-11-20T10:15:00` + `+08:00` → `2026-11-20 10:15 (UTC+08:00)`, never shifted to another zone. */
export function formatTakenAt(takenAt?: string, offset?: string): string {
  if (!takenAt) return '—';
  const text = takenAt.replace('T', ' ').slice(0, 16);
  return offset ? `${text} (UTC${offset})` : text;
}

/**
 * `6000` → `6,000` (English and Chinese both group by thousands with a comma). Plain string work, not Intl:
 * constructing Intl formatters showed in the mail page's and the orders desk's profiles.
 */
export function formatNumber(n: number): string {
  const [whole, fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}
