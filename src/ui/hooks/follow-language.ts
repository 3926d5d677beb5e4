// The page's language follows the settings: it is set before the page is first drawn and again when the choice
// changes. Drawing stays in each page's main.tsx (the one place render() is called).
import type { UiLocale } from '../../core/i18n/language.ts';
import { loadSettings, watchSettings } from '../../shared/settings-store.ts';
import { localeFor } from '../../shared/ui-locale.ts';
import { setUiLocale } from './useStrings.ts';

/**
 * Sets the UI language from settings, then calls `draw` with it; calls `draw` again after a change of language
 * (the caller keys its root by the locale, so the page is drawn afresh in the new one).
 */
export async function followUiLanguage(draw: (locale: UiLocale) => void): Promise<void> {
  let current = localeFor((await loadSettings()).language);
  setUiLocale(current);
  draw(current);
  watchSettings((s) => {
    const next = localeFor(s.language);
    if (next === current) return;
    current = next;
    setUiLocale(next);
    draw(next);
  });
}
