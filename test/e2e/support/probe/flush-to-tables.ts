/**
 * Run in the page: LevelDB moves its log into table files (*.ldb) from time to time; a database
 * created and deleted in each storage bucket makes Chromium do it now, so a probe also reads
 * table files (compressed blocks), not only logs.
 */
export async function flushToTables(): Promise<void> {
  type Buckets = {
    keys(): Promise<string[]>;
    open(name: string): Promise<{ indexedDB: IDBFactory }>;
  };
  const buckets = (navigator as unknown as { storageBuckets: Buckets }).storageBuckets;
  for (const name of await buckets.keys()) {
    const factory = (await buckets.open(name)).indexedDB;
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('probe-scratch', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('s');
      request.onsuccess = () => {
        request.result.close();
        const deletion = factory.deleteDatabase('probe-scratch');
        deletion.onsuccess = () => resolve();
        deletion.onerror = () => reject(deletion.error);
      };
      request.onerror = () => reject(request.error);
    });
  }
}
