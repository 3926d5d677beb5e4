// Pattern flags stored per pattern in the index (a small module so that scanning code does not pull in the
// build-time name rules and word lists).

/** Pattern flag: the page text must be written in capitals (acronyms such as ZTE, SMIC). */
export const FLAG_UPPER = 1;
/** Pattern flag: a known unlisted name; a match suppresses shorter listed names inside it. */
export const FLAG_BLOCK = 2;
/** Pattern flag: a name of everyday words, found only when written as a name (Title Case or capitals). */
export const FLAG_TITLE = 4;
/** Pattern flag: the first letter of the match must be a capital (the name is a proper name). */
export const FLAG_CAP = 8;
/** Pattern flag: not a match when the name is all there is on its line (a heading such as "Technical Services"). */
export const FLAG_NOT_ALONE = 16;
/** Pattern flag: a weak form that corroboration (company context, the entry's strong form on the page) shows. */
export const FLAG_CORROB = 32;
/** Pattern flag: a short name listed in mixed case is not matched in capitals ("Helo" is not SMTP's HELO). */
export const FLAG_NOT_UPPER = 64;
/** Pattern flag: not matched inside a longer capitalised name ("Lowell Observatory", "eEye Digital Security"). */
export const FLAG_ISOLATED = 128;
