// The one string system: every visible string is a message in public/_locales/<locale>/messages.json, looked up
// through browser.i18n in every context (shared/browser-messages.ts; the browser's language picks English or
// Chinese). This module has no browser APIs, so tests and scripts read the same files through `messagesFrom`.
import type en from '../../public/_locales/en/messages.json';

/** A message name in public/_locales/en/messages.json (the type checks every key used). */
export type MessageKey = keyof typeof en;

/** Looks up a message; `$1`… in it are replaced by `subs`. */
export type MessageLookup = (key: MessageKey, subs?: string[]) => string;

/**
 * Messages from a parsed messages.json, with the same `$1` substitution browser.i18n applies (for tests and build
 * scripts, which have no browser).
 */
export function messagesFrom(table: Record<string, { message: string }>): MessageLookup {
  return (key, subs = []) =>
    (table[key]?.message ?? key).replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
}
