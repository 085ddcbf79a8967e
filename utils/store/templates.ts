// The buyer's own shot-list templates. Built-in templates live in code and are never stored.
import type { Store } from './db';
import { validationError } from './errors';
import { applyEdit, nextRev } from './revision';
import { assertValid, newId, notFound, read, type Tx, write } from './tx';
import type { ShotListTemplate } from './types';
import { templateRefProblems, validateShotListTemplate } from './validate';

export type TemplateDraft = Omit<ShotListTemplate, 'id' | 'builtIn' | 'rev'>;
export type TemplatePatch = Partial<TemplateDraft>;

async function checkAndPut(
  tx: Tx<['templates', 'referencePhotos'], 'readwrite'>,
  template: ShotListTemplate,
) {
  assertValid(validateShotListTemplate, template, 'template', 'Template not saved');
  const present = new Set<string>();
  for (const id of new Set(template.shots.flatMap((s) => s.referencePhotoIds))) {
    if ((await tx.objectStore('referencePhotos').getKey(id)) !== undefined) present.add(id);
  }
  const problems = templateRefProblems(template, 'template', {
    hasSupplier: () => false,
    hasReferencePhoto: (id) => present.has(id),
    order: () => undefined,
  });
  if (problems.length) throw validationError('Template not saved', problems);
  await tx.objectStore('templates').put(template);
  return template;
}

export function addTemplate(store: Store, draft: TemplateDraft): Promise<ShotListTemplate> {
  const template: ShotListTemplate = { ...draft, id: newId(), builtIn: false, rev: nextRev(undefined) };
  return write(store, ['templates', 'referencePhotos'], (tx) => checkAndPut(tx, template));
}

/** `base`: the template as the page showed it when the edit began (see updateOrder). */
export function updateTemplate(
  store: Store,
  id: string,
  patch: TemplatePatch,
  base?: ShotListTemplate,
): Promise<ShotListTemplate> {
  return write(store, ['templates', 'referencePhotos'], async (tx) => {
    const old = await tx.objectStore('templates').get(id);
    if (!old) throw notFound('Template', id);
    return checkAndPut(tx, { ...applyEdit(old, patch, base, 'template'), id, builtIn: false });
  });
}

export const getTemplate = (store: Store, id: string): Promise<ShotListTemplate | undefined> =>
  read(store, ['templates'], (tx) => tx.objectStore('templates').get(id));

export const listTemplates = (store: Store): Promise<ShotListTemplate[]> =>
  read(store, ['templates'], (tx) => tx.objectStore('templates').getAll());

export function deleteTemplate(store: Store, id: string): Promise<boolean> {
  return write(store, ['templates'], async (tx) => {
    const existed = (await tx.objectStore('templates').getKey(id)) !== undefined;
    await tx.objectStore('templates').delete(id);
    return existed;
  });
}
