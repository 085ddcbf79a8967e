// Persistent storage and how much is used. Without persistence the browser may evict the buyer's
// records under storage pressure; with it, only the buyer can delete them.

export interface StorageUsage {
  /** Bytes used by the extension's origin, when the browser says. */
  usage?: number;
  quota?: number;
  persisted?: boolean;
}

type StorageNavigator = { storage?: Partial<StorageManager> } | undefined;

const nav = (): StorageNavigator => (globalThis as { navigator?: StorageNavigator }).navigator;

/** Ask once (Chrome grants extensions silently; Firefox may ask the buyer). undefined: not supported. */
export async function requestPersistence(navigator: StorageNavigator = nav()): Promise<boolean | undefined> {
  const storage = navigator?.storage;
  if (!storage?.persist) return undefined;
  try {
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return undefined;
  }
}

export async function storageUsage(navigator: StorageNavigator = nav()): Promise<StorageUsage> {
  const storage = navigator?.storage;
  const out: StorageUsage = {};
  try {
    const estimate = await storage?.estimate?.();
    out.usage = estimate?.usage;
    out.quota = estimate?.quota;
  } catch {
    // Unsupported or refused: the fields stay undefined.
  }
  try {
    out.persisted = await storage?.persisted?.();
  } catch {
    // Same.
  }
  return out;
}
