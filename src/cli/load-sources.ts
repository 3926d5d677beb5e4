import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { sha256Hex } from '../core/feed/platform.ts';
import type { CompileSource } from '../core/list/compile.ts';
import { getAdapter, SOURCE_ADAPTERS, type SourceInput } from '../core/sources/index.ts';
import { InputError, UsageError } from './cli-util.ts';

/** A source to read: adapter id, files, and facts the files do not state themselves. */
export interface SourceSpec {
  adapter: string;
  paths: string[];
  /** Provenance id; defaults to the id the adapter reports. */
  id?: string;
  dataDate?: string;
  licence?: string;
}

/**
 * Parses `adapter=path[,path…][@YYYY-MM-DD]` (a path may be a folder: all its files are read, sorted). The date is
 * the data date for files that state none.
 */
export function parseSourceSpec(spec: string): SourceSpec {
  const at = /@(\d{4}-\d{2}-\d{2})$/.exec(spec);
  const text = at ? spec.slice(0, at.index) : spec;
  const eq = text.indexOf('=');
  const adapter = text.slice(0, eq);
  if (eq < 1 || !getAdapter(adapter)) {
    throw new UsageError(
      `source "${text}" must be ADAPTER=PATH with ADAPTER one of: ${SOURCE_ADAPTERS.map((a) => a.id).join(', ')}`,
    );
  }
  return {
    adapter,
    paths: text
      .slice(eq + 1)
      .split(',')
      .filter(Boolean),
    ...(at?.[1] ? { dataDate: at[1] } : {}),
  };
}

function expand(path: string): string[] {
  if (!existsSync(path)) throw new InputError(`${path}: file not found`);
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => !f.endsWith('.md'))
    .sort()
    .map((f) => join(path, f));
}

/** File text as UTF-8, or as Windows-1252 when the bytes are not UTF-8 (older OFAC CSV files). */
function readText(path: string): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A file's name for provenance: relative to `root`, or to the working directory when it lies outside `root`. */
function sourceName(root: string, file: string): string {
  const name = relative(root, file);
  if (name && !name.startsWith('..')) return name;
  return relative(process.cwd(), file) || basename(file);
}

/** Reads, hashes and parses every source; the provenance file names are relative to `root`. */
export async function loadSources(specs: SourceSpec[], root: string): Promise<CompileSource[]> {
  const out: CompileSource[] = [];
  for (const spec of specs) {
    const adapter = getAdapter(spec.adapter);
    if (!adapter) throw new UsageError(`unknown adapter "${spec.adapter}"`);
    const files = spec.paths.flatMap(expand);
    const inputs: SourceInput[] = files.map((f) => ({
      name: sourceName(root, f),
      text: readText(f),
    }));
    const batch = adapter.parse(inputs);
    const hashes = await Promise.all(files.map((f) => sha256Hex(new Uint8Array(readFileSync(f)))));
    const dataDate = batch.dataDate ?? spec.dataDate ?? '';
    const licence = spec.licence ?? batch.licence;
    out.push({
      batch,
      provenance: {
        id: spec.id ?? batch.source,
        file: inputs.map((i) => i.name).join(', '),
        sha256: hashes.join(','),
        dataDate,
        records: batch.records.length,
        ...(licence ? { licence } : {}),
      },
    });
  }
  return fillMissingDates(out);
}

/** Sources whose files state no date (a watchlist) take the newest date of the others; none at all is an error. */
function fillMissingDates(sources: CompileSource[]): CompileSource[] {
  const newest = sources
    .map((s) => s.provenance.dataDate)
    .filter(Boolean)
    .sort()
    .pop();
  for (const s of sources) {
    if (s.provenance.dataDate) continue;
    if (!newest)
      throw new InputError(`${s.provenance.file}: no data date in the file; add @YYYY-MM-DD to the source`);
    s.provenance.dataDate = newest;
  }
  return sources;
}
