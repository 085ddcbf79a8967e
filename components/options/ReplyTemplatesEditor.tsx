// The re-request wording, one template per language: what each placeholder becomes, a refusal of
// unknown placeholders as the buyer types, and a live preview of a sample re-request. Store-free: the
// saved templates and the settings come in as props, saving goes out through `onSave`.
import { useMemo, useState } from 'preact/hooks';
import { renderText } from '@/utils/reply/render';
import {
  DEFAULT_TEMPLATES,
  PLACEHOLDERS,
  type TemplateCheck,
  type TemplateLanguage,
  validateReplyTemplate,
} from '@/utils/reply/reply-template';
import type { DateOnly, Settings } from '@/utils/store/types';
import { useDebounced } from './hooks';
import { sampleDraft } from './reply-sample';
import {
  REPLY_TEMPLATE_FIELDS,
  type ReplyTemplateField,
  type ReplyTemplateTexts,
  replyTemplatesPatch,
  shownTemplates,
} from './settings-fields';
import { text } from './text';

export interface ReplyTemplatesEditorProps {
  /** The buyer's saved templates; a language left out is the default. */
  saved: Settings['replyTemplates'];
  /** For the preview: reply languages, layout, detail, the buyer's name and signature, thresholds. */
  settings: Settings;
  today: DateOnly;
  /**
   * Saves a settings patch for the templates (a language set to undefined goes back to the default;
   * one left out is kept). Resolves true once saved; shows its own failures.
   */
  onSave: (patch: NonNullable<Settings['replyTemplates']>) => Promise<boolean>;
}

/** Checks and preview follow the text once typing pauses this long, not on every keystroke. */
export const PREVIEW_DELAY_MS = 250;

const checkAll = (texts: ReplyTemplateTexts) => ({
  en: validateReplyTemplate(texts.en),
  zh: validateReplyTemplate(texts.zh),
});

export function ReplyTemplatesEditor({ saved, settings, today, onSave }: ReplyTemplatesEditorProps) {
  const [texts, setTexts] = useState<ReplyTemplateTexts>(() => shownTemplates(saved));
  const [busy, setBusy] = useState(false);
  const settled = useDebounced(texts, PREVIEW_DELAY_MS);
  const checks = useMemo(() => checkAll(settled), [settled]);
  const valid = checks.en.ok && checks.zh.ok;
  const stored = shownTemplates(saved);
  const dirty = texts.en !== stored.en || texts.zh !== stored.zh;

  const draft = useMemo(() => sampleDraft(settings, today), [settings, today]);
  // An invalid template renders with the default: say so rather than preview wording that is not saved.
  const preview = useMemo(() => renderText(draft, { templates: settled }), [draft, settled]);
  const t = text().settings.templates;
  const fallback = REPLY_TEMPLATE_FIELDS.filter((f) => !checks[f.lang].ok).map((f) => f.label);

  const set = (lang: TemplateLanguage, text: string) => setTexts((t) => ({ ...t, [lang]: text }));

  async function save(patch: NonNullable<Settings['replyTemplates']>) {
    setBusy(true);
    try {
      return await onSave(patch);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      class="form card-form reply-templates"
      aria-labelledby="reply-templates-title"
      onSubmit={async (e) => {
        e.preventDefault();
        // The text as it is now, not as last checked: Save can be pressed within the delay.
        const now = checkAll(texts);
        if (!now.en.ok || !now.zh.ok) return;
        await save(replyTemplatesPatch(texts));
      }}
    >
      <h2 id="reply-templates-title">{t.title}</h2>
      <p class="muted">
        {t.lead1}
        <code>{'{po}'}</code>
        {t.lead2}
        <code>{'{{'}</code>
        {t.lead3}
        <code>{'}}'}</code>
        {t.lead4}
      </p>
      <div class="reply-templates-grid">
        <div class="reply-templates-fields">
          {REPLY_TEMPLATE_FIELDS.map((field) => (
            <TemplateField
              key={field.lang}
              field={field}
              value={texts[field.lang]}
              check={checks[field.lang]}
              stored={stored[field.lang]}
              busy={busy}
              onInput={(value) => set(field.lang, value)}
              onReset={async () => {
                set(field.lang, DEFAULT_TEMPLATES[field.lang]);
                await save({ [field.lang]: undefined });
              }}
            />
          ))}
          <div class="form-actions">
            <button type="submit" class="button primary" disabled={!valid || busy}>
              {t.save}
            </button>
            {!valid ? (
              <span class="hint">{t.fixFirst}</span>
            ) : dirty ? (
              <span class="hint">{t.unsaved}</span>
            ) : null}
          </div>
          <PlaceholderList />
        </div>
        <ReplyPreview draft={draft} preview={preview} fallback={fallback} />
      </div>
    </form>
  );
}

/** One language's template: its text, whether it is the default, a reset, and what is wrong with it. */
function TemplateField({
  field: { lang, label, htmlLang },
  value,
  check,
  stored,
  busy,
  onInput,
  onReset,
}: {
  field: ReplyTemplateField;
  value: string;
  check: TemplateCheck;
  /** The saved text: reset is offered unless both it and the field are the default. */
  stored: string;
  busy: boolean;
  onInput: (value: string) => void;
  onReset: () => Promise<void>;
}) {
  const errorId = `reply-template-${lang}-error`;
  const isDefault = value === DEFAULT_TEMPLATES[lang];
  return (
    <div class="field reply-template-field">
      <div class="reply-template-head">
        <label for={`reply-template-${lang}`}>{label}</label>
        {isDefault && <span class="tag">{text().common.default}</span>}
        <button
          type="button"
          class="button quiet small push-right"
          disabled={busy || (isDefault && stored === DEFAULT_TEMPLATES[lang])}
          onClick={onReset}
        >
          {text().common.resetDefault}
        </button>
      </div>
      <textarea
        id={`reply-template-${lang}`}
        name={`reply-template-${lang}`}
        class="mono reply-template-text"
        lang={htmlLang}
        rows={12}
        spellcheck={false}
        value={value}
        aria-invalid={!check.ok}
        aria-describedby={errorId}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <div id={errorId} role="alert" class="reply-template-error">
        {check.ok ? '' : check.message}
      </div>
    </div>
  );
}

function PlaceholderList() {
  const t = text().settings.templates;
  return (
    <section class="reply-placeholders" aria-labelledby="reply-placeholders-title">
      <h3 id="reply-placeholders-title">{t.placeholders}</h3>
      <dl>
        {PLACEHOLDERS.map((p) => (
          <div key={p}>
            <dt>
              <code>{`{${p}}`}</code>
            </dt>
            <dd>{t.placeholderHelp[p]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A sample re-request in the settings' languages, layout and detail; `fallback`: templates shown as the default. */
function ReplyPreview({
  draft,
  preview,
  fallback,
}: {
  draft: ReturnType<typeof sampleDraft>;
  preview: string;
  fallback: string[];
}) {
  const t = text().settings.templates;
  const previewLangs = draft.defaults.languages.map((l) => t.langNames[l]);
  return (
    <section class="reply-preview" aria-labelledby="reply-preview-title">
      <h3 id="reply-preview-title">{t.preview}</h3>
      <p class="hint">
        {t.previewLead(
          previewLangs,
          previewLangs.length > 1 ? t.layouts[draft.defaults.layout] : undefined,
          t.details[draft.defaults.detail],
        )}
      </p>
      {fallback.length > 0 && <p class="hint reply-preview-fallback">{t.fallback(fallback)}</p>}
      <pre
        class="reply-preview-text"
        data-testid="reply-preview"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus to be scrolled by keyboard (axe scrollable-region-focusable)
        tabIndex={0}
      >
        {preview}
      </pre>
    </section>
  );
}
