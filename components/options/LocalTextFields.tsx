import type { LocalText } from '@/utils/store/types';

/** A name in English and in Chinese, side by side: stages and shot-list templates are named both ways. */
export function LocalTextFields({
  value,
  labels,
  onChange,
}: {
  value: LocalText;
  labels: { en: string; zh: string };
  onChange: (value: LocalText) => void;
}) {
  return (
    <>
      <label class="field">
        <span>{labels.en}</span>
        <input
          type="text"
          required
          value={value.en}
          onInput={(e) => onChange({ ...value, en: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{labels.zh}</span>
        <input
          type="text"
          lang="zh-CN"
          value={value.zh}
          onInput={(e) => onChange({ ...value, zh: e.currentTarget.value })}
        />
      </label>
    </>
  );
}
