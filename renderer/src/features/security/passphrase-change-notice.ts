// A passphrase change ends with a reload (the keys leave memory): the lock screen then says that
// it completed. Only a flag, in this tab's session storage.
const key = 'amparo.passphraseChanged';

export function markPassphraseChanged(changed = true): void {
  if (changed) globalThis.sessionStorage?.setItem(key, '1');
  else globalThis.sessionStorage?.removeItem(key);
}

/** Reads the flag once. */
export function takePassphraseChanged(): boolean {
  const changed = globalThis.sessionStorage?.getItem(key) === '1';
  if (changed) globalThis.sessionStorage?.removeItem(key);
  return changed;
}
