import { useState } from 'preact/hooks';
import { gateLabel } from '@/components/checklist/checklist-text';
import { localText, otherLocalText } from '@/components/shared-text';
import { addTemplate, deleteTemplate, updateTemplate } from '@/utils/store';
import type { ShotListTemplate, StageKind } from '@/utils/store/types';
import { BUILT_IN_TEMPLATES } from '@/utils/triage/shot-list-templates';
import { FormError } from './AlertRegion';
import { showSuccess } from './alerts';
import { ConfirmDialog } from './Dialog';
import { act, putTemplate, templates } from './data';
import { GATE_PLACEHOLDERS, LocalTextFields } from './LocalTextFields';
import { STAGE_KINDS, stageKindLabel } from './labels';
import { navigate, routeHref } from './router';
import { newShot, ShotListEditor } from './ShotListEditor';
import { text } from './text';

/** "Front 正面": the name in the interface language, the other language muted beside it. */
function Both({ value }: { value: { en: string; zh: string } }) {
  const other = otherLocalText(value);
  return (
    <>
      {localText(value)}{' '}
      {other && (
        <span class="muted zh" lang={other.lang}>
          {other.text}
        </span>
      )}
    </>
  );
}

function copyOf(t: ShotListTemplate): Omit<ShotListTemplate, 'id' | 'builtIn'> {
  return {
    name: { en: `${t.name.en} (my copy)`, zh: t.name.zh ? `${t.name.zh}（副本）` : '' },
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
          <strong>
            <Both value={s.label} />
          </strong>
          {!s.required && <span class="tag">{text().common.optional}</span>}
          {s.minLongEdge !== undefined && <span class="tag">≥ {s.minLongEdge} px</span>}
        </li>
      ))}
    </ol>
  );
}

function BuiltInTemplate({ template }: { template: ShotListTemplate }) {
  const gate = template.gate && gateLabel(template.gate.label);
  const t = text().templates;
  return (
    <article class="template-card" data-template-id={template.id}>
      <header>
        <h3>
          <Both value={template.name} />
        </h3>
        <button
          type="button"
          class="button"
          onClick={() => copyTemplate(template)}
          aria-label={`${t.copy}: ${localText(template.name)}`}
        >
          {t.copy}
        </button>
      </header>
      <p class="muted">
        {t.summary(template.shots.length, template.shots.filter((s) => s.required).length)}
        {gate && t.gate(localText(gate), otherLocalText(gate)?.text ?? '')}
      </p>
      <details>
        <summary>{t.shots}</summary>
        <ShotPreview template={template} />
      </details>
    </article>
  );
}

/** The editor's one state: the draft, what it was made from, and where a save or delete stands. */
interface EditorState {
  draft: ShotListTemplate;
  /** The edit's base for the store's revision check, moved on by each save. */
  base: ShotListTemplate;
  error?: unknown;
  deleting: boolean;
}

function TemplateEditor({ template }: { template: ShotListTemplate }) {
  const [state, setState] = useState<EditorState>({ draft: template, base: template, deleting: false });
  const update = (patch: Partial<EditorState>) => setState((s) => ({ ...s, ...patch }));
  const { draft } = state;
  const t = text().templates;
  return (
    <form
      class="form card-form"
      aria-labelledby="template-form-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const { id: _id, builtIn: _b, rev: _r, ...patch } = draft;
        const saved = await act(
          (s) => updateTemplate(s, template.id, patch, state.base),
          (error) => update({ error }),
        );
        if (!saved) return;
        putTemplate(saved);
        update({ base: saved, draft: saved, error: undefined });
        showSuccess(text().templates.savedMsg(localText(saved.name)));
      }}
    >
      <h2 id="template-form-title">{t.editTitle}</h2>
      <TemplateFields draft={draft} onChange={(next) => update({ draft: next })} />
      <h3 class="section-title">{t.shots}</h3>
      <ShotListEditor shots={draft.shots} onChange={(shots) => update({ draft: { ...draft, shots } })} />
      <FormError error={state.error} />
      <div class="form-actions">
        <button type="submit" class="button primary">
          {t.save}
        </button>
        <a class="button" href={routeHref({ page: 'templates' })}>
          {text().common.close}
        </a>
        <button
          type="button"
          class="button quiet danger push-right"
          onClick={() => update({ deleting: true })}
        >
          {text().common.delete}
        </button>
      </div>
      {state.deleting && <DeleteTemplate template={template} onClose={() => update({ deleting: false })} />}
    </form>
  );
}

/** The template's names, kind and gate (the shots have their own editor). */
function TemplateFields({
  draft,
  onChange,
}: {
  draft: ShotListTemplate;
  onChange: (template: ShotListTemplate) => void;
}) {
  const set = (patch: Partial<ShotListTemplate>) => onChange({ ...draft, ...patch });
  const t = text().templates;
  return (
    <div class="form-grid four">
      <LocalTextFields
        value={draft.name}
        labels={{ en: t.nameEn, zh: t.nameZh }}
        onChange={(name) => set({ name })}
      />
      <label class="field">
        <span>{t.kind}</span>
        <select value={draft.kind} onChange={(e) => set({ kind: e.currentTarget.value as StageKind })}>
          {STAGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {stageKindLabel(k)}
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
            onChange(e.currentTarget.checked ? { ...rest, gate: { label: { en: '', zh: '' } } } : rest);
          }}
        />
        <span>{t.hasGate}</span>
      </label>
      {draft.gate && (
        <LocalTextFields
          value={draft.gate.label}
          labels={{ en: t.gateEn, zh: t.gateZh }}
          placeholders={GATE_PLACEHOLDERS}
          onChange={(label) => set({ gate: { label } })}
        />
      )}
    </div>
  );
}

function DeleteTemplate({ template, onClose }: { template: ShotListTemplate; onClose: () => void }) {
  const t = text().templates;
  return (
    <ConfirmDialog
      title={t.deleteTitle(localText(template.name))}
      confirm={t.deleteConfirm}
      danger
      onConfirm={async () => {
        const done = await act((s) => deleteTemplate(s, template.id));
        if (done === undefined) return;
        templates.value = templates.value.filter((t) => t.id !== template.id);
        navigate({ page: 'templates' });
      }}
      onClose={onClose}
    >
      <p>{t.deleteText}</p>
    </ConfirmDialog>
  );
}

export function TemplatesPage({ id }: { id?: string }) {
  const own = templates.value;
  const editing = id ? own.find((t) => t.id === id) : undefined;
  const tt = text().templates;
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {tt.title}
        </h1>
        <button
          type="button"
          class="button"
          onClick={async () => {
            const saved = await act((s) =>
              addTemplate(s, {
                name: { en: 'New shot list', zh: '新拍摄清单' },
                kind: 'custom',
                shots: [newShot()],
              }),
            );
            if (!saved) return;
            putTemplate(saved);
            navigate({ page: 'templates', id: saved.id });
          }}
        >
          {tt.newBlank}
        </button>
      </header>
      <p class="lead">{tt.lead}</p>
      {editing && <TemplateEditor key={editing.id} template={editing} />}
      <h2 class="section-title">{tt.yours}</h2>
      {own.length === 0 ? (
        <p class="muted">{tt.noneYet}</p>
      ) : (
        <div class="table-wrap">
          <table class="table" data-testid="own-templates">
            <thead>
              <tr>
                <th scope="col">{tt.colName}</th>
                <th scope="col">{tt.colKind}</th>
                <th scope="col" class="num">
                  {tt.colShots}
                </th>
                <th scope="col">{tt.colGate}</th>
              </tr>
            </thead>
            <tbody>
              {own.map((t) => (
                <tr key={t.id} class={t.id === id ? 'selected' : ''}>
                  <th scope="row">
                    <a href={routeHref({ page: 'templates', id: t.id })}>{localText(t.name)}</a>
                  </th>
                  <td>{stageKindLabel(t.kind)}</td>
                  <td class="num">{t.shots.length}</td>
                  <td>{t.gate ? localText(gateLabel(t.gate.label)) : <span class="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 class="section-title">{tt.builtIn}</h2>
      <div class="template-grid">
        {BUILT_IN_TEMPLATES.map((t) => (
          <BuiltInTemplate key={t.id} template={t} />
        ))}
      </div>
    </section>
  );
}
