import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

type Messages = Record<string, { message: string }>;
const read = (loc: string): Messages =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../public/_locales/${loc}/messages.json`), 'utf8'),
  );
const en = read('en');
const zh = read('zh_CN');
const slots = (s: string) => [...s.matchAll(/\$\d|%s/g)].map((m) => m[0]).sort();

describe('UI strings', () => {
  test('Simplified Chinese has every English string and no others', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  test('every string is non-empty and keeps the same substitution slots in both languages', () => {
    for (const [key, { message }] of Object.entries(en)) {
      const other = zh[key]?.message ?? '';
      expect(message.trim(), key).not.toBe('');
      expect(other.trim(), key).not.toBe('');
      expect(slots(other), key).toEqual(slots(message));
    }
  });

  test('Chinese strings are translated, not copies of the English', () => {
    // A language's own name is the same in every UI (the language menu lists "English" and "中文" in both).
    const ENDONYMS = new Set(['languageEnglish', 'languageChinese']);
    const same = Object.keys(en).filter(
      (k) => !ENDONYMS.has(k) && en[k]!.message === zh[k]!.message && /[a-z]{3}/i.test(en[k]!.message),
    );
    expect(same).toEqual([]);
  });
});
