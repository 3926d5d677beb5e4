// Text a reader sees (list names and meanings, programmes, citations, status details, notes) must not leak how the
// data was assembled: file paths, repository notes, internal entry ids or commit hashes; nor may it stop mid-word or
// mid-phrase because a source field was cut to a length.
import type { Feed } from './format.ts';
import { isCommonWord } from '../names/common-words.ts';

/** Why a text is refused. */
export type UserTextRule = 'path' | 'internal-id' | 'cut-word';

/** One refused text: where it is in the feed, which rule it breaks and the text itself. */
export interface UserTextProblem {
  where: string;
  rule: UserTextRule;
  text: string;
}

const URL = /\bhttps?:\/\/\S+/g;
const FILE_EXT = '(?:csv|tsv|json|xml|md|txt|xlsx?|zip|ts)';
const PATH = new RegExp(
  `(?:[\\w.-]+/)+[\\w.-]+\\.${FILE_EXT}\\b|\\b[\\w-]+\\.${FILE_EXT}\\b|\\bREADME\\b`,
  'i',
);
const COMMIT = /\bcommit [0-9a-f]{7,40}\b/i;
const SLUG = /(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w-])/g;
// A phrase cannot end on these: a text that does was cut ("…for the purpose of public safety, security of").
const DANGLING = new Set(
  'a an the of to for by with such in on at from as and or nor that which whose including than into per via'.split(
    ' ',
  ),
);

/** True when a text stops inside a word or a phrase: no closing punctuation and a dangling or non-word last token. */
export function isCutText(text: string): boolean {
  const t = text.trim();
  if (t === '' || /[.!?)\]”"’'…:;。）]$/u.test(t)) return false;
  const last = /([A-Za-z]+)$/.exec(t)?.[1];
  if (!last) return false;
  const word = last.toLowerCase();
  // "Annex XIX.A" ends on a capital letter, not on the article "a".
  if (last === word && DANGLING.has(word)) return true;
  // Capitalised or upper-case last words are names and acronyms (EAR, CCL, Kaspersky): not judged. Sources are cut
  // to a length on long texts; a short label ending on a rare word ("Own watchlist") is not a cut.
  return t.length >= 60 && last === word && word.length > 2 && !isCommonWord(word);
}

/** The rule a reader-facing text breaks, or undefined when it is fine. `ids` are the feed's entry ids. */
export function userTextProblem(text: string, ids: ReadonlySet<string>): UserTextRule | undefined {
  const prose = text.replace(URL, ' ');
  if (PATH.test(prose) || COMMIT.test(prose)) return 'path';
  for (const m of prose.matchAll(SLUG)) if (ids.has(m[0])) return 'internal-id';
  return isCutText(prose) ? 'cut-word' : undefined;
}

/** Every reader-facing text of a feed that breaks a rule: list wording, source licences, entries' notes and listings. */
export function feedTextProblems(feed: Feed): UserTextProblem[] {
  const ids = new Set(feed.entries.map((e) => e.id));
  const out: UserTextProblem[] = [];
  const check = (where: string, text: string | undefined) => {
    const rule = text === undefined ? undefined : userTextProblem(text, ids);
    if (rule) out.push({ where, rule, text: text as string });
  };
  for (const l of feed.lists) {
    for (const f of ['name', 'label', 'authority', 'meaningReader', 'meaningBuyer'] as const) {
      check(`list ${l.id} ${f}`, l[f]);
    }
  }
  for (const src of feed.sources) check(`source ${src.id} licence`, src.licence);
  for (const e of feed.entries) {
    check(`entry ${e.id} notes`, e.notes);
    e.listings.forEach((l, i) => {
      for (const f of ['programme', 'citation', 'statusDetail'] as const) {
        check(`entry ${e.id} listing ${i} (${l.list}) ${f}`, l[f]);
      }
    });
  }
  return out;
}

/** A feed has reader-facing text that must not ship (the compiler exits with "invalid input"). */
export class UserTextError extends Error {
  readonly problems: UserTextProblem[];

  constructor(problems: UserTextProblem[]) {
    const lines = problems.slice(0, 10).map((p) => `  ${p.where}: ${p.rule}: "${p.text.slice(0, 120)}"`);
    const more = problems.length > 10 ? `\n  … and ${problems.length - 10} more` : '';
    super(`reader-facing text that must not ship (${problems.length}):\n${lines.join('\n')}${more}`);
    this.name = 'UserTextError';
    this.problems = problems;
  }
}

/** Throws, naming up to ten offending texts, when a feed has reader-facing text that breaks a rule. */
export function assertUserText(feed: Feed): void {
  const problems = feedTextProblems(feed);
  if (problems.length > 0) throw new UserTextError(problems);
}
