// Locale messages through browser.i18n, for every extension context (worker, pages, content script).
import { browser } from './browser.ts';
import type { MessageLookup } from './i18n.ts';

/** Messages through browser.i18n; falls back to the key itself when a message is missing. */
export const browserMessages: MessageLookup = (key, subs = []) => browser.i18n.getMessage(key, subs) || key;
