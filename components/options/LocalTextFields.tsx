import type { LocalText } from '@/utils/store/types';

/**
 * A text in English and in Chinese, side by side: stages, gates and shot-list templates are named both
 * ways. The English one is required unless `required` is false (a stage's optional gate).
 */
export function LocalTextFields({
  value,
  labels,
  onChange,
  required = true,
  placeholders,
}: {
  value: LocalText;
  labels: { en: string; zh: string };
  onChange: (value: LocalText) => void;
  required?: boolean;
  placeholders?: LocalText;
}) {
  return (
    <>
      <label class="field">
        <span>{labels.en}</span>
        <input
          type="text"
          required={required}
          value={value.en}
          placeholder={placeholders?.en}
          onInput={(e) => onChange({ ...value, en: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{labels.zh}</span>
        <input
          type="text"
          lang="zh-CN"
          value={value.zh}
          placeholder={placeholders?.zh}
          onInput={(e) => onChange({ ...value, zh: e.currentTarget.value })}
        />
      </label>
    </>
  );
}

/** What a gate's name looks like (the stage editor and the template editor both name gates). */
export const GATE_PLACEHOLDERS: LocalText = { en: 'cutting fabric', zh: '裁布' };
