import { beforeEach, describe, expect, it } from 'vitest';
import { addFiles, clearBatch, items, progress, setAnalyzer, skipped, views } from '@/components/check/state';
import { createInlineAnalyzer } from '@/utils/photo/analyzer-client';
import { photo } from './helpers/fixtures';
import { buildZip } from './helpers/zip-builder';

const file = (path: string, name = path.split('/').pop()!) => ({ file: new Blob([photo(path)]), name });

async function settle(): Promise<void> {
  // Reports are applied once per animation frame.
  await new Promise((r) => setTimeout(r, 50));
}

describe('Check photos batch', () => {
  beforeEach(() => {
    setAnalyzer(createInlineAnalyzer());
    clearBatch();
  });

  it('lists photos at once as pending, then fills in reports and batch duplicates', async () => {
    const done = addFiles([
      file('generated/good-3000.jpg'),
      file('generated/duplicate-of-good-3000.jpg'),
      file('generated/email-downsized-640.jpg'),
    ]);
    await Promise.resolve();
    await done;
    await settle();
    expect(progress.value).toEqual({ done: 3, total: 3, busy: false });
    const byName = Object.fromEntries(views.value.map((v) => [v.name, v]));
    expect(byName['good-3000.jpg'].verdict).toBe('ok');
    expect(byName['duplicate-of-good-3000.jpg'].findings.map((f) => f.code)).toContain('duplicate');
    expect(byName['duplicate-of-good-3000.jpg'].verdict).toBe('fail');
    expect(byName['email-downsized-640.jpg'].verdict).toBe('fail');
  });

  it('the later file of the drop is the duplicate, whichever finishes first', async () => {
    // The worker answers in its own order: here the first file is listed and measured last.
    const inline = createInlineAnalyzer();
    let first = true;
    setAnalyzer({
      check: async (...args) => {
        if (first) {
          first = false;
          await new Promise((r) => setTimeout(r, 30));
        }
        return inline.check(...args);
      },
    });
    await addFiles([file('generated/good-3000.jpg'), file('generated/duplicate-of-good-3000.jpg')]);
    await settle();
    expect(views.value.map((v) => v.name)).toEqual(['good-3000.jpg', 'duplicate-of-good-3000.jpg']);
    const byName = Object.fromEntries(views.value.map((v) => [v.name, v]));
    expect(byName['good-3000.jpg'].verdict).toBe('ok');
    expect(byName['duplicate-of-good-3000.jpg'].findings.map((f) => f.code)).toContain('duplicate');
  });

  it('a zip becomes one card per photo; a refused zip becomes one error card that says why', async () => {
    const bomb = buildZip([{ name: 'bomb.jpg', data: new Uint8Array(8 * 1024 * 1024), deflate: true }]);
    await addFiles([
      file('generated/supplier-photos.zip'),
      { file: new Blob([bomb]), name: 'bomb.zip' },
      { file: new Blob(['hello']), name: 'notes.txt' },
    ]);
    await settle();
    const names = items.value.map((i) => i.name);
    expect(names).toContain('supplier-photos.zip/dark-2400.jpg');
    expect(names.filter((n) => n.startsWith('supplier-photos.zip/'))).toHaveLength(4);
    const refused = views.value.find((v) => v.name === 'bomb.zip');
    expect(refused?.verdict).toBe('error');
    expect(refused?.report?.error?.message).toMatch(/zip bomb/);
    expect(views.value.find((v) => v.name === 'notes.txt')?.report?.error?.code).toBe('unsupported');
    expect(skipped.value).toEqual([]);
  });

  it('file names with HTML stay plain text in the state (the UI renders text only)', async () => {
    await addFiles([
      {
        file: new Blob([photo('generated/email-downsized-640.jpg')]),
        name: '<img src=x onerror=alert(1)>.jpg',
      },
    ]);
    await settle();
    expect(items.value[0].name).toBe('<img src=x onerror=alert(1)>.jpg');
  });
});
