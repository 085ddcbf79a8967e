// Shot-list pieces for store tests: the same text in both languages, a shot with no reference photo.
import type { LocalText, Shot } from '@/utils/store/types';

export const text = (en: string): LocalText => ({ en, zh: en });

export const shot = (id: string, required = true): Shot => ({
  id,
  label: text(id),
  instructions: text(id),
  required,
  referencePhotoIds: [],
});
