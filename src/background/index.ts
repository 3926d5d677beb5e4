// Service worker entry: registers every listener synchronously, then delegates.
import { browser } from '../shared/browser.ts';

browser.runtime.onInstalled.addListener(() => undefined);
