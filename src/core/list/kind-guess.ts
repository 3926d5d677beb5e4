import type { EntryKind } from './format.ts';

const ORG_WORDS =
  /\b(universit\w*|institut\w*|academy|academies|college|school|ministry|bureau|department|army|force|forces|corps|guard|police|party|front|brigade|battalion|movement|committee|council|administration|agency|authority|directorate|laborator\w*|center|centre|foundation|association|hospital|government|command|regiment|militia|organi[sz]ation|establishment|service)\b/i;
const LEGAL_FORMS =
  /\b(co|company|companies|corp|corporation|inc|ltd|ltda|limited|llc|l\.l\.c|gmbh|ag|kg|s\.?a|s\.?l|s\.?r\.?o|s\.?a\.?s|sarl|srl|spa|bv|nv|plc|jsc|pjsc|ojsc|cjsc|ooo|oao|zao|pao|ao|fgup|npo|okb|pte|pty|sdn|bhd|fze|fzco|fzc|oy|oyj|ab|as|a\.s|kft|zrt|doo|d\.o\.o|ood|eood|tov|uab|sia|aps|pt|cv|llp|lp|sirketi|obshchestvo|aktsionernoe|tic|ticaret|incorporated)\b/i;
const BUSINESS_WORDS =
  /\b(group|holding|holdings|trading|trade|industr\w*|technolog\w*|tech|techno\w*|enterprise\w*|bank|airlines?|aircraft|aviation|aero\w*|shipping|shipyard|marine|logistics|electr\w*|international|services|systems|solutions|software|computers?|networks?|systems?|ventures?|alloys?|engineers?|resorts?|cloud|labs?|openlab|huawei|zte|gazprom|rosneft|neft|associates|office|field|complect|kompleks|telecom\w*|communications?|partners|investments?|capital|finance|energy|petro\w*|chemicals?|oil|gas|mining|metals?|steel|railways?|motors?|machinery|equipment|instruments?|devices|semiconductors?|microelectronics|optics|optical|precision|engineering|construction|consulting|design|research|development|import|export|supply|supplies|products|production|manufactur\w*|factory|works|plant|firm|sons|brothers|media|digital|cyber|security|defen[cs]e|nuclear|space|automation|robotics|scientific|sciences?)\b/i;
const CITY_START =
  /^(shenzhen|beijing|shanghai|guangzhou|tianjin|chongqing|wuhan|chengdu|hangzhou|nanjing|xi'?an|harbin|dalian|suzhou|changsha|hefei|jinan|qingdao|xiamen|ningbo|zhuhai|dongguan|hong kong|moscow|st\.? petersburg|tehran|dubai|minsk|novosibirsk|yekaterinburg)\b/i;

function hasAcronym(name: string): boolean {
  // "KGB Alpha", "MPI VOLNA": an upper-case token of 2–5 letters in a name not written all in capitals;
  // "SDB IRE RAS": every token a short upper-case acronym.
  const tokens = name.split(/\s+/);
  if (tokens.length > 1 && tokens.every((t) => /^[A-Z]{2,4}$/.test(t))) return true;
  return name !== name.toUpperCase() && /\b[A-Z]{2,5}\b/.test(name);
}

/**
 * Best guess of an entry kind from its name when the source gives no type (Entity List, Denied Persons rows):
 * legal forms, business words, a leading city, an acronym, quotes or "and" → company; public-body words →
 * organization; otherwise 2–5 plain words → person. Wrongly calling a company a person would hide it (persons
 * are off by default), so the person guess needs a name with none of these signs.
 */
export function guessKind(name: string): EntryKind {
  if (LEGAL_FORMS.test(name)) return 'company';
  if (ORG_WORDS.test(name)) return 'organization';
  if (
    BUSINESS_WORDS.test(name) ||
    CITY_START.test(name) ||
    hasAcronym(name) ||
    /\band\b|&|["“”«»]/i.test(name)
  ) {
    return 'company';
  }
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
