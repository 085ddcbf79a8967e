import { useComputed, useSignal } from '@preact/signals';
import { useCallback, useEffect } from 'preact/hooks';
import { VERDICT_LABEL } from '@/components/finding-text';
import { followUiLanguage } from '@/components/orders/page-language';
// The shared checklist's styles (entrypoints/check/main.tsx imports only the page's own).
import '@/components/checklist/checklist.css';
import type { Verdict } from '@/utils/photo/types';
import { type CardAssignModel, cardAssignKey } from './CardAssign';
import { ChecklistPanel } from './ChecklistPanel';
import { OrderBar } from './OrderBar';
import {
  canAssign,
  loadOrders,
  orderError,
  pickedStage,
  recordOf,
  refreshOrders,
  saving,
  suggestionsFor,
} from './order-state';
import { PhotoCard } from './PhotoCard';
import { PhotoDetails } from './PhotoDetails';
import {
  addFiles as addToBatch,
  type CheckView,
  clearBatch,
  progress,
  skipped,
  VERDICT_ORDER,
  views,
} from './state';
import { text } from './text';

type Filter = Verdict | 'all';
type Sort = 'verdict' | 'name' | 'size' | 'resolution';
const FILTERS: Filter[] = ['all', 'fail', 'warn', 'ok', 'error'];

function addFiles(files: FileList | File[] | null): void {
  if (!files?.length) return;
  void addToBatch(
    Array.from(files, (file) => ({
      file,
      // A folder's files keep their path inside it, so same-named photos stay apart.
      name: file.webkitRelativePath || file.name,
      date: file.lastModified ? new Date(file.lastModified).toISOString() : undefined,
    })),
  );
}

/** Folders dropped from the file manager arrive as directory entries: walk them for files. */
async function filesFromDrop(dt: DataTransfer): Promise<File[]> {
  const entries = Array.from(dt.items, (i) => i.webkitGetAsEntry?.()).filter(Boolean) as FileSystemEntry[];
  if (!entries.length) return Array.from(dt.files);
  const out: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      out.push(await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej)));
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      let batch: FileSystemEntry[];
      do {
        batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
        for (const child of batch) await walk(child);
      } while (batch.length);
    }
  };
  for (const entry of entries) await walk(entry);
  return out;
}

/** A card's shot controls for the picked stage, or none without one. */
function assignModel(view: CheckView): CardAssignModel | undefined {
  const stage = pickedStage.value;
  if (!stage) return undefined;
  const record = recordOf(view);
  const blocked =
    view.verdict === 'pending'
      ? text().blockedChecking
      : canAssign(view)
        ? undefined
        : text().blockedUnreadable;
  const fields = {
    shots: stage.shots,
    suggested: blocked ? [] : suggestionsFor(view),
    shotId: record?.shotId ?? '',
    status: record?.status,
    saving: Boolean(view.report?.sha256 && saving.value.has(view.report.sha256)),
    blocked,
  };
  return { ...fields, view, key: cardAssignKey({ ...fields, stageId: stage.id }) };
}

export function CheckPage() {
  const filter = useSignal<Filter>('all');
  const sort = useSignal<Sort>('verdict');
  const openId = useSignal<string | null>(null);
  const dragging = useSignal(false);
  // One stable handler, so memoised cards are not re-rendered for a new closure.
  const openDetails = useCallback((id: string) => {
    openId.value = id;
  }, []);

  const counts = useComputed(() => {
    const c: Record<Filter, number> = { all: 0, ok: 0, warn: 0, fail: 0, error: 0 };
    for (const v of views.value) {
      if (v.verdict === 'pending') continue;
      c.all++;
      c[v.verdict]++;
    }
    return c;
  });

  const notPhotos = skipped.value.filter((s) => s.reason !== 'too-deep');
  const tooDeep = skipped.value.filter((s) => s.reason === 'too-deep');

  const shown = useComputed(() => {
    const list = views.value.filter((v) => filter.value === 'all' || v.verdict === filter.value);
    const key = sort.value;
    return [...list].sort((a, b) => {
      if (key === 'name') return a.name.localeCompare(b.name);
      if (key === 'size') return (a.report?.bytes ?? 0) - (b.report?.bytes ?? 0);
      if (key === 'resolution')
        return (
          (a.report?.width ?? 0) * (a.report?.height ?? 0) - (b.report?.width ?? 0) * (b.report?.height ?? 0)
        );
      return VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || a.name.localeCompare(b.name);
    });
  });

  useEffect(() => {
    void loadOrders();
    const stopLanguage = followUiLanguage(() => text().pageTitle);
    // Back from the options page or the inbox: orders and shot lists may have changed there.
    const shown = () => {
      if (document.visibilityState === 'visible') void refreshOrders();
    };
    document.addEventListener('visibilitychange', shown);
    return () => {
      document.removeEventListener('visibilitychange', shown);
      stopLanguage();
    };
  }, []);

  // Drop anywhere on the page, not only on the drop zone.
  useEffect(() => {
    const over = (e: DragEvent) => {
      e.preventDefault();
      dragging.value = true;
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) dragging.value = false;
    };
    const drop = async (e: DragEvent) => {
      e.preventDefault();
      dragging.value = false;
      if (e.dataTransfer) addFiles(await filesFromDrop(e.dataTransfer));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const p = progress.value;
  const open = openId.value ? views.value.find((v) => v.id === openId.value) : undefined;
  const error = orderError.value;
  const withOrder = Boolean(pickedStage.value);
  const t = text();

  return (
    <div class={`page ${dragging.value ? 'dragging' : ''}`}>
      <header class="topbar">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>{t.title}</h1>
        <span class="topbar-note">{t.note}</span>
      </header>

      <div role="alert" class="check-alert">
        {error && (
          <p>
            <strong>{error.message}</strong> {error.problems.join('; ')}
          </p>
        )}
      </div>
      <OrderBar views={views.value} />

      <section class="dropzone" aria-labelledby="drop-title" aria-describedby="drop-sub">
        <h2 class="drop-title" id="drop-title">
          {t.dropTitle}
        </h2>
        <p class="drop-sub" id="drop-sub">
          {t.dropSub}
        </p>
        <div class="drop-actions">
          <label class="button primary">
            {t.choosePhotos}
            <input
              type="file"
              multiple
              accept="image/*,.heic,.heif,.zip,application/zip"
              data-testid="file-input"
              class="visually-hidden"
              onChange={(e) => {
                const input = e.currentTarget;
                addFiles(input.files);
                input.value = '';
              }}
            />
          </label>
          <label class="button">
            {t.chooseFolder}
            <input
              type="file"
              // @ts-expect-error: webkitdirectory is not in Preact's attribute types
              webkitdirectory=""
              class="visually-hidden"
              data-testid="folder-input"
              onChange={(e) => {
                const input = e.currentTarget;
                addFiles(input.files);
                input.value = '';
              }}
            />
          </label>
          {p.total > 0 && !p.busy && (
            <button type="button" class="button quiet" onClick={clearBatch}>
              {t.clear}
            </button>
          )}
        </div>
      </section>

      {p.total > 0 && (
        <div class="progress" role="status" aria-live="polite">
          <progress max={Math.max(p.total, 1)} value={p.done} aria-label={t.photosChecked} />
          <span>{p.busy ? t.checking(p.done, p.total) : t.checked(p.total)}</span>
        </div>
      )}

      {p.total > 0 && (
        <nav class="toolbar" data-testid="summary" aria-label={t.filterBy}>
          {FILTERS.map((f) => (
            <button
              type="button"
              key={f}
              class={`filter filter-${f} ${filter.value === f ? 'active' : ''}`}
              aria-pressed={filter.value === f}
              data-count={counts.value[f]}
              onClick={() => {
                filter.value = f;
              }}
            >
              {f === 'all' ? t.all : VERDICT_LABEL[f]} <b>{counts.value[f]}</b>
            </button>
          ))}
          <label class="sort">
            {t.sort}
            <select
              value={sort.value}
              onChange={(e) => {
                sort.value = e.currentTarget.value as Sort;
              }}
            >
              <option value="verdict">{t.sorts.verdict}</option>
              <option value="name">{t.sorts.name}</option>
              <option value="size">{t.sorts.size}</option>
              <option value="resolution">{t.sorts.resolution}</option>
            </select>
          </label>
        </nav>
      )}

      {notPhotos.length > 0 && (
        <p class="skipped" role="note">
          {t.skipped(notPhotos.length, notPhotos.map((s) => s.name).join(', '))}
        </p>
      )}
      {tooDeep.length > 0 && (
        <p class="skipped" role="note" data-skipped="too-deep">
          {t.tooDeep(tooDeep.length, tooDeep.map((s) => s.name).join(', '))}
        </p>
      )}

      <div class={withOrder ? 'with-checklist' : ''}>
        <ul class="grid" aria-label={t.checkedPhotos}>
          {shown.value.map((v) => (
            <PhotoCard key={v.id} view={v} onOpen={openDetails} assign={assignModel(v)} />
          ))}
        </ul>
        {withOrder && <ChecklistPanel />}
      </div>

      {open && (
        <PhotoDetails
          view={open}
          onClose={() => {
            openId.value = null;
          }}
        />
      )}
    </div>
  );
}
