import { useState } from 'preact/hooks';
import { removeIgnoredSender, updateSettings } from '@/utils/store';
import type { Language, Settings } from '@/utils/store/types';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { FormError } from './AlertRegion';
import { showError, showSuccess } from './alerts';
import { act, settings, today } from './data';
import { ReplyTemplatesEditor } from './ReplyTemplatesEditor';
import { shownValue, THRESHOLD_GROUPS, thresholdPatch } from './settings-fields';

async function save(
  patch: Parameters<typeof updateSettings>[1],
  onError: (e: unknown) => void,
  what: string,
) {
  const saved = await act((s) => updateSettings(s, patch), onError);
  if (!saved) return false;
  settings.value = saved;
  showSuccess(`${what} saved.`);
  return true;
}

function ThresholdsForm({ value }: { value: Settings['thresholds'] }) {
  const initial = () =>
    Object.fromEntries(
      THRESHOLD_GROUPS.flatMap((g) => g.fields.map((f) => [f.key, String(shownValue(f, value[f.key]))])),
    );
  const [shown, setShown] = useState<Record<string, string>>(initial);
  const [error, setError] = useState<unknown>();
  return (
    <form
      class="form card-form"
      aria-labelledby="thresholds-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const { patch, problems } = thresholdPatch(shown);
        if (problems.length) return setError(new Error(problems.join('; ')));
        setError(undefined);
        await save({ thresholds: patch }, setError, 'Limits');
      }}
    >
      <h2 id="thresholds-title">Photo limits</h2>
      <p class="muted">
        What counts as too small, too compressed, blurry or dark. Changes apply to every photo checked from
        now on.
      </p>
      <div class="threshold-groups">
        {THRESHOLD_GROUPS.map((group) => {
          const changed = group.fields.some((f) => value[f.key] !== DEFAULT_THRESHOLDS[f.key]);
          return (
            <fieldset key={group.title} class="threshold-group">
              <legend>{group.title}</legend>
              <p class="why">{group.why}</p>
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
                  />
                  <span class="unit">{f.unit}</span>
                  <small class="hint">default {shownValue(f, DEFAULT_THRESHOLDS[f.key])}</small>
                </label>
              ))}
              {changed && (
                <button
                  type="button"
                  class="button quiet small"
                  onClick={async () => {
                    const patch = Object.fromEntries(group.fields.map((f) => [f.key, undefined]));
                    if (await save({ thresholds: patch }, setError, `${group.title} limits`)) {
                      setShown({
                        ...shown,
                        ...Object.fromEntries(
                          group.fields.map((f) => [f.key, String(shownValue(f, DEFAULT_THRESHOLDS[f.key]))]),
                        ),
                      });
                    }
                  }}
                >
                  Reset to default
                </button>
              )}
            </fieldset>
          );
        })}
      </div>
      <FormError error={error} />
      <div class="form-actions">
        <button type="submit" class="button primary">
          Save limits
        </button>
      </div>
    </form>
  );
}

function ReplyForm({ value }: { value: Settings }) {
  const [languages, setLanguages] = useState<Language[]>(value.replyLanguages);
  const [layout, setLayout] = useState(value.replyLayout);
  const [detail, setDetail] = useState(value.replyDetail);
  const [error, setError] = useState<unknown>();
  const toggle = (l: Language, on: boolean) =>
    setLanguages((['en', 'zh-CN'] as Language[]).filter((x) => (x === l ? on : languages.includes(x))));
  return (
    <form
      class="form card-form"
      aria-labelledby="reply-title"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!languages.length) return setError(new Error('Choose at least one reply language.'));
        setError(undefined);
        await save(
          { replyLanguages: languages, replyLayout: layout, replyDetail: detail },
          setError,
          'Reply settings',
        );
      }}
    >
      <h2 id="reply-title">Re-requests</h2>
      <p class="muted">
        How the drafted reply to a supplier reads. A supplier’s own languages take precedence.
      </p>
      <fieldset class="field">
        <legend>Languages</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={languages.includes('en')}
            onChange={(e) => toggle('en', e.currentTarget.checked)}
          />
          <span>English</span>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={languages.includes('zh-CN')}
            onChange={(e) => toggle('zh-CN', e.currentTarget.checked)}
          />
          <span>简体中文 (Simplified Chinese)</span>
        </label>
      </fieldset>
      <fieldset class="field">
        <legend>Layout of two languages</legend>
        <label class="check">
          <input
            type="radio"
            name="layout"
            checked={layout === 'sequential'}
            onChange={() => setLayout('sequential')}
          />
          <span>English first, then Chinese</span>
        </label>
        <label class="check">
          <input
            type="radio"
            name="layout"
            checked={layout === 'interleaved'}
            onChange={() => setLayout('interleaved')}
          />
          <span>Each point in both languages</span>
        </label>
      </fieldset>
      <fieldset class="field">
        <legend>Detail</legend>
        <label class="check">
          <input
            type="radio"
            name="detail"
            checked={detail === 'brief'}
            onChange={() => setDetail('brief')}
          />
          <span>Brief: what to send again</span>
        </label>
        <label class="check">
          <input
            type="radio"
            name="detail"
            checked={detail === 'detailed'}
            onChange={() => setDetail('detailed')}
          />
          <span>Detailed: also why, with the measurements</span>
        </label>
      </fieldset>
      <FormError error={error} />
      <div class="form-actions">
        <button type="submit" class="button primary">
          Save reply settings
        </button>
      </div>
    </form>
  );
}

function BuyerForm({ value }: { value: Settings['buyer'] }) {
  const [buyer, setBuyer] = useState(value);
  const [error, setError] = useState<unknown>();
  const set = (patch: Partial<Settings['buyer']>) => setBuyer({ ...buyer, ...patch });
  return (
    <form
      class="form card-form"
      aria-labelledby="buyer-title"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(undefined);
        await save(
          {
            buyer: {
              name: buyer.name.trim(),
              company: buyer.company.trim(),
              email: buyer.email?.trim() || undefined,
              signature: buyer.signature,
            },
          },
          setError,
          'Your details',
        );
      }}
    >
      <h2 id="buyer-title">You</h2>
      <p class="muted">Used to sign the re-requests.</p>
      <div class="form-grid">
        <label class="field">
          <span>Your name</span>
          <input
            type="text"
            value={buyer.name}
            onInput={(e) => set({ name: e.currentTarget.value })}
            name="buyer-name"
          />
        </label>
        <label class="field">
          <span>Company</span>
          <input
            type="text"
            value={buyer.company}
            onInput={(e) => set({ company: e.currentTarget.value })}
            name="buyer-company"
          />
        </label>
        <label class="field span-2">
          <span>Email</span>
          <input
            type="email"
            value={buyer.email ?? ''}
            onInput={(e) => set({ email: e.currentTarget.value })}
            name="buyer-email"
          />
        </label>
        <label class="field span-2">
          <span>Signature</span>
          <textarea
            rows={4}
            value={buyer.signature}
            onInput={(e) => set({ signature: e.currentTarget.value })}
            name="buyer-signature"
          />
        </label>
      </div>
      <FormError error={error} />
      <div class="form-actions">
        <button type="submit" class="button primary">
          Save your details
        </button>
      </div>
    </form>
  );
}

function IgnoredSenders({ list }: { list: string[] }) {
  return (
    <section class="card-form" aria-labelledby="ignored-title">
      <h2 id="ignored-title">Ignored senders</h2>
      <p class="muted">Senders you chose “never” for in the inbox: their mail is not checked.</p>
      {list.length === 0 ? (
        <p class="muted">None.</p>
      ) : (
        <ul class="ignored">
          {list.map((email) => (
            <li key={email}>
              <span>{email}</span>
              <button
                type="button"
                class="button quiet small"
                aria-label={`Stop ignoring ${email}`}
                onClick={async () => {
                  const saved = await act((s) => removeIgnoredSender(s, email));
                  if (saved) settings.value = saved;
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReplyTemplates({ value }: { value: Settings }) {
  return (
    <ReplyTemplatesEditor
      saved={value.replyTemplates}
      settings={value}
      today={today.value}
      onSave={(patch) => save({ replyTemplates: patch }, (e) => showError(e), 'Reply templates')}
    />
  );
}

export function SettingsPage() {
  const s = settings.value;
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-head">
        <h1 id="page-title" tabIndex={-1}>
          Settings
        </h1>
      </header>
      <div class="settings-columns">
        <ThresholdsForm value={s.thresholds} />
        <div class="settings-side">
          <ReplyForm value={s} />
          <BuyerForm value={s.buyer} />
          <IgnoredSenders list={s.ignoredSenders} />
        </div>
      </div>
      <ReplyTemplates value={s} />
    </section>
  );
}
