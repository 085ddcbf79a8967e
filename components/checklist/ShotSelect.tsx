import { localText, otherLocalText } from '@/components/shared-text';
import type { Shot } from '@/utils/store/types';
import { text } from './text';

interface Props {
  shots: Shot[];
  /** Shot ids suggested for this photo, best first; listed on top. */
  suggested: string[];
  value: string;
  label: string;
  disabled?: boolean;
  /** Text of the empty choice. */
  placeholder?: string;
  onChange: (shotId: string) => void;
  testId?: string;
}

/** The shot's name in the interface language, then in the other one ("Front · 正面" / "正面 · Front"). */
export const shotOptionText = (s: Shot) => {
  const other = otherLocalText(s.label);
  return other ? `${localText(s.label)} · ${other.text}` : localText(s.label);
};

/** Pick the shot a photo shows: the suggested shots first, then the rest in shot-list order. */
export function ShotSelect({
  shots,
  suggested,
  value,
  label,
  disabled,
  placeholder,
  onChange,
  testId,
}: Props) {
  const byId = new Map(shots.map((s) => [s.id, s]));
  const top = suggested.map((id) => byId.get(id)).filter((s): s is Shot => s !== undefined);
  const rest = shots.filter((s) => !suggested.includes(s.id));
  const t = text();
  return (
    <select
      class="cl-select"
      aria-label={label}
      value={value}
      disabled={disabled}
      data-testid={testId}
      onChange={(e) => onChange(e.currentTarget.value)}
    >
      <option value="">{placeholder ?? t.chooseShot}</option>
      {top.length > 0 && (
        <optgroup label={t.suggestedGroup}>
          {top.map((s) => (
            <option key={s.id} value={s.id}>
              {shotOptionText(s)}
            </option>
          ))}
        </optgroup>
      )}
      <optgroup label={top.length ? t.otherShots : t.shots}>
        {rest.map((s) => (
          <option key={s.id} value={s.id}>
            {shotOptionText(s)}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
