import { describe, expect, it } from 'vitest';
import { importAesKey } from './aes';
import { randomBytes } from './bytes';
import {
  forgetAllRescues,
  recoverRescues,
  RescueVault,
  type RescuedDraft,
  type RescueStorage,
} from './rescue-vault';

/** localStorage as a page sees it: strings only, shared by every page of the profile. */
function memoryStorage(): RescueStorage & { dump: () => string } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
    dump: () => [...items].flat().join('\n'),
  };
}

const sentence = 'Ana Prueba said she left Huehuetenango in March 2016 after the threats.';
const noteDraft: RescuedDraft = {
  draftId: 'note/n-1',
  caseId: 'case-1',
  values: { body: sentence, baseRevisionId: 'r-1', baseBody: 'Ana' },
};
const newDek = () => importAesKey(randomBytes(32));

describe('RescueVault', () => {
  it('brings back, at the next unlock, what a page sealed as it went away', async () => {
    const storage = memoryStorage();
    const dek = await newDek();
    const vault = await RescueVault.open(dek, storage);
    vault.rescue([noteDraft]);
    // The page is gone: a new page unlocks with the same store key.
    const recovered = await recoverRescues(dek, storage);
    expect(recovered).toEqual({ drafts: [noteDraft], unreadable: 0 });
    expect(storage.length).toBe(0);
    expect((await recoverRescues(dek, storage)).drafts).toEqual([]);
  });

  it('seals synchronously: the text is in storage before rescue() returns, and never readable', async () => {
    const storage = memoryStorage();
    const vault = await RescueVault.open(await newDek(), storage);
    vault.rescue([noteDraft]);
    expect(storage.length).toBe(2);
    expect(storage.dump()).not.toContain('Huehuetenango');
    expect(storage.dump()).not.toContain('Prueba');
    expect(storage.dump()).not.toContain('note/n-1');
  });

  it('keeps only the latest rescue of a page, and removes it when nothing is left to rescue', async () => {
    const storage = memoryStorage();
    const dek = await newDek();
    const vault = await RescueVault.open(dek, storage);
    vault.rescue([{ ...noteDraft, values: { body: 'older' } }]);
    vault.rescue([noteDraft]);
    expect((await recoverRescues(dek, storage)).drafts).toEqual([noteDraft]);

    const next = await RescueVault.open(dek, storage);
    next.rescue([noteDraft]);
    next.rescue([]);
    expect((await recoverRescues(dek, storage)).drafts).toEqual([]);
  });

  it('opens nothing with another store key, and removes what it cannot open', async () => {
    const storage = memoryStorage();
    const vault = await RescueVault.open(await newDek(), storage);
    vault.rescue([noteDraft]);
    expect(await recoverRescues(await newDek(), storage)).toEqual({ drafts: [], unreadable: 1 });
    expect(storage.length).toBe(0);
  });

  it('refuses a rescue whose ciphertext was altered', async () => {
    const storage = memoryStorage();
    const dek = await newDek();
    const vault = await RescueVault.open(dek, storage);
    vault.rescue([noteDraft]);
    const slot = [0, 1].map((i) => storage.key(i)!).find((key) => key.endsWith('.data'))!;
    const bytes = Buffer.from(storage.getItem(slot)!, 'base64');
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    storage.setItem(slot, bytes.toString('base64'));
    expect(await recoverRescues(dek, storage)).toEqual({ drafts: [], unreadable: 1 });
  });

  it('leaves a page that is still open alone (a second tab keeps its key)', async () => {
    const storage = memoryStorage();
    const dek = await newDek();
    const open = await RescueVault.open(dek, storage);
    const gone = await RescueVault.open(dek, storage);
    gone.rescue([noteDraft]);
    expect((await recoverRescues(dek, storage)).drafts).toEqual([noteDraft]);
    open.rescue([{ ...noteDraft, draftId: 'note/n-2' }]);
    expect((await recoverRescues(dek, storage)).drafts.map((d) => d.draftId)).toEqual(['note/n-2']);
  });

  it('after lock, wipes its key, removes its slots and rescues nothing more', async () => {
    const storage = memoryStorage();
    const dek = await newDek();
    const vault = await RescueVault.open(dek, storage);
    vault.rescue([noteDraft]);
    vault.close();
    expect(storage.length).toBe(0);
    vault.rescue([noteDraft]);
    expect(storage.length).toBe(0);
  });

  it('forgets a rescue when the page comes back from the back/forward cache', async () => {
    const storage = memoryStorage();
    const dek = await newDek();
    const vault = await RescueVault.open(dek, storage);
    vault.rescue([noteDraft]);
    vault.unrescue();
    expect((await recoverRescues(dek, storage)).drafts).toEqual([]);
  });

  it('loses nothing already stored when storage is full: rescue() does not throw', async () => {
    const storage = memoryStorage();
    const vault = await RescueVault.open(await newDek(), storage);
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => vault.rescue([noteDraft])).not.toThrow();
  });

  it('a new store forgets every rescue of the one before', async () => {
    const storage = memoryStorage();
    const vault = await RescueVault.open(await newDek(), storage);
    vault.rescue([noteDraft]);
    storage.setItem('amparo.language', 'es');
    forgetAllRescues(storage);
    expect(storage.length).toBe(1);
    expect(storage.getItem('amparo.language')).toBe('es');
  });
});
