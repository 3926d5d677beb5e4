import type { ListDefinition, ListTexts } from './format.ts';

/** The texts of a list to show in a UI of the given language: its Chinese texts for `zh` when it has them. */
export function listTexts(def: ListDefinition, lang: 'en' | 'zh'): ListTexts {
  return lang === 'zh' && def.zh ? def.zh : def;
}

/** `zh` for a BCP 47 tag of Simplified Chinese (zh, zh-CN, zh-Hans …), else `en`, as the UI strings pick. */
export function textLanguage(tag: string): 'en' | 'zh' {
  const l = tag.toLowerCase();
  return l.startsWith('zh') && !/hant|tw|hk|mo/.test(l) ? 'zh' : 'en';
}
