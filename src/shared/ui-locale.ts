// The two locale files, bundled, so every context can speak the language chosen in settings (settings.language):
// browser.i18n.getMessage always answers in the browser's language, whatever the user chose. They are bundled as
// text and parsed on first use: a JSON string costs the content script far less to compile than the same object
// literal, and a page usually needs one locale only.
import enText from '../../public/_locales/en/messages.json?raw';
import zhText from '../../public/_locales/zh_CN/messages.json?raw';
import { makeTranslate, type LocaleMessages, type UiLocale } from '../core/i18n/language.ts';
import type { Translate } from '../core/explain/plain-line.ts';
import type { MessageLookup } from './i18n.ts';

const parsed: Partial<Record<UiLocale, LocaleMessages>> = {};
function messagesOf(locale: UiLocale): LocaleMessages {
  return (parsed[locale] ??= JSON.parse(locale === 'en' ? enText : zhText) as LocaleMessages);
}

const translators: Partial<Record<UiLocale, Translate>> = {};

/** Message lookup in one locale (`$1`… filled from the arguments). */
export function translatorFor(locale: UiLocale): Translate {
  return (translators[locale] ??=
    locale === 'en' ? makeTranslate(messagesOf('en')) : makeTranslate(messagesOf('zh_CN'), messagesOf('en')));
}

/** The same lookup in the shape shared/i18n.ts uses (substitutions as an array). */
export function messagesFor(locale: UiLocale): MessageLookup {
  const t = translatorFor(locale);
  return (key, subs = []) => t(key, ...subs);
}

export { localeFor } from './locale-choice.ts';

/** One locale's messages with English filling its gaps, as the content script asks for them ('content/locale'). */
export function localeMessages(locale: UiLocale): LocaleMessages {
  return locale === 'en' ? messagesOf('en') : { ...messagesOf('en'), ...messagesOf('zh_CN') };
}
