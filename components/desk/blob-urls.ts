// Object URLs for stored blobs (thumbnails, reference photos), one per Blob, revoked together when the
// page reloads its data (the old Blob objects are then gone). Extension pages only: made by a content
// script, the URL would belong to the mail site's origin, fetchable by its scripts (see
// components/mail/BlobPicture.tsx).
export interface BlobUrls {
  url(blob: Blob | undefined): string | undefined;
  revokeAll(): void;
}

export function createBlobUrls(): BlobUrls {
  let urls = new WeakMap<Blob, string>();
  let made: string[] = [];
  return {
    url(blob) {
      if (!blob) return undefined;
      let url = urls.get(blob);
      if (!url) {
        url = URL.createObjectURL(blob);
        urls.set(blob, url);
        made.push(url);
      }
      return url;
    },
    revokeAll() {
      for (const url of made) URL.revokeObjectURL(url);
      made = [];
      urls = new WeakMap();
    },
  };
}
