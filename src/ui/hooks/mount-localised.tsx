// Renders a page in the language its settings choose, and re-renders it (fresh) when that choice changes.
import { render, type ComponentChild } from 'preact';
import { loadSettings, watchSettings } from '../../shared/settings-store.ts';
import { localeFor } from '../../shared/ui-locale.ts';
import { setUiLocale } from './useStrings.ts';

/** Mounts `app()` into #app once the language is known; a later language change remounts it in the new one. */
export async function mountLocalised(app: () => ComponentChild): Promise<void> {
  const root = document.getElementById('app')!;
  let current = localeFor((await loadSettings()).language);
  setUiLocale(current);
  render(app(), root);
  watchSettings((s) => {
    const next = localeFor(s.language);
    if (next === current) return;
    current = next;
    setUiLocale(next);
    render(null, root);
    render(app(), root);
  });
}
