// UTF-8 for the index's string table (core code has no TextEncoder/TextDecoder types: lib ES2022 only).

/** Code point at `i` of `s` as written to UTF-8: a lone surrogate becomes U+FFFD. */
function codePointAt(s: string, i: number): number {
  const c = s.codePointAt(i) as number;
  return c >= 0xd800 && c <= 0xdfff ? 0xfffd : c;
}

/** Number of UTF-8 bytes encodeUtf8Into writes for `s`. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = codePointAt(s, i);
    if (c > 0xffff) i++;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * Writes the UTF-8 bytes of `s` (lone surrogates as U+FFFD) into `out` from `at`; returns the offset after them.
 * Writes in place: building the string table allocates nothing per string.
 */
export function encodeUtf8Into(s: string, out: Uint8Array, at: number): number {
  let k = at;
  for (let i = 0; i < s.length; i++) {
    const c = codePointAt(s, i);
    if (c > 0xffff) i++;
    if (c < 0x80) out[k++] = c;
    else if (c < 0x800) {
      out[k++] = 0xc0 | (c >> 6);
      out[k++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[k++] = 0xe0 | (c >> 12);
      out[k++] = 0x80 | ((c >> 6) & 63);
      out[k++] = 0x80 | (c & 63);
    } else {
      out[k++] = 0xf0 | (c >> 18);
      out[k++] = 0x80 | ((c >> 12) & 63);
      out[k++] = 0x80 | ((c >> 6) & 63);
      out[k++] = 0x80 | (c & 63);
    }
  }
  return k;
}

/** Decodes bytes [start, end) written by encodeUtf8. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  const points: number[] = [];
  let i = start;
  while (i < end) {
    const b = bytes[i++] as number;
    if (b < 0x80) points.push(b);
    else if (b < 0xe0) points.push(((b & 31) << 6) | ((bytes[i++] as number) & 63));
    else if (b < 0xf0) {
      points.push(((b & 15) << 12) | (((bytes[i] as number) & 63) << 6) | ((bytes[i + 1] as number) & 63));
      i += 2;
    } else {
      const c = (b & 7) << 18;
      points.push(
        c |
          (((bytes[i] as number) & 63) << 12) |
          (((bytes[i + 1] as number) & 63) << 6) |
          ((bytes[i + 2] as number) & 63),
      );
      i += 3;
    }
  }
  let s = '';
  for (let p = 0; p < points.length; p += 4096) s += String.fromCodePoint(...points.slice(p, p + 4096));
  return s;
}
