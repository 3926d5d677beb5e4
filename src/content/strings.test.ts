import { describe, expect, test } from 'vitest';
import { stringsFor } from './strings.ts';

describe('stringsFor', () => {
  test('Simplified Chinese for zh, zh-CN and zh-Hans; English otherwise', () => {
    expect(stringsFor('zh-CN').family.sanctions).toBe('制裁');
    expect(stringsFor('zh-Hans-SG').turnOffSite).toBe('在此网站关闭');
    expect(stringsFor('zh').muteHere).toMatch(/静音/);
    for (const l of ['en-US', 'de', 'zh-TW', 'zh-Hant-HK', ''])
      expect(stringsFor(l).family['app-ban']).toBe('App ban');
  });
  test('both languages have every string', () => {
    const en = stringsFor('en');
    const zh = stringsFor('zh-CN');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(zh.status).sort()).toEqual(Object.keys(en.status).sort());
    expect(Object.keys(zh.kind).sort()).toEqual(Object.keys(en.kind).sort());
    expect(zh.badgeAria('制裁', 'X', '精确')).toMatch(/X/);
  });
});
