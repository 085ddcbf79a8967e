// The popup: opens the store, computes what needs attention, and opens links in tabs.

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { explainError } from '@/components/desk/errors';
import { DB_NAME, watchChanges } from '@/utils/store';
import type { ListThread } from '@/utils/store/types';
import { openThread } from './open-thread';
import { PopupView } from './PopupView';
import { type Loaded, loadPopup } from './popup-load';
import { popupText } from './text';

async function openMail(thread: ListThread) {
  await openThread(thread, browser);
  if (!(await browser.tabs.getCurrent())) window.close();
}

async function openPage(path: string) {
  // getURL's path type lists only pages WXT knew at its last build; any extension path is fine here.
  const url = (browser.runtime.getURL as (p: string) => string)(path);
  await browser.tabs.create({ url });
  // In the toolbar popup, get out of the way; opened as a tab (tests, a pinned popup), stay.
  if (!(await browser.tabs.getCurrent())) window.close();
}

export function PopupApp() {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const show = () => loadPopup().then(setData, (e) => setError(explainError(e).message));
    void show();
    // An order or photo saved elsewhere while the popup is open (it can be pinned, or open as a tab).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchChanges({ name: DB_NAME }, () => {
      clearTimeout(timer);
      timer = setTimeout(show, 200);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, []);
  if (error) {
    return (
      <div class="pp-root">
        <p class="pp-error" role="alert">
          {error}
        </p>
      </div>
    );
  }
  if (!data)
    return (
      <div class="pp-root pp-loading" role="status">
        {popupText().loading}
      </div>
    );
  return (
    <PopupView
      attention={data.attention}
      threads={data.threads}
      openThread={(t) => void openMail(t)}
      orderCount={data.orderCount}
      now={new Date()}
      open={(p) => void openPage(p)}
      weakest={data.weakest}
    />
  );
}
