/** A rectangle in one coordinate space (client pixels). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface BadgeFit {
  /** Client rects of the name, in reading order (empty when it is not laid out). */
  nameRects: readonly Box[];
  /** What of the page is visible around the name (clipping scroll containers, the viewport's width). */
  clip: Box;
  /** Rect of the first non-space character after the name in its block, if any. */
  nextChar: Box | null;
  /** Right edge of the name's block (where its lines end). */
  lineEnd: number;
  /** Width of the full label at a 12 px font size. */
  labelWidth12: number;
}

export interface BadgePlace {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Font size of the badge in px, from the name's line height. */
  fontSize: number;
  /** A small marker (the full label shows on hover or focus): the line has no room for the label. */
  isCompact: boolean;
  /** How far a compact marker moves left while it shows its full label, so the label stays inside `clip`. */
  openShift: number;
}

/** The name's last laid-out line box: where its badge goes. */
export function lastLine(rects: readonly Box[]): Box | null {
  let last: Box | null = null;
  for (const r of rects) {
    if (r.right - r.left <= 0 || r.bottom - r.top <= 0) continue;
    if (!last || r.top >= last.bottom - 1 || (Math.abs(r.top - last.top) < 1 && r.right > last.right))
      last = r;
  }
  return last;
}

/** Intersection of two boxes, or null when they do not overlap. */
export function intersect(a: Box, b: Box): Box | null {
  const r = {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
  return r.right > r.left && r.bottom > r.top ? r : null;
}

/**
 * Where a badge goes for a name: just after the end of the name on its last line. The full label when the line
 * has room for it there (nothing follows the name on that line, or the gap is wide enough), else a compact
 * marker raised to the top of the line like a footnote sign. Null when the name's end is clipped away (scrolled
 * out of its container, or not laid out). Never reaches past the right edge of `clip`, nor above its top (a
 * raised marker under a sticky header comes down into its line instead).
 */
export function placeBadge(f: BadgeFit): BadgePlace | null {
  const line = lastLine(f.nameRects);
  if (!line) return null;
  const h = line.bottom - line.top;
  const endX = line.right;
  const midY = (line.top + line.bottom) / 2;
  if (endX < f.clip.left || endX > f.clip.right + 1 || midY < f.clip.top || midY > f.clip.bottom) return null;
  const fontSize = Math.round(Math.min(15, Math.max(10, h * 0.62)));
  const gap = Math.round(fontSize * 0.3);
  const fullW = Math.ceil((f.labelWidth12 * fontSize) / 12);
  const fullH = Math.round(fontSize * 1.45);
  const sameLine =
    f.nextChar !== null && Math.abs(f.nextChar.top - line.top) < h / 2 && f.nextChar.left >= endX - 1;
  const room = (sameLine && f.nextChar ? f.nextChar.left : Math.min(f.lineEnd, f.clip.right)) - endX;
  if (room >= fullW + gap) {
    return {
      left: Math.round(endX + gap),
      top: Math.round(Math.max(f.clip.top, midY - fullH / 2)),
      width: fullW,
      height: fullH,
      fontSize,
      isCompact: false,
      openShift: 0,
    };
  }
  const d = Math.round(fontSize * 1.1);
  const left = Math.round(Math.min(endX - d * 0.15, f.clip.right - d));
  return {
    left,
    top: Math.round(Math.max(f.clip.top, line.top + h * 0.08 - d / 2)),
    width: d,
    height: d,
    fontSize,
    isCompact: true,
    openShift: Math.max(0, Math.min(left - f.clip.left, Math.ceil(left + fullW - f.clip.right))),
  };
}
