// The content script's strings in the browser's UI language (text in public/_locales, shapes in strings.ts).
import { browserMessages } from '../shared/browser-messages.ts';
import { contentStrings, type ContentStrings } from './strings.ts';

export const STRINGS: ContentStrings = contentStrings(browserMessages);
