import { describe, expect, test } from 'vitest';
import { localeForTag, localeTag, makeTranslate, resolveLocale } from './language.ts';
import { migrateSettings } from '../settings/migrate.ts';

describe('UI language', () => {
  test('auto follows the browser; a choice overrides it', () => {
    expect(resolveLocale('auto', 'zh-CN')).toBe('zh_CN');
    expect(resolveLocale('auto', 'zh-TW')).toBe('en');
    expect(resolveLocale('auto', 'de-DE')).toBe('en');
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
    expect(resolveLocale('zh_CN', 'en-US')).toBe('zh_CN');
    expect(localeForTag('zh-Hans-SG')).toBe('zh_CN');
    expect(localeTag('zh_CN')).toBe('zh-CN');
  });

  test('the setting defaults to auto and refuses unknown values', () => {
    expect(migrateSettings({}).language).toBe('auto');
    expect(migrateSettings({ version: 2, language: 'zh_CN' }).language).toBe('zh_CN');
    expect(migrateSettings({ version: 2, language: 'fr' }).language).toBe('auto');
  });

  test('lookup fills $1…, falls back to English, shows an unknown key as itself', () => {
    const t = makeTranslate({ a: { message: '$2 和 $1' } }, { a: { message: 'x' }, b: { message: 'B $1' } });
    expect(t('a', 'x', 'y')).toBe('y 和 x');
    expect(t('b', 1)).toBe('B 1');
    expect(t('nope')).toBe('nope');
  });
});
