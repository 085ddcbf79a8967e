// Files into the batch: from the pickers, and dropped anywhere on the page (folders walked for files).
import type { Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { addFiles as addToBatch } from './state';

export function addFiles(files: FileList | File[] | null): void {
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

/** Drop anywhere on the page, not only on the drop zone; `dragging` is true while files are over it. */
export function usePageDrop(dragging: Signal<boolean>): void {
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
  }, [dragging]);
}
