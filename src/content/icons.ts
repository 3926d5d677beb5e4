// Small line icons for the list families, built as SVG DOM (no markup strings).
import type { ListFamily } from '../core/list/format.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

const PATHS: Record<ListFamily, string> = {
  sanctions: 'M8 1.8a6.2 6.2 0 1 0 0 12.4A6.2 6.2 0 0 0 8 1.8z M3.6 3.6l8.8 8.8',
  'export-control':
    'M9 2.5h4.5V7 M13.5 2.5 7.5 8.5 M11.5 9.5v3.5a.5.5 0 0 1-.5.5H3a.5.5 0 0 1-.5-.5V5a.5.5 0 0 1 .5-.5h3.5',
  'procurement-ban': 'M1.5 2.5h2l1.6 7.5h7.4l1.5-5.5H4.3 M6.5 12.6v.8 M11.5 12.6v.8',
  'forced-labour':
    'M6.5 9.5l3-3 M7 4.5l1.2-1.2a2.6 2.6 0 0 1 3.7 3.7L10.7 8.2 M9 11.5l-1.2 1.2a2.6 2.6 0 0 1-3.7-3.7L5.3 7.8',
  'app-ban': 'M4.5 1.5h7v13h-7z M7 12.2h2',
  watchlist:
    'M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8s-2.4 4.5-6.5 4.5S1.5 8 1.5 8z M8 6.2a1.8 1.8 0 1 0 0 3.6 1.8 1.8 0 0 0 0-3.6z',
};

/** A decorative (aria-hidden) icon for a list family, drawn in currentColor. */
export function familyIcon(doc: Document, family: ListFamily): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', PATHS[family]);
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.7');
  path.setAttribute('stroke-linecap', 'round');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}
