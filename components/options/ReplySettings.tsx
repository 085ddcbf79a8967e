// Settings → how re-requests are written: languages, layout and detail; and the buyer's name and
// signature they are signed with.
import { useState } from 'preact/hooks';
import type { Language, Settings } from '@/utils/store/types';
import { FormSave } from './AlertRegion';
import { saveSettings, useBase } from './settings-save';
import { text } from './text';

type ReplyChoice = Pick<Settings, 'replyLanguages' | 'replyLayout' | 'replyDetail'>;

/** Two radio buttons for one setting. */
function Choice<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="field">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} class="check">
          <input type="radio" name={name} checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function ReplyForm({ value }: { value: Settings }) {
  const [choice, setChoice] = useState<ReplyChoice>({
    replyLanguages: value.replyLanguages,
    replyLayout: value.replyLayout,
    replyDetail: value.replyDetail,
  });
  const [error, setError] = useState<unknown>();
  const form = useBase();
  const set = (patch: Partial<ReplyChoice>) => setChoice((c) => ({ ...c, ...patch }));
  const languages = choice.replyLanguages;
  const toggle = (l: Language, on: boolean) =>
    set({
      replyLanguages: (['en', 'zh-CN'] as Language[]).filter((x) => (x === l ? on : languages.includes(x))),
    });
  const t = text().settings.reply;
  return (
    <form
      class="form card-form"
      aria-labelledby="reply-title"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!languages.length) return setError(new Error(t.needLanguage));
        setError(undefined);
        await saveSettings(choice, setError, t.saved, form);
      }}
    >
      <h2 id="reply-title">{t.title}</h2>
      <p class="muted">{t.lead}</p>
      <fieldset class="field">
        <legend>{t.languages}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={languages.includes('en')}
            onChange={(e) => toggle('en', e.currentTarget.checked)}
          />
          <span>{text().common.english}</span>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={languages.includes('zh-CN')}
            onChange={(e) => toggle('zh-CN', e.currentTarget.checked)}
          />
          <span>{text().common.chinese}</span>
        </label>
      </fieldset>
      <Choice
        legend={t.layout}
        name="layout"
        value={choice.replyLayout}
        options={[
          { value: 'sequential', label: t.sequential },
          { value: 'interleaved', label: t.interleaved },
        ]}
        onChange={(replyLayout) => set({ replyLayout })}
      />
      <Choice
        legend={t.detail}
        name="detail"
        value={choice.replyDetail}
        options={[
          { value: 'brief', label: t.brief },
          { value: 'detailed', label: t.detailed },
        ]}
        onChange={(replyDetail) => set({ replyDetail })}
      />
      <FormSave error={error} label={t.save} />
    </form>
  );
}

export function BuyerForm({ value }: { value: Settings['buyer'] }) {
  const [buyer, setBuyer] = useState(value);
  const [error, setError] = useState<unknown>();
  const form = useBase();
  const set = (patch: Partial<Settings['buyer']>) => setBuyer({ ...buyer, ...patch });
  const t = text().settings.buyer;
  return (
    <form
      class="form card-form"
      aria-labelledby="buyer-title"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(undefined);
        await saveSettings(
          {
            buyer: {
              name: buyer.name.trim(),
              company: buyer.company.trim(),
              email: buyer.email?.trim() || undefined,
              signature: buyer.signature,
            },
          },
          setError,
          t.saved,
          form,
        );
      }}
    >
      <h2 id="buyer-title">{t.title}</h2>
      <p class="muted">{t.lead}</p>
      <div class="form-grid">
        <label class="field">
          <span>{t.name}</span>
          <input
            type="text"
            value={buyer.name}
            onInput={(e) => set({ name: e.currentTarget.value })}
            name="buyer-name"
          />
        </label>
        <label class="field">
          <span>{t.company}</span>
          <input
            type="text"
            value={buyer.company}
            onInput={(e) => set({ company: e.currentTarget.value })}
            name="buyer-company"
          />
        </label>
        <label class="field span-2">
          <span>{t.email}</span>
          <input
            type="email"
            value={buyer.email ?? ''}
            onInput={(e) => set({ email: e.currentTarget.value })}
            name="buyer-email"
          />
        </label>
        <label class="field span-2">
          <span>{t.signature}</span>
          <textarea
            rows={4}
            value={buyer.signature}
            onInput={(e) => set({ signature: e.currentTarget.value })}
            name="buyer-signature"
          />
        </label>
      </div>
      <FormSave error={error} label={t.save} />
    </form>
  );
}
