import { describe, expect, it } from 'vitest';
import { chooseFilesOnly, filesOnlyChosen, openedFromDisk } from './filesOnly';

function fakeStorage() {
  const data = new Map<string, string>();
  return {
    data,
    storage: () => ({ getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) }) as unknown as Storage,
  };
}

describe('drafts only in files (single-file edition from disk)', () => {
  it('knows when the app was opened from disk', () => {
    expect(openedFromDisk({ protocol: 'file:' })).toBe(true);
    expect(openedFromDisk({ protocol: 'https:' })).toBe(false);
    expect(openedFromDisk(undefined)).toBe(false);
  });

  it('remembers the choice outside the app’s own keys, and forgets it again', () => {
    const { data, storage } = fakeStorage();
    expect(filesOnlyChosen(storage)).toBe(false);
    expect(chooseFilesOnly(true, storage)).toBe(true);
    expect(filesOnlyChosen(storage)).toBe(true);
    expect([...data.keys()].some((k) => k.startsWith('aanvraagwijzer:'))).toBe(false);
    chooseFilesOnly(false, storage);
    expect(filesOnlyChosen(storage)).toBe(false);
  });

  it('a browser that refuses storage: not chosen, and says it could not remember', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(filesOnlyChosen(blocked)).toBe(false);
    expect(chooseFilesOnly(true, blocked)).toBe(false);
  });
});
