import { type Signal, useComputed, useSignal } from '@preact/signals';
import { useCallback, useEffect } from 'preact/hooks';
import { followUiLanguage } from '@/components/desk/page-language';
import { VERDICT_LABEL } from '@/components/finding-text';
// The shared checklist's styles (entrypoints/check/main.tsx imports only the page's own).
import '@/components/checklist/checklist.css';
import { type CardAssignModel, cardAssignKey } from './CardAssign';
import { ChecklistPanel } from './ChecklistPanel';
import { addFiles, usePageDrop } from './drop';
import { OrderBar } from './OrderBar';
import {
  canAssign,
  checkedViews,
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
import { type CheckView, clearBatch, progress, skipped } from './state';
import { text } from './text';
import { FILTERS, type Filter, filterCounts, SORTS, type Sort, shownViews } from './view-order';

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

/** The drop zone's pickers: photos and zips, or a whole folder. */
function DropZone() {
  const t = text();
  const p = progress.value;
  const pick = (e: { currentTarget: HTMLInputElement }) => {
    const input = e.currentTarget;
    addFiles(input.files);
    input.value = '';
  };
  return (
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
            onChange={pick}
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
            onChange={pick}
          />
        </label>
        {p.total > 0 && !p.busy && (
          <button type="button" class="button quiet" onClick={clearBatch}>
            {t.clear}
          </button>
        )}
      </div>
    </section>
  );
}

/** The filter buttons with their counts, and the sort. */
function Toolbar({ filter, sort }: { filter: Signal<Filter>; sort: Signal<Sort> }) {
  const counts = useComputed(() => filterCounts(checkedViews.value));
  const t = text();
  return (
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
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t.sorts[s]}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}

/** The files a drop held that are not photos, and the folders too deep to walk. */
function SkippedNotes() {
  const t = text();
  const notPhotos = skipped.value.filter((s) => s.reason !== 'too-deep');
  const tooDeep = skipped.value.filter((s) => s.reason === 'too-deep');
  return (
    <>
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
    </>
  );
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
  const shown = useComputed(() => shownViews(checkedViews.value, filter.value, sort.value));

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
  usePageDrop(dragging);

  const p = progress.value;
  const open = openId.value ? checkedViews.value.find((v) => v.id === openId.value) : undefined;
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
      <OrderBar views={checkedViews.value} />
      <DropZone />

      {p.total > 0 && (
        <div class="progress" role="status" aria-live="polite">
          <progress max={Math.max(p.total, 1)} value={p.done} aria-label={t.photosChecked} />
          <span>{p.busy ? t.checking(p.done, p.total) : t.checked(p.total)}</span>
        </div>
      )}
      {p.total > 0 && <Toolbar filter={filter} sort={sort} />}
      <SkippedNotes />

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
