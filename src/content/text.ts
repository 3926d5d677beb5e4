// The content script's strings in the language chosen in settings (or the browser's): text in public/_locales,
// shapes in strings.ts. The locale files are not bundled here (about 50 kB of text that every page would compile):
// the worker sends the current locale's messages when the page first has something to draw.
import type { Translate } from '../core/explain/plain-line.ts';
import { makeTranslate, type LocaleMessages, type UiLocale } from '../core/i18n/language.ts';
import type { UiLanguageChoice } from '../core/settings/schema.ts';
import { localeFor } from '../shared/locale-choice.ts';
import { contentStrings, type ContentStrings } from './strings.ts';

/** The language chosen in settings; resolved to a locale only when strings are needed (reading the browser's
 * language at start cost a page with nothing to flag up to a few milliseconds). */
let choice: UiLanguageChoice = 'auto';
let locale: UiLocale | null = null;
const currentLocale = (): UiLocale => (locale ??= localeFor(choice));
const loaded = new Map<UiLocale, LocaleMessages>();
const loading = new Map<UiLocale, Promise<void>>();
let loader: ((locale: UiLocale) => Promise<LocaleMessages>) | null = null;

/** Tables from the current locale's messages, built on first use (keys stand in until they are loaded). */
function lazyStrings(messages: LocaleMessages): ContentStrings {
  const t = makeTranslate(messages);
  return new Proxy({} as ContentStrings, {
    get: (_target, key) =>
      (STRINGS = contentStrings((k, subs = []) => t(k, ...subs)))[key as keyof ContentStrings],
  });
}

/** Strings in the current language. */
export let STRINGS: ContentStrings = lazyStrings({});
/** Locale-file lookup in the current language (plain sentences, status names). */
export let translate: Translate = makeTranslate({});
/** The current language as a BCP 47 tag, for the card's `lang`. */
export let contentLang = 'en';

function install(messages: LocaleMessages): void {
  STRINGS = lazyStrings(messages);
  translate = makeTranslate(messages);
  contentLang = currentLocale() === 'zh_CN' ? 'zh-CN' : 'en';
}

/** How messages are fetched (index.ts: a 'content/locale' message to the worker). */
export function setLocaleLoader(load: (locale: UiLocale) => Promise<LocaleMessages>): void {
  loader = load;
}

/** Switches the content script's language; drawings pick it up once `ensureStrings` has loaded it. */
export function setContentLanguage(next: UiLanguageChoice): void {
  if (next === choice) return;
  choice = next;
  locale = null;
  if (!loaded.size) return;
  const messages = loaded.get(currentLocale());
  if (messages) install(messages);
}

/** Resolves once the current language's strings are in place (at most one request per language). */
export function ensureStrings(): Promise<void> {
  const want = currentLocale();
  if (loaded.has(want)) return Promise.resolve();
  let p = loading.get(want);
  if (!p) {
    if (!loader) return Promise.reject(new Error('no locale loader'));
    p = loader(want).then(
      (messages) => {
        loaded.set(want, messages);
        loading.delete(want);
        if (currentLocale() === want) install(messages);
      },
      (err: unknown) => {
        loading.delete(want);
        throw err;
      },
    );
    loading.set(want, p);
  }
  return p;
}
