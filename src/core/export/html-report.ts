import type { Translate } from '../explain/plain-line.ts';
import { groupEvidence, siteFindingText, type ReportEntity, type ReportListing } from './report-model.ts';
import { dataAgeDays } from '../update/freshness.ts';
import { statusDetailParts } from '../explain/status-detail.ts';
import { DEFAULT_REPORT_LABELS, type EvidenceHit, type EvidenceInput, type ReportLabels } from './types.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A link only for http(s) URLs; anything else (javascript:, data:) is shown as plain text. */
function link(url: string | undefined): string {
  if (!url) return '';
  const safe = escapeHtml(url);
  return /^https?:\/\//i.test(url)
    ? `<a href="${safe}" rel="noreferrer noopener" translate="no">${safe}</a>`
    : `<span translate="no">${safe}</span>`;
}

/** The context with the first occurrence of the matched text marked. */
function contextHtml(h: EvidenceHit): string {
  const at = h.text ? h.context.indexOf(h.text) : -1;
  if (at < 0) return escapeHtml(h.context);
  const end = at + h.text.length;
  return `${escapeHtml(h.context.slice(0, at))}<mark>${escapeHtml(h.text)}</mark>${escapeHtml(h.context.slice(end))}`;
}

// translate="no" marks list and page data (names, citations, page text): it stays as published in every UI language.
function row(cells: string[], tag = 'td', dataCells: number[] = []): string {
  const open = (i: number) => (dataCells.includes(i) ? `<${tag} translate="no">` : `<${tag}>`);
  return `<tr>${cells.map((c, i) => `${open(i)}${c}</${tag}>`).join('')}</tr>`;
}

/** The status detail: a licence policy under its translated label, any other detail as published. */
function statusDetailHtml(detail: string | undefined, t: ReportLabels): string {
  if (!detail) return '';
  const d = statusDetailParts(detail);
  if (d.label)
    return `<p>${escapeHtml(t.licencePolicy)}: <span translate="no">${escapeHtml(d.value)}</span></p>`;
  return `<p translate="no">${escapeHtml(d.value)}</p>`;
}

function fact(label: string, valueHtml: string, isData = true): string {
  if (!valueHtml) return '';
  return `<dt>${escapeHtml(label)}</dt><dd${isData ? ' translate="no"' : ''}>${valueHtml}</dd>`;
}

/** Each listing as a block (a wide table breaks dates and names apart in print). */
function listingBlocks(listings: ReportListing[], t: ReportLabels): string {
  return listings
    .map((l) => {
      const status =
        escapeHtml(t.statusNames[l.status] ?? l.status) +
        (l.statusDate ? ` (${escapeHtml(l.statusDate)})` : '');
      const plain = l.plain ? `<p class="plain">${escapeHtml(l.plain)}</p>` : '';
      return `<div class="listing">${plain}<h4 translate="no">${escapeHtml(l.listName)}</h4><dl>
${fact(t.authority, escapeHtml(l.authority))}${fact(t.programme, escapeHtml(l.programme ?? ''))}
${fact(t.dateListed, escapeHtml(l.dateListed ?? ''))}${fact(t.status, status, false)}
${fact(t.citation, escapeHtml(l.citation ?? ''))}${fact(t.source, link(l.sourceUrl || l.listUrl))}
${fact(t.meaning, escapeHtml(l.meaningBuyer))}</dl>
${statusDetailHtml(l.statusDetail, t)}</div>`;
    })
    .join('\n');
}

function entitySection(e: ReportEntity, t: ReportLabels): string {
  const mentions = e.mentions.map((h) =>
    row(
      [escapeHtml(h.text), escapeHtml(t.confidenceNames[h.confidence] ?? h.confidence), contextHtml(h)],
      'td',
      [0, 2],
    ),
  );
  const table = e.mentions.length
    ? `<table><thead>${row([t.matchedText, t.confidence, t.context].map(escapeHtml), 'th')}</thead><tbody>${mentions.join('')}</tbody></table>`
    : '';
  return `<section class="entity"><h2 translate="no">${escapeHtml(e.name)}</h2>
${e.countries.length ? `<p class="meta" translate="no">${escapeHtml(e.countries.join(', '))}</p>` : ''}
<h3>${escapeHtml(t.listings)}</h3>${listingBlocks(e.listings, t)}
<h3>${escapeHtml(t.mentions)} (${e.mentions.length})</h3>${table}
</section>`;
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;color:#1b1f24;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin:1.5rem 0 .2rem;border-top:1px solid #ccd;padding-top:1rem}
h3{font-size:1rem;margin:.8rem 0 .3rem}table{border-collapse:collapse;width:100%;margin:.3rem 0}
th,td{border:1px solid #ccd;padding:.3rem .45rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
td:first-child,td:nth-child(2){white-space:nowrap}.listing{border:1px solid #ccd;border-radius:6px;padding:.5rem .8rem;margin:.4rem 0}
.listing h4{margin:0 0 .3rem;font-size:1rem}.plain{font-weight:600;margin:0 0 .3rem}.site{border:2px solid #b3261e;border-radius:6px;padding:.5rem .8rem}.listing p{margin:.3rem 0 0;color:#333}
th{background:#f1f3f6}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}.listing dl{grid-template-columns:9rem 1fr}mark{background:#ffe08a}.meta{color:#555;margin:0}footer{margin-top:2rem;color:#555}
@media print{body{margin:0;max-width:none}.listing{break-inside:avoid}a{color:inherit}}`;

/**
 * Builds a self-contained printable HTML report. Every piece of page or list text is escaped; links are emitted only
 * for http(s) URLs; a CSP meta tag forbids scripts and remote loads, so the file is inert even when opened locally.
 */
export function buildHtmlReport(
  input: EvidenceInput,
  labels: ReportLabels = DEFAULT_REPORT_LABELS,
  translate?: Translate,
  lang = 'en',
): string {
  const t = labels;
  const entities = groupEvidence(input, translate);
  const finding = siteFindingText(entities, t.siteFinding);
  const meta: [string, string][] = [
    [t.page, link(input.page.url)],
    [t.pageTitle, `<span translate="no">${escapeHtml(input.page.title)}</span>`],
    [t.capturedAt, escapeHtml(input.capturedAt)],
    [t.extension, escapeHtml(`${input.extension.name} ${input.extension.version}`)],
    [t.listVersion, escapeHtml(String(input.list.version))],
    [t.dataDate, escapeHtml(input.list.dataDate)],
    [t.dataAgeDays, escapeHtml(String(dataAgeDays(input.list.dataDate, Date.parse(input.capturedAt))))],
    [t.feedHash, `<code>${escapeHtml(input.list.feedHash)}</code>`],
  ];
  const summary = entities.map(
    (e) =>
      `<li><span translate="no">${escapeHtml(e.name)}</span> — ${escapeHtml(t.mentions)}: ${e.mentions.length} · ${escapeHtml(t.confidence)}: ${escapeHtml(t.confidenceNames[e.confidence])}</li>`,
  );
  const site = finding
    ? `<section class="site" aria-labelledby="h-site"><h2 id="h-site">${escapeHtml(t.siteHeading)}</h2><p>${escapeHtml(finding)}</p></section>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(`${t.title} — ${input.page.hostname}`)}</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(t.title)}</h1>
<dl>${meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>
${site}
<h2>${escapeHtml(t.summary)} (${entities.length})</h2>
${entities.length ? `<ul>${summary.join('')}</ul>` : `<p>${escapeHtml(t.noHits)}</p>`}
${entities.map((e) => entitySection(e, t)).join('\n')}
</main><footer>${escapeHtml(t.footer)}</footer></body></html>
`;
}
