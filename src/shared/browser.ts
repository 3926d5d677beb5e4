// The only use of webextension-polyfill: every context reaches browser APIs through here.
//
// Firefox and Chromium from 148 have a promise-based `browser` of their own, and then the polyfill hands back that
// same object. It is taken directly in that case and the polyfill is only required where it is missing: an ES import
// of the polyfill's CommonJS module copies every property of the object it exports, which on the native object
// instantiates each API binding (several milliseconds at the start of every page's content script).
import type Browser from 'webextension-polyfill';

declare const require: (id: 'webextension-polyfill') => typeof Browser;

interface WithBrowser {
  browser?: { runtime?: { id?: string } };
}

const native = (globalThis as WithBrowser).browser;

export const browser: typeof Browser = native?.runtime?.id
  ? (native as typeof Browser)
  : require('webextension-polyfill');

export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
