// npm run eval -- --precision DIR: the matcher over a folder of ordinary text (npm run corpus writes one), with the
// filter the extension applies at default settings; every shown hit that is not a labelled true mention
// (eval/precision-labels.json) is a false badge, printed with its context and the name path that let it through.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Feed } from '../../src/core/list/format.ts';
import { buildMatchIndex, findMatches } from '../../src/core/match/index.ts';
import { getFoldTable } from '../../src/core/names/fold-table.ts';
import { filterHits, type HitCatalog } from '../../src/core/page/filter-hits.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema.ts';
import { explainHit, hitWindow, isTrueMention, perMb, type PrecisionLabel } from './precision.ts';

interface CorpusFile {
  file: string;
  language: string;
}

function listFiles(dir: string): CorpusFile[] {
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest))
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { files: CorpusFile[] }).files;
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.txt') ? [join(d, e.name)] : [],
    );
  return walk(dir).map((p) => {
    const text = readFileSync(p, 'utf8');
    const cjk = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    return { file: relative(dir, p), language: cjk * 3 > text.length * 0.3 ? 'zh' : 'en' };
  });
}

export function runPrecision(dir: string, feedPath: string, labelsPath: string): void {
  if (!existsSync(dir)) {
    console.error(`eval: ${dir} not found. Run \`npm run corpus\` first, or pass a folder of .txt files.`);
    process.exit(1);
  }
  const feed = JSON.parse(readFileSync(feedPath, 'utf8')) as Feed;
  const labels = (JSON.parse(readFileSync(labelsPath, 'utf8')) as { labels: PrecisionLabel[] }).labels;
  const idx = buildMatchIndex(feed.entries);
  const catalog: HitCatalog = {
    entities: new Map(feed.entries.map((e) => [e.id, e])),
    lists: new Map(feed.lists.map((l) => [l.id, l])),
  };
  const table = getFoldTable();
  const stats = new Map<string, { bytes: number; shown: number; falses: number }>();
  const causes = new Map<string, number>();
  const names = new Map<string, number>();
  for (const { file, language } of listFiles(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    const s = stats.get(language) ?? { bytes: 0, shown: 0, falses: 0 };
    stats.set(language, s);
    s.bytes += Buffer.byteLength(text);
    for (const hit of filterHits(findMatches(idx, text), catalog, DEFAULT_SETTINGS, 'localhost')) {
      s.shown++;
      const surface = text.slice(hit.start, hit.end);
      if (isTrueMention(labels, file, hit.entityId, surface)) continue;
      s.falses++;
      const entry = catalog.entities.get(hit.entityId);
      const path = entry ? explainHit(entry, hit, surface, table) : undefined;
      const cause = `${path?.nameType} · ${path?.form.startsWith('derived') ? 'derived' : path?.form} · ${path?.shape}`;
      causes.set(cause, (causes.get(cause) ?? 0) + 1);
      names.set(hit.name, (names.get(hit.name) ?? 0) + 1);
      console.log(`${file}  ${hitWindow(text, hit.start, hit.end)}`);
      console.log(
        `    → ${hit.entityId} (${entry?.names[0]?.text}) ${hit.confidence}: "${hit.name}" ${path?.nameType}, ${path?.form}, ${path?.shape}`,
      );
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${String(v).padStart(4)}  ${k}`);
  console.log(`\nfalse badges by name type · form · shape:\n${top(causes, 20).join('\n')}`);
  console.log(`most frequent listed names behind them:\n${top(names, 25).join('\n')}`);
  console.log('\nprecision at default settings (matcher only; badges and highlights count alike)');
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
