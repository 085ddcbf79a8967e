// Text and attribute values for the record file we write (never a page we inject into): every page value
// goes through `escapeHtml`; pictures only as data URLs of image types we name.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element text and in quoted attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const IMAGE_DATA_URL = /^data:image\/(?:jpeg|png|webp|gif);base64,[A-Za-z0-9+/]*={0,2}$/;

/** The URL when it is a base64 data URL of a raster image, else undefined (never a link out). */
export const imageDataUrl = (url: string | undefined): string | undefined =>
  url !== undefined && IMAGE_DATA_URL.test(url) ? url : undefined;
