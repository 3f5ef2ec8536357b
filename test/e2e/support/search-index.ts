import type { Page } from '@playwright/test';

/** Rows of the sealed search index in every store of the page (buckets included). */
export function sealedIndexRows(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const count = (factory: IDBFactory, name: string) =>
      new Promise<number>((done) => {
        const open = factory.open(name);
        open.onsuccess = () => {
          const db = open.result;
          if (!Array.from(db.objectStoreNames).includes('searchIndex')) return done(0);
          const request = db.transaction('searchIndex').objectStore('searchIndex').count();
          request.onsuccess = () => done(request.result);
        };
        open.onerror = () => done(0);
      });
    const factories: IDBFactory[] = [indexedDB];
    const buckets = (
      navigator as unknown as {
        storageBuckets?: {
          keys(): Promise<string[]>;
          open(name: string): Promise<{ indexedDB: IDBFactory }>;
        };
      }
    ).storageBuckets;
    for (const key of (await buckets?.keys()) ?? [])
      factories.push((await buckets!.open(key)).indexedDB);
    let total = 0;
    for (const factory of factories)
      for (const info of await factory.databases())
        if (info.name) total += await count(factory, info.name);
    return total;
  });
}
