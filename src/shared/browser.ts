// The only import of webextension-polyfill: every context reaches browser APIs through here.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
