import { useComputed, useSignal } from '@preact/signals';
import { useCallback, useEffect } from 'preact/hooks';
import { VERDICT_LABEL } from '@/components/finding-text';
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
    view.verdict === 'pending' ? 'Checking…' : canAssign(view) ? undefined : 'Unreadable: cannot be assigned';
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
    // Back from the options page or the inbox: orders and shot lists may have changed there.
    const shown = () => {
      if (document.visibilityState === 'visible') void refreshOrders();
    };
    document.addEventListener('visibilitychange', shown);
    return () => document.removeEventListener('visibilitychange', shown);
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

  return (
    <div class={`page ${dragging.value ? 'dragging' : ''}`}>
      <header class="topbar">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>Check photos</h1>
        <span class="topbar-note">Nothing leaves this browser.</span>
      </header>

      <div role="alert" class="check-alert">
        {error && (
          <p>
            <strong>{error.message}</strong> {error.problems.join('; ')}
          </p>
        )}
      </div>
      <OrderBar views={views.value} />

      <section class="dropzone" aria-label="Add photos">
        <p class="drop-title">Drop supplier photos, folders or zips here</p>
        <p class="drop-sub">
          JPEG, HEIC, PNG, WebP, AVIF — from WeChat, email or a zip. Each is measured for size, sharpness,
          lighting and duplicates.
        </p>
        <div class="drop-actions">
          <label class="button primary">
            Choose photos…
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
            Choose a folder…
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
              Clear
            </button>
          )}
        </div>
      </section>

      {p.total > 0 && (
        <div class="progress" role="status" aria-live="polite">
          <progress max={Math.max(p.total, 1)} value={p.done} aria-label="Photos checked" />
          <span>
            {p.busy
              ? `Checking ${p.done} of ${p.total}…`
              : `${p.total} photo${p.total === 1 ? '' : 's'} checked`}
          </span>
        </div>
      )}

      {p.total > 0 && (
        <nav class="toolbar" data-testid="summary" aria-label="Filter by verdict">
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
              {f === 'all' ? 'All' : VERDICT_LABEL[f]} <b>{counts.value[f]}</b>
            </button>
          ))}
          <label class="sort">
            Sort
            <select
              value={sort.value}
              onChange={(e) => {
                sort.value = e.currentTarget.value as Sort;
              }}
            >
              <option value="verdict">Worst first</option>
              <option value="name">Name</option>
              <option value="size">File size</option>
              <option value="resolution">Resolution</option>
            </select>
          </label>
        </nav>
      )}

      {notPhotos.length > 0 && (
        <p class="skipped" role="note">
          Skipped {notPhotos.length} file{notPhotos.length === 1 ? '' : 's'} that are not photos:{' '}
          {notPhotos.map((s) => s.name).join(', ')}
        </p>
      )}
      {tooDeep.length > 0 && (
        <p class="skipped" role="note" data-skipped="too-deep">
          Not opened: {tooDeep.length} zip{tooDeep.length === 1 ? '' : 's'} inside a zip inside a zip (only
          one level of zips in a zip is opened; ask for the photos in one zip):{' '}
          {tooDeep.map((s) => s.name).join(', ')}
        </p>
      )}

      <div class={withOrder ? 'with-checklist' : ''}>
        <ul class="grid" aria-label="Checked photos">
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
