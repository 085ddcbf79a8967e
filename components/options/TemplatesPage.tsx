import { useState } from 'preact/hooks';
import { gateLabel } from '@/components/checklist/checklist-text';
import { addTemplate, deleteTemplate, updateTemplate } from '@/utils/store';
import type { ShotListTemplate, StageKind } from '@/utils/store/types';
import { BUILT_IN_TEMPLATES } from '@/utils/triage/templates';
import { FormError } from './AlertRegion';
import { showSuccess } from './alerts';
import { ConfirmDialog } from './Dialog';
import { act, putTemplate, templates } from './data';
import { STAGE_KIND_LABEL } from './labels';
import { navigate, routeHref } from './router';
import { newShot, ShotListEditor } from './ShotListEditor';

const KINDS = Object.keys(STAGE_KIND_LABEL) as StageKind[];

function copyOf(t: ShotListTemplate): Omit<ShotListTemplate, 'id' | 'builtIn'> {
  return {
    name: { en: `${t.name.en} (my copy)`, zh: t.name.zh },
    kind: t.kind,
    shots: t.shots.map((s) => ({
      ...s,
      id: crypto.randomUUID(),
      referencePhotoIds: [...s.referencePhotoIds],
    })),
    ...(t.gate ? { gate: { label: { ...t.gate.label } } } : {}),
  };
}

async function copyTemplate(t: ShotListTemplate) {
  const saved = await act((s) => addTemplate(s, copyOf(t)));
  if (!saved) return;
  putTemplate(saved);
  navigate({ page: 'templates', id: saved.id });
}

function ShotPreview({ template }: { template: ShotListTemplate }) {
  return (
    <ol class="shot-preview">
      {template.shots.map((s) => (
        <li key={s.id}>
          <strong>{s.label.en}</strong> <span class="muted zh">{s.label.zh}</span>
          {!s.required && <span class="tag">optional</span>}
          {s.minLongEdge !== undefined && <span class="tag">≥ {s.minLongEdge} px</span>}
        </li>
      ))}
    </ol>
  );
}

function BuiltInTemplate({ template }: { template: ShotListTemplate }) {
  const gate = template.gate && gateLabel(template.gate.label);
  return (
    <article class="template-card" data-template-id={template.id}>
      <header>
        <h3>
          {template.name.en} <span class="muted zh">{template.name.zh}</span>
        </h3>
        <button type="button" class="button" onClick={() => copyTemplate(template)}>
          Copy to edit
        </button>
      </header>
      <p class="muted">
        {template.shots.length} shots · {template.shots.filter((s) => s.required).length} required
        {gate && ` · gate: ${gate.en} (${gate.zh})`}
      </p>
      <details>
        <summary>Shots</summary>
        <ShotPreview template={template} />
      </details>
    </article>
  );
}

function TemplateEditor({ template }: { template: ShotListTemplate }) {
  const [draft, setDraft] = useState(template);
  const [error, setError] = useState<unknown>();
  const [deleting, setDeleting] = useState(false);
  const set = (patch: Partial<ShotListTemplate>) => setDraft({ ...draft, ...patch });
  return (
    <form
      class="form card-form"
      aria-labelledby="template-form-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const { id: _id, builtIn: _b, ...patch } = draft;
        const saved = await act((s) => updateTemplate(s, template.id, patch), setError);
        if (!saved) return;
        putTemplate(saved);
        setError(undefined);
        showSuccess(`Template “${saved.name.en}” saved.`);
      }}
    >
      <h2 id="template-form-title">Edit template</h2>
      <div class="form-grid four">
        <label class="field">
          <span>Name (English)</span>
          <input
            type="text"
            required
            value={draft.name.en}
            onInput={(e) => set({ name: { ...draft.name, en: e.currentTarget.value } })}
          />
        </label>
        <label class="field">
          <span>Name (中文)</span>
          <input
            type="text"
            lang="zh-CN"
            value={draft.name.zh}
            onInput={(e) => set({ name: { ...draft.name, zh: e.currentTarget.value } })}
          />
        </label>
        <label class="field">
          <span>Stage kind</span>
          <select value={draft.kind} onChange={(e) => set({ kind: e.currentTarget.value as StageKind })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {STAGE_KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={Boolean(draft.gate)}
            onChange={(e) => {
              const { gate: _, ...rest } = draft;
              setDraft(e.currentTarget.checked ? { ...rest, gate: { label: { en: '', zh: '' } } } : rest);
            }}
          />
          <span>Has a gate (photos approved before…)</span>
        </label>
        {draft.gate && (
          <>
            <label class="field">
              <span>Gate: before… (English)</span>
              <input
                type="text"
                required
                value={draft.gate.label.en}
                placeholder="cutting fabric"
                onInput={(e) => set({ gate: { label: { ...draft.gate!.label, en: e.currentTarget.value } } })}
              />
            </label>
            <label class="field">
              <span>Gate: …前 (中文)</span>
              <input
                type="text"
                lang="zh-CN"
                value={draft.gate.label.zh}
                placeholder="裁布"
                onInput={(e) => set({ gate: { label: { ...draft.gate!.label, zh: e.currentTarget.value } } })}
              />
            </label>
          </>
        )}
      </div>
      <h3 class="section-title">Shots</h3>
      <ShotListEditor shots={draft.shots} onChange={(shots) => set({ shots })} />
      <FormError error={error} />
      <div class="form-actions">
        <button type="submit" class="button primary">
          Save template
        </button>
        <a class="button" href={routeHref({ page: 'templates' })}>
          Close
        </a>
        <button type="button" class="button quiet danger push-right" onClick={() => setDeleting(true)}>
          Delete…
        </button>
      </div>
      {deleting && (
        <ConfirmDialog
          title={`Delete the template “${template.name.en}”?`}
          confirm="Delete template"
          danger
          onConfirm={async () => {
            const done = await act((s) => deleteTemplate(s, template.id));
            if (done === undefined) return;
            templates.value = templates.value.filter((t) => t.id !== template.id);
            navigate({ page: 'templates' });
          }}
          onClose={() => setDeleting(false)}
        >
          <p>Orders whose stages were made from it keep their own copies of the shot list.</p>
        </ConfirmDialog>
      )}
    </form>
  );
}

export function TemplatesPage({ id }: { id?: string }) {
  const own = templates.value;
  const editing = id ? own.find((t) => t.id === id) : undefined;
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-head">
        <h1 id="page-title" tabIndex={-1}>
          Shot-list templates
        </h1>
        <button
          type="button"
          class="button"
          onClick={async () => {
            const saved = await act((s) =>
              addTemplate(s, { name: { en: 'New shot list', zh: '' }, kind: 'custom', shots: [newShot()] }),
            );
            if (!saved) return;
            putTemplate(saved);
            navigate({ page: 'templates', id: saved.id });
          }}
        >
          New blank template
        </button>
      </header>
      <p class="lead">
        Each stage of an order starts from a template: its shots are copied into the order, where you can edit
        them for that order alone.
      </p>
      {editing && <TemplateEditor key={editing.id} template={editing} />}
      <h2 class="section-title">Your templates</h2>
      {own.length === 0 ? (
        <p class="muted">None yet. Copy a built-in template below to make one of your own.</p>
      ) : (
        <div class="table-wrap">
          <table class="table" data-testid="own-templates">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Stage kind</th>
                <th scope="col" class="num">
                  Shots
                </th>
                <th scope="col">Gate</th>
              </tr>
            </thead>
            <tbody>
              {own.map((t) => (
                <tr key={t.id} class={t.id === id ? 'selected' : ''}>
                  <td>
                    <a href={routeHref({ page: 'templates', id: t.id })}>{t.name.en}</a>{' '}
                    <span class="muted zh">{t.name.zh}</span>
                  </td>
                  <td>{STAGE_KIND_LABEL[t.kind]}</td>
                  <td class="num">{t.shots.length}</td>
                  <td>{t.gate ? gateLabel(t.gate.label).en : <span class="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 class="section-title">Built in</h2>
      <div class="template-grid">
        {BUILT_IN_TEMPLATES.map((t) => (
          <BuiltInTemplate key={t.id} template={t} />
        ))}
      </div>
    </section>
  );
}
