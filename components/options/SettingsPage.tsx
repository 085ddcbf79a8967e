import { useState } from 'preact/hooks';
import { recordText } from '@/components/record/record-text';
import { applyUiLanguage, browserUiLanguage } from '@/utils/i18n';
import { removeIgnoredSender } from '@/utils/store';
import type { Language, Settings } from '@/utils/store/types';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { FormError, FormSave } from './AlertRegion';
import { showError } from './alerts';
import { act, settings, today } from './data';
import { BuyerForm, ReplyForm } from './ReplySettings';
import { ReplyTemplatesEditor } from './ReplyTemplatesEditor';
import { shownValue, THRESHOLD_GROUPS, thresholdPatch } from './settings-fields';
import { saveSettings, useBase } from './settings-save';
import { TeamSettings } from './TeamSettings';
import { text } from './text';

/**
 * The language of Photo Triage's own pages: the browser's, or the buyer's pick. Applied the moment it
 * is chosen (this page re-renders in it), and saved for the other pages and the mail panel.
 */
function LanguageForm({ value }: { value: Language | undefined }) {
  const [error, setError] = useState<unknown>();
  // Shown checked at once, not after the write (a controlled radio would jump back meanwhile).
  const [chosen, setChosen] = useState(value);
  const t = text().settings.language;
  const browser = browserUiLanguage() === 'zh-CN' ? t.zh : t.en;
  const choices: { value: Language | undefined; label: string; lang?: string }[] = [
    { value: undefined, label: t.follow(browser) },
    { value: 'en', label: t.en, lang: 'en' },
    { value: 'zh-CN', label: t.zh, lang: 'zh-CN' },
  ];
  return (
    <form class="form card-form" aria-labelledby="ui-language-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="ui-language-title">{t.title}</h2>
      <fieldset class="field" aria-describedby="ui-language-lead">
        <legend class="visually-hidden">{t.title}</legend>
        <p class="muted" id="ui-language-lead">
          {t.lead}
        </p>
        {choices.map((c) => (
          <label key={c.value ?? 'browser'} class="check">
            <input
              type="radio"
              name="ui-language"
              value={c.value ?? ''}
              checked={chosen === c.value}
              data-testid={`ui-language-${c.value ?? 'browser'}`}
              onChange={async () => {
                setError(undefined);
                setChosen(c.value);
                // At once, before the write: the buyer sees the choice take effect.
                applyUiLanguage(c.value);
                if (
                  !(await saveSettings({ uiLanguage: c.value }, setError, text().settings.language.saved))
                ) {
                  setChosen(settings.value.uiLanguage);
                  applyUiLanguage(settings.value.uiLanguage);
                }
              }}
            />
            <span lang={c.lang}>{c.label}</span>
          </label>
        ))}
      </fieldset>
      <FormError error={error} />
    </form>
  );
}

function ThresholdsForm({ value }: { value: Settings['thresholds'] }) {
  const initial = () =>
    Object.fromEntries(
      THRESHOLD_GROUPS.flatMap((g) => g.fields.map((f) => [f.key, String(shownValue(f, value[f.key]))])),
    );
  const [shown, setShown] = useState<Record<string, string>>(initial);
  const [error, setError] = useState<unknown>();
  const form = useBase();
  const t = text().settings.limits;
  return (
    <form
      class="form card-form"
      aria-labelledby="thresholds-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const { patch, problems } = thresholdPatch(shown);
        if (problems.length) return setError(new Error(problems.join('; ')));
        setError(undefined);
        await saveSettings({ thresholds: patch }, setError, text().settings.limits.saved, form);
      }}
    >
      <h2 id="thresholds-title">{t.title}</h2>
      <p class="muted">{t.lead}</p>
      <div class="threshold-groups">
        {THRESHOLD_GROUPS.map((group) => {
          const changed = group.fields.some((f) => value[f.key] !== DEFAULT_THRESHOLDS[f.key]);
          return (
            <fieldset key={group.id} class="threshold-group" aria-describedby={`why-${group.id}`}>
              <legend>{group.title}</legend>
              <p class="why" id={`why-${group.id}`}>
                {group.why}
              </p>
              {group.fields.map((f) => (
                <label key={f.key} class="field threshold">
                  <span>{f.label}</span>
                  <input
                    type="number"
                    min={0}
                    step={f.step}
                    value={shown[f.key]}
                    onInput={(e) => setShown({ ...shown, [f.key]: e.currentTarget.value })}
                    data-threshold={f.key}
                    aria-describedby={`unit-${f.key} default-${f.key}`}
                  />
                  <span class="unit" id={`unit-${f.key}`}>
                    {f.unit}
                  </span>
                  <small class="hint" id={`default-${f.key}`}>
                    {t.defaultValue(shownValue(f, DEFAULT_THRESHOLDS[f.key]))}
                  </small>
                </label>
              ))}
              {changed && (
                <button
                  type="button"
                  class="button quiet small"
                  onClick={async () => {
                    const patch = Object.fromEntries(group.fields.map((f) => [f.key, undefined]));
                    if (
                      await saveSettings({ thresholds: patch }, setError, t.groupSaved(group.title), form)
                    ) {
                      setShown({
                        ...shown,
                        ...Object.fromEntries(
                          group.fields.map((f) => [f.key, String(shownValue(f, DEFAULT_THRESHOLDS[f.key]))]),
                        ),
                      });
                    }
                  }}
                >
                  {text().common.resetDefault}
                </button>
              )}
            </fieldset>
          );
        })}
      </div>
      <FormSave error={error} label={t.save} />
    </form>
  );
}

function IgnoredSenders({ list }: { list: string[] }) {
  const t = text().settings.ignored;
  return (
    <section class="card-form" aria-labelledby="ignored-title">
      <h2 id="ignored-title">{t.title}</h2>
      <p class="muted">{t.lead}</p>
      {list.length === 0 ? (
        <p class="muted">{text().common.none}</p>
      ) : (
        <ul class="ignored">
          {list.map((email) => (
            <li key={email}>
              <span>{email}</span>
              <button
                type="button"
                class="button quiet small"
                aria-label={t.stop(email)}
                onClick={async () => {
                  const saved = await act((s) => removeIgnoredSender(s, email));
                  if (saved) settings.value = saved;
                }}
              >
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReplyTemplates({ value }: { value: Settings }) {
  const form = useBase();
  return (
    <ReplyTemplatesEditor
      saved={value.replyTemplates}
      settings={value}
      today={today.value}
      onSave={(patch) =>
        saveSettings({ replyTemplates: patch }, (e) => showError(e), text().settings.templates.saved, form)
      }
    />
  );
}

/** The "photos are not an inspection" line on stages last before shipment: on unless turned off. */
function InspectionNoteForm({ value }: { value: boolean | undefined }) {
  const [error, setError] = useState<unknown>();
  const t = recordText();
  return (
    <form class="form card-form" aria-labelledby="inspection-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="inspection-title">{t.settingTitle}</h2>
      <p class="muted">{t.lastBeforeShipment}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={value !== false}
          data-testid="inspection-note-setting"
          onChange={async (e) => {
            setError(undefined);
            // Stored only when turned off; on is the default (undefined).
            await saveSettings(
              { inspectionNote: e.currentTarget.checked ? undefined : false },
              setError,
              t.settingSaved,
            );
          }}
        />
        <span>{t.settingLabel}</span>
      </label>
      <FormError error={error} />
    </form>
  );
}

export function SettingsPage() {
  const s = settings.value;
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {text().settings.title}
        </h1>
      </header>
      <LanguageForm value={s.uiLanguage} />
      <div class="settings-columns">
        <ThresholdsForm value={s.thresholds} />
        <div class="settings-side">
          <ReplyForm value={s} />
          <BuyerForm value={s.buyer} />
          <IgnoredSenders list={s.ignoredSenders} />
          <InspectionNoteForm value={s.inspectionNote} />
          <TeamSettings />
        </div>
      </div>
      <ReplyTemplates value={s} />
    </section>
  );
}
