// UI strings come from _locales through browser.i18n, so the browser's language picks English or Chinese.
import { browser } from '../../shared/browser.ts';
import type en from '../../../public/_locales/en/messages.json';
import type { Translate as CoreTranslate } from '../../core/explain/plain-line.ts';

/** A message name in public/_locales/en/messages.json (the type checks every key used in the UI). */
export type MessageKey = keyof typeof en;

/** Looks up a UI string; `$1`… in the message are replaced by `subs`. Falls back to the key itself. */
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

const translate: Translate = (key, ...subs) => {
  const text = browser.i18n.getMessage(key, subs.map(String));
  return text || key;
};

/** The translate function for components; stable across renders. */
export function useStrings(): Translate {
  return translate;
}

/** The browser's UI language (e.g. `en-US`, `zh-CN`), for number and date formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** The UI translate function as core's (which takes any key; an unknown key comes back as itself). */
export function coreTranslate(t: Translate): CoreTranslate {
  return (key, ...subs) => t(key as MessageKey, ...subs);
}
