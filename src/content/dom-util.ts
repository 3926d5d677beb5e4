// Small DOM helpers shared by badge, card and banner: element creation with text only, shared sheets, page theme.

/** Creates an element with optional class and text (set with textContent, never parsed as markup). */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Applies `css` to a closed shadow root: one constructed sheet shared by every root of that kind, or a style
 * element where constructed sheets are unavailable.
 */
export function applyShadowCss(root: ShadowRoot, css: string): void {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

function luminance(rgb: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?/.exec(rgb);
  if (!m) return null;
  if (m[4] !== undefined && Number(m[4]) < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** True when the first opaque background behind `node` is dark (cards and badges then use their dark style). */
export function isDarkBehind(node: Element | null): boolean {
  for (let e = node; e; e = e.parentElement) {
    const lum = luminance(getComputedStyle(e).backgroundColor);
    if (lum !== null) return lum < 0.4;
  }
  return false;
}

/** True for http(s) URLs only: list data never gets to put another scheme into an href. */
export function isWebUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
