import { expect, test } from 'vitest';
import { listTexts, textLanguage } from './list-texts.ts';
import { LIST_REGISTRY } from './registry.ts';

test('every list of the registry carries its name, a label and both meanings in Simplified Chinese', () => {
  const missing = LIST_REGISTRY.filter((l) => {
    const zh = l.zh;
    return (
      !zh ||
      !zh.label ||
      ![zh.name, zh.meaningReader, zh.meaningBuyer].every((t) => /\p{Script=Han}/u.test(t))
    );
  }).map((l) => l.id);
  expect(missing).toEqual([]);
});

test('a Chinese UI gets a list’s Chinese texts, any other language (and traditional Chinese) the English', () => {
  const el = LIST_REGISTRY.find((l) => l.id === 'US-BIS-EL');
  if (!el) throw new Error('no Entity List in the registry');
  expect(listTexts(el, textLanguage('zh-CN')).label).toBe('实体清单');
  expect(listTexts(el, textLanguage('zh')).name).toBe(el.zh?.name);
  expect(listTexts(el, textLanguage('zh-TW')).label).toBe('Entity List');
  expect(listTexts(el, textLanguage('en-GB')).label).toBe('Entity List');
  expect(listTexts({ ...el, zh: undefined }, 'zh').label).toBe('Entity List');
});
