/**
 * Splits `text` into pieces of at most `maxBytes` UTF-8 bytes, at line breaks where possible (a longer line is
 * cut at a character boundary). Each piece stands for one page: per-page limits (badges per entity) apply to it.
 */
export function chunkText(text: string, maxBytes: number): string[] {
  const out: string[] = [];
  let cur = '';
  let curBytes = 0;
  const push = () => {
    if (cur.trim().length > 0) out.push(cur);
    cur = '';
    curBytes = 0;
  };
  for (const line of text.split(/(?<=\n)/)) {
    const bytes = Buffer.byteLength(line);
    if (curBytes + bytes > maxBytes) push();
    if (bytes <= maxBytes) {
      cur += line;
      curBytes += bytes;
      continue;
    }
    let piece = '';
    let pieceBytes = 0;
    for (const ch of line) {
      const b = Buffer.byteLength(ch);
      if (pieceBytes + b > maxBytes) {
        out.push(piece);
        piece = '';
        pieceBytes = 0;
      }
      piece += ch;
      pieceBytes += b;
    }
    cur = piece;
    curBytes = pieceBytes;
  }
  push();
  return out;
}

/**
 * 'hant' when more than `share` of the ideographs in `text` fold to another (simplified) character, else 'hans'.
 * `fold` maps a UTF-16 code unit to its folded one (the matcher's fold table).
 */
export function chineseScript(text: string, fold: ArrayLike<number>, share = 0.08): 'hans' | 'hant' {
  let cjk = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    cjk++;
    if ((fold[c] ?? c) !== c) traditional++;
  }
  return cjk > 0 && traditional / cjk > share ? 'hant' : 'hans';
}
