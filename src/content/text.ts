// The content script's strings in the language chosen in settings (or the browser's): text in public/_locales,
// shapes in strings.ts. index.ts switches the language before the first badge and on every settings change.
import type { Translate } from '../core/explain/plain-line.ts';
import type { UiLocale } from '../core/i18n/language.ts';
import { localeFor, messagesFor, translatorFor } from '../shared/ui-locale.ts';
import { contentStrings, type ContentStrings } from './strings.ts';

const initial = localeFor('auto');

/**
 * Tables built on first use: a page with nothing to flag never parses a locale file (parsing one at start made a
 * long task longer on large pages, and costs every page a few milliseconds).
 */
function lazyStrings(locale: UiLocale): ContentStrings {
  return new Proxy({} as ContentStrings, {
    get: (_target, key) => (STRINGS = contentStrings(messagesFor(locale)))[key as keyof ContentStrings],
  });
}

/** Strings in the current language. */
export let STRINGS: ContentStrings = lazyStrings(initial);
/** Locale-file lookup in the current language (plain sentences, status names). */
export let translate: Translate = (key, ...subs) => translatorFor(initial)(key, ...subs);
/** The current language as a BCP 47 tag, for the card's `lang`. */
export let contentLang = initial === 'zh_CN' ? 'zh-CN' : 'en';

/** Switches the content script's language; drawn badges pick it up on their next redraw. */
export function setContentLocale(locale: UiLocale): void {
  STRINGS = lazyStrings(locale);
  translate = (key, ...subs) => (translate = translatorFor(locale))(key, ...subs);
  contentLang = locale === 'zh_CN' ? 'zh-CN' : 'en';
}
