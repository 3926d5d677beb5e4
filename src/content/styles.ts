// Style sheets as text: the page-level ::highlight() rules and the shadow-root sheets of badge, card and banner.
import type { ListFamily } from '../core/list/format.ts';
import { FAMILY_COLOURS, HISTORIC_COLOURS } from '../shared/family-colours.ts';

/** Highlight registry name for a family (or the historic style). */
export function highlightName(family: ListFamily | 'historic'): string {
  return `sl-hit-${family}`;
}

/** Rules that style the highlighted names; adopted by the document (and open shadow roots) only while hits exist. */
export function highlightCss(): string {
  const entries = [...Object.entries(FAMILY_COLOURS), ['historic', HISTORIC_COLOURS] as const];
  const rules = entries.map(
    ([fam, c]) =>
      `::highlight(${highlightName(fam as ListFamily)}){background-color:${c.tint};` +
      `text-decoration:underline 2px ${c.line};text-underline-offset:0.18em;}`,
  );
  return `${rules.join('\n')}\n@media print{${entries
    .map(
      ([fam]) =>
        `::highlight(${highlightName(fam as ListFamily)}){background-color:transparent;text-decoration:none;}`,
    )
    .join('')}}`;
}

const FAMILY_RULES = Object.entries(FAMILY_COLOURS)
  .map(([fam, c]) => `.f-${fam}{--sl-c:${c.solid};--sl-line:${c.line};}`)
  .join('\n');

/** Host reset shared by every element we put in a page: page CSS cannot restyle it (inner !important wins). */
const HOST_RESET = `:host{all:initial !important;user-select:none !important;-webkit-user-select:none !important;}`;
/** Last in every sheet so it beats the display value set above it. */
const PRINT_HIDDEN = `@media print{:host{display:none !important;}}`;

export const BADGE_CSS = `${HOST_RESET}
:host{display:inline-block !important;font-size:max(10px,0.72em) !important;line-height:1 !important;
  margin:0 0.15em 0 0.3em !important;vertical-align:0.08em !important;text-indent:0 !important;white-space:nowrap !important;}
${FAMILY_RULES}
.f-historic{--sl-c:${HISTORIC_COLOURS.solid};--sl-line:${HISTORIC_COLOURS.line};}
button{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;gap:0.32em;cursor:pointer;
  font:600 1em/1.2 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;
  letter-spacing:0.01em;color:#fff;background:var(--sl-c);padding:0.17em 0.5em 0.17em 0.42em;border-radius:0.5em;
  box-shadow:0 0 0 1px rgba(255,255,255,0.28),0 1px 2px rgba(16,24,40,0.18);}
button:hover{filter:brightness(1.1);}
button:focus-visible{outline:2px solid var(--sl-line);outline-offset:2px;}
.c-possible{background:transparent;color:var(--sl-c);box-shadow:inset 0 0 0 1.5px var(--sl-c);border:0;}
.dark .c-possible{color:var(--sl-line);box-shadow:inset 0 0 0 1.5px var(--sl-line);}
svg{width:1.05em;height:1.05em;flex:none;}
.n{font-weight:500;opacity:0.92;max-width:14em;overflow:hidden;text-overflow:ellipsis;}
.meter{display:inline-flex;gap:0.12em;align-items:flex-end;height:0.8em;margin-left:0.1em;}
.meter i{display:block;width:0.2em;background:currentColor;opacity:0.35;border-radius:0.1em;}
.meter i:nth-child(1){height:40%;}.meter i:nth-child(2){height:70%;}.meter i:nth-child(3){height:100%;}
.meter i.on{opacity:1;}
.h{font-weight:500;font-style:italic;opacity:0.9;}
${PRINT_HIDDEN}`;

export const CARD_CSS = `${HOST_RESET}
:host{position:fixed !important;z-index:2147483647 !important;display:block !important;
  left:var(--sl-left,8px) !important;top:var(--sl-top,8px) !important;}
${FAMILY_RULES}
.card{box-sizing:border-box;width:min(400px,calc(100vw - 16px));max-height:var(--sl-maxh,min(72vh,560px));overflow:hidden;
  display:flex;flex-direction:column;outline:none;
  font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;
  color:#1d2433;background:#fff;border:1px solid #d0d5dd;border-radius:12px;
  box-shadow:0 12px 32px rgba(16,24,40,0.18),0 2px 6px rgba(16,24,40,0.08);}
.card.dark{color:#e6e9ef;background:#1c2230;border-color:#3a4356;box-shadow:0 12px 32px rgba(0,0,0,0.5);}
.body{flex:1 1 auto;min-height:0;overflow:auto;overscroll-behavior:contain;scrollbar-width:thin;
  scrollbar-color:#c3c9d5 transparent;}
.dark .body{scrollbar-color:#475467 transparent;}
div.head{flex:none;display:flex;align-items:flex-start;gap:10px;padding:14px 14px 10px 16px;border-bottom:1px solid #eaecf0;}
.dark div.head{border-color:#323a4c;}
h2{margin:0;flex:1;font-size:16px;line-height:1.3;font-weight:650;overflow-wrap:anywhere;}
.kind{display:block;font-size:12px;font-weight:500;color:#667085;margin-top:2px;text-transform:capitalize;}
.dark .kind,.dark .muted{color:#98a2b3;}
.close{all:unset;cursor:pointer;width:28px;height:28px;border-radius:8px;display:grid;place-items:center;
  font-size:20px;line-height:1;color:#667085;flex:none;}
.close:hover{background:#f2f4f7;}.dark .close:hover{background:#2a3244;}
.close:focus-visible,.act:focus-visible,a:focus-visible{outline:2px solid #2e90fa;outline-offset:2px;}
.match{padding:10px 16px;font-size:13px;color:#475467;background:#f9fafb;border-bottom:1px solid #eaecf0;}
.dark .match{color:#c3c9d5;background:#222a3a;border-color:#323a4c;}
.conf{display:inline-block;margin-top:2px;font-weight:600;}
.conf.c-possible{color:#b54708;}.dark .conf.c-possible{color:#fdb022;}
h3{margin:12px 16px 4px;font-size:12px;letter-spacing:0.05em;text-transform:uppercase;color:#667085;font-weight:600;}
ul{list-style:none;margin:0;padding:0 16px 4px;}
li{padding:10px 0;border-bottom:1px solid #eaecf0;}.dark li{border-color:#323a4c;}
li:last-child{border-bottom:0;}
.lt{display:flex;flex-wrap:wrap;align-items:center;gap:6px;font-weight:600;}
.chip{display:inline-block;font-size:11px;font-weight:650;color:#fff;background:var(--sl-c);padding:2px 7px;border-radius:6px;}
.st{display:inline-block;font-size:11px;font-weight:600;padding:1px 7px;border-radius:999px;border:1px solid currentColor;}
.st-in_force{color:#b42318;}.dark .st-in_force{color:#fda29b;}
.st-revoked,.st-removed{color:#475467;text-decoration:line-through;}.dark .st-revoked,.dark .st-removed{color:#98a2b3;}
.st-enjoined,.st-pending,.st-unclear{color:#b54708;}.dark .st-enjoined,.dark .st-pending,.dark .st-unclear{color:#fdb022;}
.historic .lt .name{color:#667085;}
.plain{font-weight:600;margin:0 0 4px;}
p{margin:4px 0 0;font-size:13px;}
.muted{color:#667085;font-size:12px;}
.summary{margin:4px 0;font-weight:500;}
b{font-weight:600;}
a{color:#175cd3;text-decoration:underline;text-underline-offset:2px;}.dark a{color:#84caff;}
div.foot{flex:none;display:flex;flex-wrap:wrap;gap:8px;padding:12px 16px 14px;border-top:1px solid #eaecf0;}
.dark div.foot{border-color:#323a4c;}
.act{all:unset;cursor:pointer;font-size:13px;font-weight:600;padding:6px 10px;border-radius:8px;
  border:1px solid #d0d5dd;color:#344054;background:#fff;}
.act:hover{background:#f9fafb;}
.dark .act{color:#e6e9ef;background:#2a3244;border-color:#475467;}.dark .act:hover{background:#323b50;}
.done{font-size:13px;font-weight:600;color:#067647;padding:6px 0;}.dark .done{color:#75e0a7;}
${PRINT_HIDDEN}`;

export const BANNER_CSS = `${HOST_RESET}
:host{position:fixed !important;z-index:2147483646 !important;top:8px !important;left:50% !important;
  transform:translateX(-50%) !important;display:block !important;width:min(760px,calc(100vw - 16px)) !important;}
${FAMILY_RULES}
.bar{box-sizing:border-box;display:flex;align-items:center;gap:12px;padding:10px 10px 10px 14px;
  font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;
  color:#1d2433;background:#fff;border:1px solid #d0d5dd;border-left:5px solid var(--sl-c);border-radius:10px;
  box-shadow:0 8px 24px rgba(16,24,40,0.16);}
.chip{flex:none;display:inline-flex;align-items:center;gap:5px;font-size:12px;font-weight:650;color:#fff;
  background:var(--sl-c);padding:3px 8px;border-radius:6px;}
.chip svg{width:14px;height:14px;flex:none;}
.msg{flex:1;}
.lists{display:block;font-size:12px;color:#667085;margin-top:2px;}
button{all:unset;cursor:pointer;font-size:13px;font-weight:600;padding:6px 10px;border-radius:8px;color:#344054;}
button:hover{background:#f2f4f7;}
button:focus-visible{outline:2px solid #2e90fa;outline-offset:2px;}
.x{font-size:18px;line-height:1;padding:4px 8px;color:#667085;}
${PRINT_HIDDEN}`;
