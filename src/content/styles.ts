// The overlay's one style sheet, as text: adopted by its closed shadow root only (never by the page).
import { FAMILY_COLOURS, HISTORIC_COLOURS } from '../shared/family-colours.ts';

const FAMILY_RULES = Object.entries(FAMILY_COLOURS)
  .map(([fam, c]) => `.f-${fam}{--sl-c:${c.solid};--sl-line:${c.line};--sl-tint:${c.tint};}`)
  .join('\n');

/**
 * The host: absolute at the top-left of the page with no size, so it never moves or resizes anything of the page;
 * page CSS cannot restyle it (!important inside a shadow tree beats the page's !important on its host).
 */
const HOST = `:host{all:initial !important;display:block !important;position:absolute !important;left:0 !important;
  top:0 !important;width:0 !important;height:0 !important;overflow:visible !important;z-index:2147483646 !important;
  pointer-events:none !important;user-select:none !important;-webkit-user-select:none !important;}
@media print{:host{display:none !important;}}`;

export const BADGE_FONT = `system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Microsoft YaHei",sans-serif`;

/** Marks: a tint over the name and an underline; badges: the full label, or a compact raised marker. */
const MARKS_AND_BADGES = `.layer{position:absolute;left:0;top:0;width:0;height:0;}
${FAMILY_RULES}
.f-historic{--sl-c:${HISTORIC_COLOURS.solid};--sl-line:${HISTORIC_COLOURS.line};--sl-tint:${HISTORIC_COLOURS.tint};}
.m{position:absolute;left:0;top:0;box-sizing:border-box;background:var(--sl-tint);border-bottom:2px solid var(--sl-line);
  border-radius:2px 2px 0 0;pointer-events:none;}
.b{all:unset;position:absolute;left:0;top:0;box-sizing:border-box;display:inline-flex;align-items:center;gap:0.32em;
  cursor:pointer;pointer-events:auto;white-space:nowrap;font:600 1em/1 ${BADGE_FONT};letter-spacing:0.01em;color:#fff;
  background:var(--sl-c);padding:0 0.5em 0 0.42em;border-radius:0.5em;
  box-shadow:0 0 0 1px rgba(255,255,255,0.7),0 1px 3px rgba(16,24,40,0.3);}
.b.gone{display:none;}
.b:hover{filter:brightness(1.1);}
.b:focus-visible{outline:2px solid var(--sl-line);outline-offset:2px;}
.b.c-possible{background:#fff;color:var(--sl-c);box-shadow:inset 0 0 0 1.5px var(--sl-c),0 1px 3px rgba(16,24,40,0.3);}
.b.dark.c-possible{background:#1c2230;color:var(--sl-line);box-shadow:inset 0 0 0 1.5px var(--sl-line);}
.b.compact{padding:0;justify-content:center;border-radius:50%;}
.b.compact .l,.b.compact .h,.b.compact .meter{display:none;}
.b.compact svg{width:0.72em;height:0.72em;}
@media (pointer:coarse){.b.compact::before{content:"";position:absolute;inset:-6px;border-radius:50%;}}
.b.compact.open{width:auto !important;margin-left:calc(-1 * var(--sl-shift,0px));padding:0 0.5em 0 0.42em;border-radius:0.5em;z-index:1;}
.b.compact.open .l,.b.compact.open .h,.b.compact.open .meter{display:inline-flex;}
.b.compact.open svg{width:1.05em;height:1.05em;}
svg{width:1.05em;height:1.05em;flex:none;}
.meter{display:inline-flex;gap:0.12em;align-items:flex-end;height:0.8em;margin-left:0.1em;}
.meter i{display:block;width:0.2em;background:currentColor;opacity:0.35;border-radius:0.1em;}
.meter i:nth-child(1){height:40%;}.meter i:nth-child(2){height:70%;}.meter i:nth-child(3){height:100%;}
.meter i.on{opacity:1;}
.h{font-weight:500;font-style:italic;opacity:0.9;}
.tip{position:absolute;left:0;top:0;z-index:2;box-sizing:border-box;width:max-content;max-width:calc(var(--sl-vw,100vw) - 8px);pointer-events:none;font:500 12px/1.35 ${BADGE_FONT};
  color:#fff;background:#1d2433;padding:4px 8px;border-radius:6px;
  box-shadow:0 0 0 1px rgba(255,255,255,0.22),0 4px 12px rgba(16,24,40,0.25);}
.cardpos{position:absolute;left:0;top:0;z-index:3;pointer-events:auto;}`;

const CARD = `.card{box-sizing:border-box;width:min(400px,calc(var(--sl-vw,100vw) - 16px));
  max-height:min(var(--sl-maxh,72vh),72vh,560px);overflow:hidden;
  display:flex;flex-direction:column;outline:none;
  font:14px/1.45 ${BADGE_FONT};
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
.done{font-size:13px;font-weight:600;color:#067647;padding:6px 0;}.dark .done{color:#75e0a7;}`;

/** The vendor banner: a small bar docked at the bottom of the window (site navigation sits at the top). */
const BANNER = `.bannerpos{position:fixed;z-index:4;bottom:8px;left:50%;transform:translateX(-50%);
  width:min(720px,calc(var(--sl-vw,100vw) - 16px));pointer-events:auto;}
.bar{box-sizing:border-box;display:flex;align-items:center;gap:10px;padding:6px 6px 6px 12px;
  font:13px/1.35 ${BADGE_FONT};
  color:#1d2433;background:#fff;border:1px solid #d0d5dd;border-left:5px solid var(--sl-c);border-radius:10px;
  box-shadow:0 8px 24px rgba(16,24,40,0.16);}
.bar .chip{flex:none;display:inline-flex;align-items:center;gap:5px;font-size:12px;font-weight:650;color:#fff;
  background:var(--sl-c);padding:3px 8px;border-radius:6px;}
.bar .chip svg{width:14px;height:14px;flex:none;}
.msg{flex:1;}
.lists{display:block;font-size:12px;color:#667085;margin-top:2px;}
.bar button{all:unset;cursor:pointer;font-size:13px;font-weight:600;padding:6px 10px;border-radius:8px;color:#344054;}
.bar button:hover{background:#f2f4f7;}
.bar button:focus-visible{outline:2px solid #2e90fa;outline-offset:2px;}
.x{font-size:18px;line-height:1;padding:4px 8px;color:#667085;}
@media (max-width:480px){.lists{display:none;}.bar{flex-wrap:wrap;gap:2px 6px;font-size:12px;padding:6px 6px 8px 10px;}
  .bar .chip{margin-right:auto;}.msg{order:1;flex:1 1 100%;padding-right:4px;}}`;

export const OVERLAY_CSS = `${HOST}\n${MARKS_AND_BADGES}\n${CARD}\n${BANNER}`;
