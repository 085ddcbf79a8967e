// "Photo record" on the orders desk: makes the record of an order (or one stage) in this extension page
// and saves it as a download, the HTML alone or a zip with the pictures.
import { useEffect, useRef, useState } from 'preact/hooks';
import { getStore, today } from '@/components/options/data';
import { uiLanguage } from '@/utils/i18n';
import { makePhotoRecord } from '@/utils/record/produce';
import { recordText } from './record-text';

function save(bytes: BlobPart, type: string, name: string) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface Props {
  orderId: string;
  stageId?: string;
  /** Opened from the mail panel for this record: make the HTML at once, and focus the button. */
  auto?: boolean;
}

export function RecordButtons({ orderId, stageId, auto }: Props) {
  const [state, setState] = useState<{ busy?: boolean; message?: string; error?: boolean }>({});
  const first = useRef<HTMLButtonElement>(null);
  const t = recordText();

  async function make(zip: boolean) {
    setState({ busy: true, message: t.making });
    try {
      const files = await makePhotoRecord(await getStore(), {
        orderId,
        ...(stageId ? { stageId } : {}),
        language: uiLanguage.value,
        today: today.value,
        zip,
      });
      if (!files) throw new Error('order not found');
      const name = `${files.baseName}.${zip ? 'zip' : 'html'}`;
      if (zip && files.zip) save(files.zip as Uint8Array<ArrayBuffer>, 'application/zip', name);
      else save(files.html, 'text/html;charset=utf-8', name);
      setState({ message: t.saved(name) });
    } catch (e) {
      setState({ message: t.failed(e instanceof Error ? e.message : String(e)), error: true });
    }
  }

  useEffect(() => {
    if (!auto) return;
    first.current?.focus();
    void make(false);
    // Once, for the route that asked for it.
  }, [auto]);

  return (
    <span class="record-buttons">
      <button
        type="button"
        class="button"
        ref={first}
        disabled={state.busy}
        onClick={() => make(false)}
        data-testid={stageId ? 'record-stage' : 'record-order'}
      >
        {stageId ? t.buttonStage : t.button}
      </button>
      <button
        type="button"
        class="button quiet"
        disabled={state.busy}
        title={t.zipLabel}
        onClick={() => make(true)}
        data-testid={stageId ? 'record-stage-zip' : 'record-order-zip'}
      >
        {t.zip}
      </button>
      <span class={state.error ? 'record-status error' : 'record-status muted'} role="status">
        {state.message}
      </span>
    </span>
  );
}

/** The calm line on stages last before shipment (off in Settings). */
export function InspectionNote() {
  return (
    <p class="inspection-note" role="note" data-testid="inspection-note">
      {recordText().lastBeforeShipment}
    </p>
  );
}
