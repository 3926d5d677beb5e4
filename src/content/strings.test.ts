import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { messagesFrom } from '../shared/i18n.ts';
import { contentStrings } from './strings.ts';

const messages = (loc: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../public/_locales/${loc}/messages.json`), 'utf8'),
  );

describe('content strings come from the locale messages', () => {
  const en = contentStrings(messagesFrom(messages('en')));
  const zh = contentStrings(messagesFrom(messages('zh_CN')));

  test('English and Simplified Chinese text, with substitutions in place', () => {
    expect(en.family['app-ban']).toBe('App ban');
    expect(zh.family.sanctions).toBe('制裁');
    expect(zh.turnOffSite).toBe('在此网站关闭');
    expect(zh.muteHere).toMatch(/静音/);
    expect(en.badgeAria('Sanctions', 'ZTE', 'exact')).toBe(
      'Sanctions: ZTE (exact). Press Enter for details.',
    );
    expect(zh.badgeAria('制裁', 'X', '精确')).toBe('制裁：X（精确）。按回车查看详情。');
    expect(en.siteDomain('a.example')).toBe('This site’s domain: a.example');
  });

  test('every content string resolves to a message in both languages (none falls back to its key)', () => {
    const leaves = (s: ReturnType<typeof contentStrings>): string[] =>
      Object.values(s).flatMap((v) =>
        typeof v === 'function' ? [v('a', 'b', 'c')] : typeof v === 'string' ? [v] : Object.values(v),
      );
    for (const s of [en, zh]) for (const text of leaves(s)) expect(text).not.toMatch(/^content[A-Z]/);
  });
});
