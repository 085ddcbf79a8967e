// How a settings form saves: one patch through the store, with the settings the form started from as
// the base of the revision check, and a "saved" message.
import { useState } from 'preact/hooks';
import { updateSettings } from '@/utils/store';
import { showSuccess } from './alerts';
import { act, settings } from './data';
import { text } from './text';

/**
 * The settings a form started from, for the store's revision check (another tab may save settings while
 * this form holds a draft); moved on by each save of the form.
 */
export function useBase() {
  const [base, setBase] = useState(() => settings.peek());
  return { base, setBase };
}

export async function saveSettings(
  patch: Parameters<typeof updateSettings>[1],
  onError: (e: unknown) => void,
  what: string,
  form?: ReturnType<typeof useBase>,
) {
  const saved = await act((s) => updateSettings(s, patch, form?.base), onError);
  if (!saved) return false;
  settings.value = saved;
  form?.setBase(saved);
  showSuccess(text().common.saved(what));
  return true;
}
