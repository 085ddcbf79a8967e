import type { PhotoReport } from '@/utils/photo/types';

/**
 * What the analyzer reports for a photo, for tests: a sharp 12 MP phone JPEG with nothing found, unless
 * `over` says otherwise. Each test overrides only the facts it is about, so they read at the call.
 */
export function report(over: Partial<PhotoReport> = {}): PhotoReport {
  return {
    format: 'jpeg',
    width: 4032,
    height: 3024,
    bytes: Math.round(3.1 * 1024 * 1024), // shown as 3.1 MB
    bytesRead: 16_384,
    jpeg: { quality: 92, progressive: false },
    findings: [],
    verdict: 'ok',
    ...over,
  };
}
