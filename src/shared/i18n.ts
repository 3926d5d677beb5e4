// The two locale files, bundled, so every context can speak the language chosen in settings rather than only the
// browser's (browser.i18n.getMessage always answers in the browser's language).
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { makeTranslate, resolveLocale, type UiLocale } from '../core/i18n/language.ts';
import type { Translate } from '../core/explain/plain-line.ts';
import type { UiLanguageChoice } from '../core/settings/schema.ts';

const TRANSLATORS: Record<UiLocale, Translate> = {
  en: makeTranslate(en),
  zh_CN: makeTranslate(zh, en),
};

/** Message lookup in one locale. */
export function translatorFor(locale: UiLocale): Translate {
  return TRANSLATORS[locale];
}

/** The locale a language choice means in this browser. */
export function localeFor(choice: UiLanguageChoice): UiLocale {
  return resolveLocale(choice, globalThis.navigator?.language ?? 'en');
}
