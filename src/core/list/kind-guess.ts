import type { EntryKind } from './format.ts';

const ORG_WORDS =
  /\b(universit\w*|institut\w*|academy|academies|college|school|ministry|bureau|department|army|force|forces|corps|guard|police|party|front|brigade|battalion|movement|committee|council|administration|agency|authority|directorate|laborator\w*|center|centre|foundation|association|hospital|government|command|regiment|militia|organi[sz]ation|establishment|service)\b/i;
/** Self-proclaimed states ("Donetsk People's Republic"): public bodies unless a business word says otherwise. */
const REPUBLIC = /\bpeople['’]?s republic\b/i;
const LEGAL_FORMS =
  /\b(co|company|companies|corp|corporation|inc|ltd|ltda|limited|llc|l\.l\.c|gmbh|ag|kg|s\.?a|s\.?l|s\.?r\.?o|s\.?a\.?s|sarl|srl|spa|bv|b\.v|nv|n\.v|k\.k|plc|jsc|pjsc|ojsc|cjsc|ooo|oao|zao|pao|ao|fgup|npo|okb|pte|pty|sdn|bhd|fze|fzco|fzc|fz-llc|dmcc|oy|oyj|ab|as|a\.s|kft|zrt|doo|d\.o\.o|ood|eood|tov|uab|sia|aps|pt|cv|llp|lp|sirketi|obshchestvo|aktsionernoe|tic|ticaret|incorporated)\b(?!['’]\w)/i;
const BUSINESS_WORDS =
  /\b(group|holding|holdings|trading|trade|traders?|industr\w*|technolog\w*|tech|techno\w*|enterprise\w*|bank|airlines?|airways|air|avia|aircraft|aviation|aero\w*|shipping|shipyard|marine|ports|logistics|lojistik|electr\w*|elektr\w*|international|global|services|servis|systems?|solutions?|software|computers?|networks?|ventures?|alloys?|engineers?|resorts?|cloud|labs?|openlab|huawei|zte|gazprom|rosneft|rostekh|neft|associates|office|field|complect|kompleks|complex|concern|trust|telecom\w*|communications?|multicom|intelcom|com|partners|investments?|capital|finance|energy|petro|petrol\w*|petrochem\w*|chemicals?|oil|gas|mining|metals?|steel|railways?|motors?|motorlari|machinery|makina|traktor|equipment|instruments?|devices|display|semiconductors?|microelectronics|optics|optical|photonics|terahertz|precision|engineering|construction|contracting|consult\w*|design|research|development|import|export|ithalat|supply|supplies|products|production|manufactur\w*|factory|works|plant|verf|farm|pharm\w*|firm|sons|brothers|media|digital|digi|data|logic|logix|cyber|security|defen[cs]e|nuclear|space|automation|robotics|scientific|sciences?|physics|tooling|catering|kiosk|shop|agencies|connections|business|world|zone|results|promoters|empire|turizm|havacilik|teknik|sanatgaran|sanaat)\b/i;
/** Legal forms that never stand for a word of a person's name; enough when only an alias carries them. */
const STRONG_LEGAL_FORMS =
  /\b(company|corp|corporation|inc|ltd|limited|llc|gmbh|bv|b\.v|plc|jsc|pjsc|ojsc|cjsc|ooo|oao|zao|pao|pte|fze|fzco|dmcc|sti)\b/i;
const CITY_START =
  /^(shenzhen|beijing|shanghai|guangzhou|tianjin|chongqing|wuhan|chengdu|hangzhou|nanjing|xi'?an|harbin|dalian|suzhou|changsha|hefei|jinan|qingdao|xiamen|ningbo|zhuhai|dongguan|anhui|guangdong|jiangsu|zhejiang|fujian|shandong|henan|hebei|hubei|hunan|sichuan|shaanxi|shanxi|yunnan|liaoning|jiangxi|hong kong|moscow|st\.? petersburg|tehran|dubai|minsk|novosibirsk|yekaterinburg)\b/i;
/** Country and region words: "Zener Lebanon", "Inspur Taiwan", "Focus Middle East" name a company's branch. */
const PLACE_WORDS =
  /\b(lebanon|liban|korea|taiwan|japan|china|iran|turkiye|nederland|middle east|asia|europe|emirates)\b/i;

function hasAcronym(name: string): boolean {
  // "KGB Alpha", "MPI VOLNA": an upper-case token of 2–5 letters in a name not written all in capitals;
  // "SDB IRE RAS": every token a short upper-case acronym.
  const tokens = name.split(/\s+/);
  if (tokens.length > 1 && tokens.every((t) => /^[A-Z]{2,4}$/.test(t))) return true;
  return name !== name.toUpperCase() && /\b[A-Z]{2,5}\b/.test(name);
}

/** The kind a name's own words say (legal form, public-body word, business word …), or undefined. */
function explicitKind(name: string): EntryKind | undefined {
  if (LEGAL_FORMS.test(name)) return 'company';
  if (ORG_WORDS.test(name)) return 'organization';
  if (BUSINESS_WORDS.test(name)) return 'company';
  if (REPUBLIC.test(name)) return 'organization';
  if (PLACE_WORDS.test(name)) return 'company';
  return undefined;
}

function hasCompanyShape(name: string): boolean {
  return (
    CITY_START.test(name) ||
    hasAcronym(name) ||
    /\band\b|&|["“”«»]/i.test(name) ||
    // "The Fair Price Shop": a person's name never starts with an article.
    /^the\s/i.test(name) ||
    // "Sputnik E": a bare trailing letter is no surname.
    /\s[A-Za-z]$/.test(name)
  );
}

/**
 * Best guess of an entry kind from its name when the source gives no type (Entity List, Denied Persons rows):
 * legal forms, business or place words, a leading city, an acronym, quotes or "and" → company; public-body words →
 * organization; otherwise 2–5 plain words → person, unless an alias carries a legal form ("Avia Trust" a.k.a.
 * "Avia Trust FZE"). Wrongly calling a company a person would hide it (persons are off by default), so
 * the person guess needs a name with none of these signs.
 */
export function guessKind(name: string, aliases: readonly string[] = []): EntryKind {
  const own = explicitKind(name);
  if (own) return own;
  if (hasCompanyShape(name)) return 'company';
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean);
  const looksPersonal = words.length >= 2 && words.length <= 5 && !/\d/.test(name);
  // Person aliases are often odd ("Engineer Idris", "Petrov"): only a plain legal form in an alias counts.
  if (looksPersonal && aliases.some((a) => STRONG_LEGAL_FORMS.test(a))) return 'company';
  return looksPersonal ? 'person' : 'company';
}

/** Company or organization, from the name of something the source already calls an entity. */
export function entityKind(name: string): EntryKind {
  if (LEGAL_FORMS.test(name)) return 'company';
  const isPublic = ORG_WORDS.test(name) || (REPUBLIC.test(name) && !BUSINESS_WORDS.test(name));
  return isPublic ? 'organization' : 'company';
}
