import type { Shot } from '@/utils/store/types';

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

export const shotOptionText = (s: Shot) => (s.label.zh ? `${s.label.en} · ${s.label.zh}` : s.label.en);

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
  return (
    <select
      class="cl-select"
      aria-label={label}
      value={value}
      disabled={disabled}
      data-testid={testId}
      onChange={(e) => onChange(e.currentTarget.value)}
    >
      <option value="">{placeholder ?? 'Choose a shot…'}</option>
      {top.length > 0 && (
        <optgroup label="Suggested from the file name">
          {top.map((s) => (
            <option key={s.id} value={s.id}>
              {shotOptionText(s)}
            </option>
          ))}
        </optgroup>
      )}
      <optgroup label={top.length ? 'Other shots' : 'Shots'}>
        {rest.map((s) => (
          <option key={s.id} value={s.id}>
            {shotOptionText(s)}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
