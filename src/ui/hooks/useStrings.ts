// UI strings come from the locale files (shared/i18n.ts) in the language chosen in settings, or the browser's:
// follow-language.ts sets it before the first render and again, re-rendering the page, when the setting changes.
import type { Translate as CoreTranslate } from '../../core/explain/plain-line.ts';
import { localeTag, type UiLocale } from '../../core/i18n/language.ts';
import type { MessageKey } from '../../shared/i18n.ts';
import { translatorFor } from '../../shared/ui-locale.ts';

export type { MessageKey } from '../../shared/i18n.ts';

/** Looks up a UI string; `$1`… in the message are replaced by `subs`. Falls back to the key itself. */
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

let locale: UiLocale = 'en';
let translate: Translate = translatorFor(locale);

/** Sets the page's language (follow-language.ts only): strings, `<html lang>`, number and date formats. */
export function setUiLocale(next: UiLocale): void {
  locale = next;
  translate = translatorFor(next);
  document.documentElement.lang = localeTag(next);
}

/** The translate function for components; stable across renders of one language. */
export function useStrings(): Translate {
  return translate;
}

/** The UI language as a BCP 47 tag (`en`, `zh-CN`), for number and date formatting. */
export function uiLanguage(): string {
  return localeTag(locale);
}

/** The UI translate function as core's (which takes any key; an unknown key comes back as itself). */
export function coreTranslate(t: Translate): CoreTranslate {
  return (key, ...subs) => t(key as MessageKey, ...subs);
}
