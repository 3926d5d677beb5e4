import type { EntryKind } from './format.ts';

const ORG_WORDS =
  /\b(universit\w*|institut\w*|academy|academies|college|school|ministry|bureau|department|army|force|forces|corps|guard|police|party|front|brigade|battalion|movement|committee|council|administration|agency|authority|directorate|laborator\w*|center|centre|foundation|association|hospital|government|command|regiment|militia|organi[sz]ation)\b/i;
const LEGAL_FORMS =
  /\b(co|company|companies|corp|corporation|inc|ltd|limited|llc|l\.l\.c|gmbh|ag|s\.?a|sarl|srl|bv|nv|plc|jsc|pjsc|ojsc|cjsc|ooo|oao|zao|pte|pty|sdn|bhd|fze|fzco|fzc)\b/i;
const BUSINESS_WORDS =
  /\b(group|holding|holdings|trading|industr\w*|technolog\w*|enterprise\w*|bank|airlines?|shipping|logistics|electronics?|international|services|systems|partners|investment\w*|energy|petroleum|factory|works|plant|firm)\b/i;

/**
 * Best guess of an entry kind from its name when the source gives no type (Entity List, Denied Persons rows):
 * legal forms → company, public-body words → organization, business words → company, otherwise 2–4 plain words → person.
 */
export function guessKind(name: string): EntryKind {
  if (LEGAL_FORMS.test(name)) return 'company';
  if (ORG_WORDS.test(name)) return 'organization';
  if (BUSINESS_WORDS.test(name)) return 'company';
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean);
  const looksPersonal = words.length >= 2 && words.length <= 5 && !/\d/.test(name);
  return looksPersonal ? 'person' : 'company';
}

/** Company or organization, from the name of something the source already calls an entity. */
export function entityKind(name: string): EntryKind {
  return !LEGAL_FORMS.test(name) && ORG_WORDS.test(name) ? 'organization' : 'company';
}
