// The items of a JSON list read one at a time: a small scanner finds where each item ends and JSON.parse reads that
// item alone. One JSON.parse of a whole 5 MB file is one long task in the worker (page matching waits for it); item
// by item, a caller can pause between items. Hostile text stays cheap: every character is looked at a bounded
// number of times, an item longer than `maxItemChars` or nested deeper than `maxDepth` is refused as soon as the
// scanner passes the limit, and truncated text is refused like any other invalid JSON.

/** Yielded between items after about PAUSE_CHARS characters of text were read (see jsonListItems). */
export const JSON_PAUSE: unique symbol = Symbol('pause');

/** Characters read between two pauses. */
const PAUSE_CHARS = 256 * 1024;

/** The text is valid JSON but holds no list where one is expected. */
export class JsonNotListError extends Error {}

export interface JsonListOptions {
  /** File name for error messages. */
  file: string;
  /** For a top-level object, the key whose value is the list (another value there is a JsonNotListError). */
  key: string;
  /** Longest item, and longest value of another key of a top-level object, in characters of text. */
  maxItemChars: number;
  /** Deepest nesting of arrays and objects inside one item. */
  maxDepth: number;
}

const WS = /[ \t\n\r]*/y;
/** The characters that matter inside an array or object: quotes and brackets. */
const STRUCTURE = /["[\]{}]/g;
/** Where a number, true, false or null ends. */
const SCALAR_END = /[ \t\n\r,\]}]/g;

/**
 * Items of the list in `text`: the whole text when it is a JSON array, else the value under `key` of a top-level
 * object. Yields each item parsed (JSON.parse of its own text) and JSON_PAUSE now and then; throws an Error naming
 * the file for invalid JSON ("not valid JSON"), an item over the limits, or a second `key`, and a JsonNotListError
 * when there is no list.
 */
export function* jsonListItems(text: string, opts: JsonListOptions): Generator<unknown, void, void> {
  const { file } = opts;
  const invalid = (): Error => new Error(`${file}: not valid JSON`);
  let at = skipSpace(text, 0);
  let readSincePause = 0;
  /** Reads one value from `at` (an item, or another key's value); returns its text. */
  const value = (what: string): string => {
    const end = valueEnd(text, at, opts, what);
    const raw = text.slice(at, end);
    readSincePause += end - at;
    at = skipSpace(text, end);
    return raw;
  };
  const parse = (raw: string): unknown => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      throw invalid();
    }
  };
  /** Reads the items of the array opening at `at`. */
  function* items(): Generator<unknown, void, void> {
    at = skipSpace(text, at + 1);
    if (text[at] === ']') {
      at = skipSpace(text, at + 1);
      return;
    }
    for (let n = 1; ; n++) {
      yield parse(value(`item ${n}`));
      if (readSincePause >= PAUSE_CHARS) {
        readSincePause = 0;
        yield JSON_PAUSE;
      }
      const c = text[at];
      at = skipSpace(text, at + 1);
      if (c === ']') return;
      if (c !== ',') throw invalid();
    }
  }
  if (text[at] === '[') yield* items();
  else if (text[at] === '{') {
    let isFound = false;
    at = skipSpace(text, at + 1);
    if (text[at] !== '}') {
      for (;;) {
        if (text[at] !== '"') throw invalid();
        const name = parse(value('a key'));
        if (text[at] !== ':') throw invalid();
        at = skipSpace(text, at + 1);
        if (name === opts.key) {
          if (isFound) throw new Error(`${file}: "${opts.key}" is given twice`);
          isFound = true;
          if (text[at] !== '[') {
            parse(value(`"${opts.key}"`));
            throw new JsonNotListError(`${file}: "${opts.key}" is not a list`);
          }
          yield* items();
        } else parse(value(`the value of ${JSON.stringify(name)}`));
        const c = text[at];
        at = skipSpace(text, at + 1);
        if (c === '}') break;
        if (c !== ',') throw invalid();
      }
    } else at = skipSpace(text, at + 1);
    if (at < text.length) throw invalid();
    if (!isFound) throw new JsonNotListError(`${file}: no "${opts.key}" list`);
    return;
  } else throw new JsonNotListError(`${file}: not a list`);
  if (at < text.length) throw invalid();
}

function skipSpace(text: string, from: number): number {
  WS.lastIndex = from;
  WS.test(text);
  return WS.lastIndex;
}

/**
 * Index just past the JSON value starting at `start` (not checked beyond its brackets and quotes: JSON.parse of
 * its text checks the rest). Throws when it is longer than maxItemChars, deeper than maxDepth or never ends.
 */
function valueEnd(text: string, start: number, opts: JsonListOptions, what: string): number {
  const limit = Math.min(text.length, start + opts.maxItemChars);
  const tooLong = () => new Error(`${opts.file}: ${what} is longer than ${opts.maxItemChars} characters`);
  const invalid = () => new Error(`${opts.file}: not valid JSON`);
  const first = text[start];
  if (first === undefined) throw invalid();
  if (first === '"') {
    const end = stringEnd(text, start, limit);
    if (end < 0) throw start + opts.maxItemChars < text.length ? tooLong() : invalid();
    return end;
  }
  if (first !== '[' && first !== '{') {
    SCALAR_END.lastIndex = start;
    const end = SCALAR_END.test(text) ? SCALAR_END.lastIndex - 1 : text.length;
    if (end - start > opts.maxItemChars) throw tooLong();
    return end;
  }
  let depth = 0;
  let i = start;
  while (i < limit) {
    STRUCTURE.lastIndex = i;
    if (!STRUCTURE.test(text)) break;
    const k = STRUCTURE.lastIndex - 1;
    if (k >= limit) break;
    const c = text[k];
    if (c === '"') {
      const end = stringEnd(text, k, limit);
      if (end < 0) break;
      i = end;
      continue;
    }
    i = k + 1;
    if (c === '[' || c === '{') {
      depth += 1;
      if (depth > opts.maxDepth)
        throw new Error(`${opts.file}: ${what} is nested more than ${opts.maxDepth} deep`);
    } else {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  throw limit < text.length ? tooLong() : invalid();
}

/** Index just past the string whose opening quote is at `start`, or -1 when it does not close before `limit`. */
function stringEnd(text: string, start: number, limit: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0 || q >= limit) return -1;
    // A quote is escaped when an odd number of backslashes stands before it.
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === 92) slashes += 1;
    if (slashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}
