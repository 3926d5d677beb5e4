// The two locale files, bundled, so every context can speak the language chosen in settings (settings.language):
// browser.i18n.getMessage always answers in the browser's language, whatever the user chose.
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { makeTranslate, resolveLocale, type UiLocale } from '../core/i18n/language.ts';
import type { Translate } from '../core/explain/plain-line.ts';
import type { UiLanguageChoice } from '../core/settings/schema.ts';
import type { MessageLookup } from './i18n.ts';

const TRANSLATORS: Record<UiLocale, Translate> = {
  en: makeTranslate(en),
  zh_CN: makeTranslate(zh, en),
};

/** Message lookup in one locale (`$1`… filled from the arguments). */
export function translatorFor(locale: UiLocale): Translate {
  return TRANSLATORS[locale];
}

/** The same lookup in the shape shared/i18n.ts uses (substitutions as an array). */
export function messagesFor(locale: UiLocale): MessageLookup {
  const t = TRANSLATORS[locale];
  return (key, subs = []) => t(key, ...subs);
}

/** The locale a language choice means in this browser. */
export function localeFor(choice: UiLanguageChoice): UiLocale {
  return resolveLocale(choice, globalThis.navigator?.language ?? 'en');
}
