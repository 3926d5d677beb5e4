// Which of the two UI languages to speak, and message lookup over a locale file's contents. The choice is the
// user's (settings.language) or, with `auto`, the browser's; every screen and report takes it from here.
import type { UiLanguageChoice } from '../settings/schema.ts';
import type { Translate } from '../explain/plain-line.ts';

/** The locales the extension ships (folder names under public/_locales). */
export type UiLocale = 'en' | 'zh_CN';

/** Simplified Chinese for zh, zh-CN, zh-Hans, zh-SG; English for everything else (Traditional Chinese included). */
export function localeForTag(tag: string): UiLocale {
  const l = tag.toLowerCase();
  return l.startsWith('zh') && !/hant|tw|hk|mo/.test(l) ? 'zh_CN' : 'en';
}

/** The locale to speak: the chosen one, or the browser's (`browserTag`, e.g. `zh-CN`) for `auto`. */
export function resolveLocale(choice: UiLanguageChoice, browserTag: string): UiLocale {
  return choice === 'auto' ? localeForTag(browserTag) : choice;
}

/** The BCP 47 tag for `<html lang>` and number and date formatting. */
export function localeTag(locale: UiLocale): string {
  return locale === 'zh_CN' ? 'zh-CN' : 'en';
}

/** A locale file's contents: `{ key: { message } }`. */
export type LocaleMessages = Readonly<Record<string, { message: string }>>;

/**
 * Message lookup over one locale file, with `fallback` (English) for a key the file lacks; `$1`…`$9` take the
 * substitutions (as browser.i18n does). An unknown key comes back as itself, so a missing string is visible.
 */
export function makeTranslate(messages: LocaleMessages, fallback?: LocaleMessages): Translate {
  return (key, ...subs) => {
    const text = messages[key]?.message ?? fallback?.[key]?.message;
    if (text === undefined) return key;
    return text.replace(/\$([1-9])/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
  };
}
