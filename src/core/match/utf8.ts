// UTF-8 for the index's string table (core code has no TextEncoder/TextDecoder types: lib ES2022 only).

/** UTF-8 bytes of a string (lone surrogates become U+FFFD). */
export function encodeUtf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    let c = ch.codePointAt(0) ?? 0xfffd;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
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
