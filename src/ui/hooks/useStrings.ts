// UI strings come from _locales through browser.i18n (shared/i18n.ts), so the browser's language picks English or
// Chinese.
import { browser } from '../../shared/browser.ts';
import { browserMessages } from '../../shared/browser-messages.ts';
import type { MessageKey } from '../../shared/i18n.ts';

export type { MessageKey } from '../../shared/i18n.ts';

/** Looks up a UI string; `$1`… in the message are replaced by `subs`. Falls back to the key itself. */
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

const translate: Translate = (key, ...subs) => browserMessages(key, subs.map(String));

/** The translate function for components; stable across renders. */
export function useStrings(): Translate {
  return translate;
}

/** The browser's UI language (e.g. `en-US`, `zh-CN`), for number and date formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
