// npm run eval -- --precision DIR [--browser]: ordinary text (npm run corpus writes some) through the matcher with
// the filter the extension applies at default settings, or through the built extension in Chromium. Every shown
// hit that is not a labelled true mention (eval/precision-labels.json) is a false badge, printed with its context
// and the name path that let it through.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Entry, Feed } from '../../src/core/list/format.ts';
import { buildMatchIndex, findMatches } from '../../src/core/match/index.ts';
import { getFoldTable } from '../../src/core/names/fold-table.ts';
import { filterHits, type HitCatalog } from '../../src/core/page/filter-hits.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema.ts';
import { explainHit, hitWindow, isTrueMention, perMb, type PrecisionLabel } from './precision.ts';
import type { CorpusFile } from './precision-browser.ts';

type SizedFile = CorpusFile & { bytes: number };

/** One shown hit: where, what, and (Node only) how it matched. */
interface Shown {
  file: string;
  entityId: string;
  surface: string;
  confidence: string;
  start: number;
  end: number;
  path?: string;
  cause?: string;
  name?: string;
}

function listFiles(dir: string): SizedFile[] {
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest))
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { files: SizedFile[] }).files;
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.txt') ? [join(d, e.name)] : [],
    );
  return walk(dir).map((p) => {
    const text = readFileSync(p, 'utf8');
    const cjk = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    return {
      file: relative(dir, p),
      language: cjk > text.length * 0.1 ? 'zh' : 'en',
      bytes: Buffer.byteLength(text),
    };
  });
}

function nodeShown(
  catalog: HitCatalog,
  text: string,
  file: string,
  idx: ReturnType<typeof buildMatchIndex>,
): Shown[] {
  const table = getFoldTable();
  return filterHits(findMatches(idx, text), catalog, DEFAULT_SETTINGS, 'localhost').map((hit) => {
    const surface = text.slice(hit.start, hit.end);
    const entry = catalog.entities.get(hit.entityId);
    const p = entry ? explainHit(entry, hit, surface, table) : undefined;
    return {
      file,
      entityId: hit.entityId,
      surface,
      confidence: hit.confidence,
      start: hit.start,
      end: hit.end,
      name: hit.name,
      path: `"${hit.name}" ${p?.nameType}, ${p?.form}, ${p?.shape}; ${entry?.kind} ${entry?.countries.join('/') || '-'}`,
      cause: `${p?.nameType} · ${p?.form.startsWith('derived') ? 'derived' : p?.form} · ${p?.shape}`,
    };
  });
}

export async function runPrecision(
  dir: string,
  feedPath: string,
  labelsPath: string,
  browser: boolean,
): Promise<void> {
  if (!existsSync(dir)) {
    console.error(`eval: ${dir} not found. Run \`npm run corpus\` first, or pass a folder of .txt files.`);
    process.exit(1);
  }
  const feed = JSON.parse(readFileSync(feedPath, 'utf8')) as Feed;
  const labels = (JSON.parse(readFileSync(labelsPath, 'utf8')) as { labels: PrecisionLabel[] }).labels;
  const catalog: HitCatalog = {
    entities: new Map(feed.entries.map((e): [string, Entry] => [e.id, e])),
    lists: new Map(feed.lists.map((l) => [l.id, l])),
  };
  const files = listFiles(dir);
  const texts = new Map(files.map((f) => [f.file, readFileSync(join(dir, f.file), 'utf8')]));
  let shown: Shown[];
  if (browser) {
    const { browserBadges } = await import('./precision-browser.ts');
    shown = (await browserBadges(dir, files)).map((b) => {
      // The badge carries its text, not its offset: the context shown is that of the first occurrence.
      const start = Math.max(0, (texts.get(b.file) ?? '').indexOf(b.text));
      return { ...b, surface: b.text, start, end: start + b.text.length };
    });
  } else {
    const idx = buildMatchIndex(feed.entries);
    shown = files.flatMap((f) => nodeShown(catalog, texts.get(f.file) ?? '', f.file, idx));
  }
  report(files, texts, shown, labels, catalog, browser);
}

function report(
  files: SizedFile[],
  texts: Map<string, string>,
  shown: Shown[],
  labels: PrecisionLabel[],
  catalog: HitCatalog,
  browser: boolean,
): void {
  const language = new Map(files.map((f) => [f.file, f.language]));
  const stats = new Map<string, { bytes: number; shown: number; falses: number }>();
  for (const f of files) {
    const s = stats.get(f.language) ?? { bytes: 0, shown: 0, falses: 0 };
    s.bytes += f.bytes;
    stats.set(f.language, s);
  }
  const causes = new Map<string, number>();
  const names = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const h of shown) {
    const s = stats.get(language.get(h.file) ?? 'en');
    if (!s) continue;
    s.shown++;
    if (isTrueMention(labels, h.file, h.entityId, h.surface)) continue;
    s.falses++;
    bump(causes, h.cause ?? `${h.confidence}`);
    bump(names, h.name ?? `${h.surface} → ${h.entityId}`);
    const entry = catalog.entities.get(h.entityId);
    console.log(`${h.file}  ${hitWindow(texts.get(h.file) ?? '', h.start, h.end)}`);
    console.log(
      `    → ${h.entityId} (${entry?.names[0]?.text}) ${h.confidence}${h.path ? `: ${h.path}` : ''}`,
    );
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${String(v).padStart(4)}  ${k}`);
  console.log(
    `\nfalse badges by ${browser ? 'confidence' : 'name type · form · shape'}:\n${top(causes, 20).join('\n')}`,
  );
  console.log(
    `most frequent ${browser ? 'texts' : 'listed names'} behind them:\n${top(names, 25).join('\n')}`,
  );
  console.log(
    browser
      ? '\nprecision at default settings (extension in Chromium; badges drawn, at most 3 per entity per ~1 MB page)'
      : '\nprecision at default settings (matcher only; badges and highlights count alike)',
  );
  console.log('  language      MB   shown   true  false  false/MB');
  const total = { bytes: 0, shown: 0, falses: 0 };
  const row = (lang: string, v: typeof total) =>
    console.log(
      `  ${lang.padEnd(8)} ${(v.bytes / 1e6).toFixed(2).padStart(7)} ${String(v.shown).padStart(7)} ${String(v.shown - v.falses).padStart(6)} ${String(v.falses).padStart(6)} ${perMb(v.falses, v.bytes).toFixed(2).padStart(9)}`,
    );
  for (const [lang, v] of [...stats].sort()) {
    row(lang, v);
    total.bytes += v.bytes;
    total.shown += v.shown;
    total.falses += v.falses;
  }
  row('total', total);
}
