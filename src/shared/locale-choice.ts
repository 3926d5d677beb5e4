// Which locale a language choice means in this browser. Kept apart from ui-locale.ts, which bundles both locale
// files: the content script needs only this, and gets its strings from the worker when it has something to draw.
import { resolveLocale, type UiLocale } from '../core/i18n/language.ts';
import type { UiLanguageChoice } from '../core/settings/schema.ts';

/** The locale a language choice means in this browser. */
export function localeFor(choice: UiLanguageChoice): UiLocale {
  return resolveLocale(choice, globalThis.navigator?.language ?? 'en');
}
