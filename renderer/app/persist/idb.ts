// Browser autosave: the workspace JSON in IndexedDB (localStorage is too small for big scenarios).
const DB = 'koppelkans';
const STORE = 'autosave';
const KEY = 'workspace';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function withStore<T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = f(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export const idbAvailable = (): boolean => typeof indexedDB !== 'undefined';

export async function saveAutosave(json: string): Promise<void> {
  await withStore('readwrite', (s) => s.put(json, KEY));
}

export async function loadAutosave(): Promise<string | null> {
  const v = await withStore<unknown>('readonly', (s) => s.get(KEY));
  return typeof v === 'string' ? v : null;
}

export async function clearAutosave(): Promise<void> {
  await withStore('readwrite', (s) => s.delete(KEY));
}
