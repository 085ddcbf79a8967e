import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '@/utils/format';
import {
  type BackupCounts,
  backupFileName,
  exportBackup,
  importBackup,
  readBackup,
  requestPersistence,
  type StorageUsage,
  storageUsage,
} from '@/utils/store';
import { loadSampleData } from '@/utils/store/sample-data';
import { FormError } from './AlertRegion';
import { showSuccess } from './alerts';
import { ConfirmDialog } from './Dialog';
import { act, loadAll } from './data';

const COUNT_LABELS: [keyof BackupCounts, string, string][] = [
  ['suppliers', 'supplier', 'suppliers'],
  ['orders', 'order', 'orders'],
  ['templates', 'template', 'templates'],
  ['referencePhotos', 'reference photo', 'reference photos'],
  ['photos', 'checked photo', 'checked photos'],
  ['requests', 'logged request', 'logged requests'],
];

export const describeCounts = (c: BackupCounts) =>
  COUNT_LABELS.map(([key, one, many]) => `${c[key]} ${c[key] === 1 ? one : many}`).join(', ');

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
  return (
    <section class="card-form" aria-labelledby="export-title">
      <h2 id="export-title">Export a backup</h2>
      <p class="muted">
        One .zip with everything: suppliers, orders, shot lists, settings, every checked photo’s record and
        thumbnail, and your reference photos. Keep it somewhere safe, or move it to another browser.
      </p>
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
          showSuccess(`Backup saved as ${name} (${formatBytes(blob.size)}).`);
        }}
        data-testid="export-backup"
      >
        {busy ? 'Exporting…' : 'Export backup'}
      </button>
    </section>
  );
}

function ImportSection() {
  const [pending, setPending] = useState<{ file: File; counts: BackupCounts; exportedAt: string } | null>(
    null,
  );
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  return (
    <section class="card-form" aria-labelledby="import-title">
      <h2 id="import-title">Import a backup</h2>
      <p class="muted">
        Replaces everything in this browser with the backup’s contents. The file is checked first: a damaged
        or incomplete backup is refused and your data stays as it is.
      </p>
      <label class="button">
        {busy ? 'Reading…' : 'Import backup…'}
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
              const { manifest } = await readBackup(file);
              setPending({ file, counts: manifest.counts, exportedAt: manifest.exportedAt });
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
          title="Replace everything with this backup?"
          confirm="Replace everything"
          danger
          onConfirm={async () => {
            const counts = await act((s) => importBackup(s, pending.file), setError);
            if (!counts) return;
            await loadAll();
            showSuccess(`Backup imported: ${describeCounts(counts)}.`);
          }}
          onClose={() => setPending(null)}
        >
          <p>
            <strong>{pending.file.name}</strong>, exported {pending.exportedAt.slice(0, 16).replace('T', ' ')}{' '}
            UTC, holds {describeCounts(pending.counts)}.
          </p>
          <p>
            Everything now in Photo Triage in this browser is replaced. Export a backup first if you may need
            it.
          </p>
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
  return (
    <section class="card-form" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      {usage === null ? (
        <p class="muted">Measuring…</p>
      ) : (
        <>
          <div class="storage-bar" aria-hidden="true">
            <span style={{ width: `${Math.max(pct ?? 0, 0.5)}%` }} />
          </div>
          <p data-testid="storage-used">
            {formatBytes(usage.usage)} used of {formatBytes(usage.quota)} available
            {pct !== undefined && ` (${pct < 1 ? '< 1' : Math.round(pct)} %)`}.
          </p>
          <p data-testid="storage-persisted">
            Kept when space is low:{' '}
            <strong>{usage.persisted === undefined ? 'unknown' : usage.persisted ? 'yes' : 'no'}</strong>
            {!usage.persisted && ' — the browser may delete Photo Triage’s data when the disk fills up.'}
          </p>
          {!usage.persisted && (
            <button
              type="button"
              class="button"
              onClick={async () => {
                const granted = await requestPersistence();
                await refresh();
                if (granted) showSuccess('The browser will keep Photo Triage’s data when space is low.');
              }}
            >
              Keep data when space is low
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** For trying Photo Triage before entering real orders: the demo mailbox's suppliers and orders. */
function SampleDataSection() {
  const [busy, setBusy] = useState(false);
  return (
    <section class="card-form" aria-labelledby="sample-title">
      <h2 id="sample-title">Try it with sample data</h2>
      <p class="muted">
        Two suppliers and four orders with their shot lists, as in the demo mailbox. Only into an empty Photo
        Triage: nothing you entered is touched.
      </p>
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
          showSuccess(`Sample data loaded: ${loaded.suppliers} suppliers, ${loaded.orders} orders.`);
        }}
      >
        {busy ? 'Loading…' : 'Load sample data'}
      </button>
    </section>
  );
}

export function BackupPage() {
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-head">
        <h1 id="page-title" tabIndex={-1}>
          Backup and storage
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
