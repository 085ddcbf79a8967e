import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckPage } from '@/components/check/CheckPage';
import { addFiles, clearBatch, setAnalyzer } from '@/components/check/state';
import { createInlineAnalyzer } from '@/utils/photo/analyzer-client';
import { photo } from './helpers/fixtures';

describe('<CheckPage>', () => {
  beforeEach(() => {
    setAnalyzer(createInlineAnalyzer());
    clearBatch();
    document.body.innerHTML = '<div id="app"></div>';
  });
  // Analysis may still be finishing (the pixel stage): unmount so nothing renders after the test's
  // document is gone (an unhandled "document is not defined" once, on a loaded machine).
  afterEach(() => {
    const root = document.getElementById('app');
    if (root) render(null, root);
  });

  it('renders one card per photo with the data attributes tests and support read', async () => {
    const root = document.getElementById('app')!;
    render(<CheckPage />, root);
    const hostile = '<img src=x onerror="window.__pwned=1">.jpg';
    await act(async () => {
      await addFiles([
        { file: new Blob([photo('generated/email-downsized-640.jpg')]), name: hostile },
        { file: new Blob([photo('generated/good-3000.jpg')]), name: 'good-3000.jpg' },
      ]);
      await new Promise((r) => setTimeout(r, 50));
    });
    const cards = [...root.querySelectorAll<HTMLElement>('[data-photo-name]')];
    expect(cards).toHaveLength(2);
    const bad = cards.find((c) => c.dataset.photoName === hostile)!;
    expect(bad.dataset).toMatchObject({ width: '640', height: '480', format: 'jpeg', verdict: 'fail' });
    expect(bad.dataset.findings?.split(' ')).toEqual(expect.arrayContaining(['too-small', 'small-file']));
    expect(bad.textContent).toContain('too small');
    // The hostile name is text, not markup.
    expect(root.querySelector('img[src="x"]')).toBeNull();
    expect(bad.querySelector('.card-name')?.textContent).toBe(hostile);
    const summary = root.querySelector('[data-testid=summary]')!;
    expect(summary.textContent).toMatch(/All\s*2/);
  });
});
