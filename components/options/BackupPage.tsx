import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '@/utils/format';
import {
  type BackupCounts,
  backupFileName,
  dropClosedOrderPictures,
  exportBackup,
  importBackup,
  monthsBefore,
  readBackup,
  recoverInterruptedImport,
  requestPersistence,
  type StorageBreakdown,
  type StorageUsage,
  storageBreakdown,
  storageUsage,
} from '@/utils/store';
import { loadSampleData } from '@/utils/store/sample-data';
import { FormError } from './AlertRegion';
import { showSuccess } from './alerts';
import { ConfirmDialog } from './Dialog';
import { act, loadAll } from './data';
import { text } from './text';

const COUNTED: Exclude<keyof BackupCounts, 'settings' | 'threads'>[] = [
  'suppliers',
  'orders',
  'templates',
  'referencePhotos',
  'photos',
  'requests',
];

export const describeCounts = (c: BackupCounts) => {
  const counts = text().backup.counts;
  return COUNTED.map((key) => counts[key](c[key])).join(', ');
};

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function ExportSection() {
  const [busy, setBusy] = useState(false);
  const t = text().backup;
  return (
    <section class="card-form" aria-labelledby="export-title">
      <h2 id="export-title">{t.exportTitle}</h2>
      <p class="muted">{t.exportLead}</p>
      <button
        type="button"
        class="button primary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const blob = await act((s) => exportBackup(s));
          setBusy(false);
          if (!blob) return;
          const name = backupFileName();
          download(blob, name);
          showSuccess(text().backup.exported(name, formatBytes(blob.size)));
        }}
        data-testid="export-backup"
      >
        {busy ? t.exporting : t.export}
      </button>
    </section>
  );
}

function ImportSection() {
  // An import this page did not live to finish: put the data from before it back.
  useEffect(() => {
    void act(async (s) => {
      if (await recoverInterruptedImport(s, indexedDB)) {
        await loadAll();
        showSuccess(text().backup.recovered);
      }
    });
  }, []);
  const [pending, setPending] = useState<{ file: File; counts: BackupCounts; exportedAt: string } | null>(
    null,
  );
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const t = text().backup;
  return (
    <section class="card-form" aria-labelledby="import-title">
      <h2 id="import-title">{t.importTitle}</h2>
      <p class="muted">{t.importLead}</p>
      <label class="button">
        {busy ? t.reading : t.import}
        <input
          type="file"
          accept=".zip,application/zip"
          class="visually-hidden"
          data-testid="import-backup"
          disabled={busy}
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            setError(undefined);
            setBusy(true);
            try {
              // Reads the JSON only: the images are read once, by the import itself.
              const { counts, exportedAt } = await readBackup(file);
              setPending({ file, counts, exportedAt });
            } catch (err) {
              setError(err);
            } finally {
              setBusy(false);
            }
          }}
        />
      </label>
      <FormError error={error} />
      {pending && (
        <ConfirmDialog
          title={t.replaceTitle}
          confirm={t.replaceConfirm}
          danger
          onConfirm={async () => {
            const counts = await act((s) => importBackup(s, pending.file), setError);
            if (!counts) return;
            await loadAll();
            showSuccess(text().backup.imported(describeCounts(counts)));
          }}
          onClose={() => setPending(null)}
        >
          <p>
            <strong>{pending.file.name}</strong>
            {t.holds(pending.exportedAt.slice(0, 16).replace('T', ' '), describeCounts(pending.counts))}
          </p>
          <p>{t.replaceWarning}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function StorageSection() {
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const refresh = () => storageUsage().then(setUsage);
  useEffect(() => {
    void refresh();
  }, []);
  const pct =
    usage?.usage !== undefined && usage.quota ? Math.min(100, (usage.usage / usage.quota) * 100) : undefined;
  const t = text().backup;
  return (
    <section class="card-form" aria-labelledby="storage-title">
      <h2 id="storage-title">{t.storageTitle}</h2>
      {usage === null ? (
        <p class="muted">{t.measuring}</p>
      ) : (
        <>
          <div class="storage-bar" aria-hidden="true">
            <span style={{ width: `${Math.max(pct ?? 0, 0.5)}%` }} />
          </div>
          <p data-testid="storage-used">
            {t.used(
              formatBytes(usage.usage),
              formatBytes(usage.quota),
              pct === undefined ? undefined : pct < 1 ? '< 1' : String(Math.round(pct)),
            )}
          </p>
          <p data-testid="storage-persisted">
            {t.kept}
            <strong>{usage.persisted === undefined ? t.unknown : usage.persisted ? t.yes : t.no}</strong>
            {!usage.persisted && t.mayDelete}
          </p>
          {!usage.persisted && (
            <button
              type="button"
              class="button"
              onClick={async () => {
                const granted = await requestPersistence();
                await refresh();
                if (granted) showSuccess(text().backup.persisted);
              }}
            >
              {t.keep}
            </button>
          )}
        </>
      )}
      <PicturesSection onChanged={refresh} />
    </section>
  );
}

/** What pictures and records take, and the pictures of old closed orders dropped (records kept). */
function PicturesSection({ onChanged }: { onChanged: () => void }) {
  const [breakdown, setBreakdown] = useState<StorageBreakdown | null>(null);
  const [months, setMonths] = useState('12');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const measure = () => act((s) => storageBreakdown(s)).then((b) => b && setBreakdown(b));
  useEffect(() => {
    void measure();
  }, []);
  const t = text().backup;
  const n = Number(months);
  return (
    <div data-testid="storage-breakdown">
      <p data-testid="storage-pictures">
        {breakdown
          ? t.breakdown(
              breakdown.thumbnails,
              formatBytes(breakdown.thumbnailBytes),
              breakdown.photos,
              formatBytes(breakdown.recordBytes),
            )
          : t.measuring}
      </p>
      <form
        class="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!Number.isInteger(n) || n < 1 || n > 120) {
            setError(t.monthsInvalid);
            return;
          }
          setError('');
          setBusy(true);
          const done = await act((s) => dropClosedOrderPictures(s, monthsBefore(new Date(), n)));
          setBusy(false);
          if (!done) return;
          showSuccess(t.dropped(done.pictures, formatBytes(done.bytes), done.orders));
          await measure();
          onChanged();
        }}
      >
        <label for="drop-months">{t.dropLabel}</label>{' '}
        <input
          id="drop-months"
          data-testid="drop-months"
          type="number"
          min={1}
          max={120}
          value={months}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'drop-months-error' : 'drop-months-hint'}
          onInput={(e) => setMonths((e.target as HTMLInputElement).value)}
        />{' '}
        {t.monthsUnit}{' '}
        <button type="submit" class="button" disabled={busy} data-testid="drop-pictures">
          {busy ? text().common.loading : t.drop}
        </button>
        <p id="drop-months-hint" class="muted">
          {t.dropHint}
        </p>
        {error && (
          <p id="drop-months-error" role="alert" class="notice notice-error" data-testid="drop-months-error">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}

/** For trying Photo Triage before entering real orders: the demo mailbox's suppliers and orders. */
function SampleDataSection() {
  const [busy, setBusy] = useState(false);
  const t = text().backup;
  return (
    <section class="card-form" aria-labelledby="sample-title">
      <h2 id="sample-title">{t.sampleTitle}</h2>
      <p class="muted">{t.sampleLead}</p>
      <button
        type="button"
        class="button"
        disabled={busy}
        data-testid="load-sample-data"
        onClick={async () => {
          setBusy(true);
          const loaded = await act((s) => loadSampleData(s));
          setBusy(false);
          if (!loaded) return;
          await loadAll();
          showSuccess(text().backup.sampleLoaded(loaded.suppliers, loaded.orders));
        }}
      >
        {busy ? text().common.loading : t.loadSample}
      </button>
    </section>
  );
}

export function BackupPage() {
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {text().backup.title}
        </h1>
      </header>
      <div class="backup-grid">
        <ExportSection />
        <ImportSection />
        <StorageSection />
        <SampleDataSection />
      </div>
    </section>
  );
}
