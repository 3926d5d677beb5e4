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

/** Parses `adapter=path[,path…]` (a path may be a folder: all its files are read, sorted). */
export function parseSourceSpec(text: string): SourceSpec {
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

/** Reads, hashes and parses every source; the provenance file names are relative to `root`. */
export async function loadSources(specs: SourceSpec[], root: string): Promise<CompileSource[]> {
  const out: CompileSource[] = [];
  for (const spec of specs) {
    const adapter = getAdapter(spec.adapter);
    if (!adapter) throw new UsageError(`unknown adapter "${spec.adapter}"`);
    const files = spec.paths.flatMap(expand);
    const inputs: SourceInput[] = files.map((f) => ({
      name: relative(root, f) || basename(f),
      text: readFileSync(f, 'utf8'),
    }));
    const batch = adapter.parse(inputs);
    const hashes = await Promise.all(files.map((f) => sha256Hex(new Uint8Array(readFileSync(f)))));
    const dataDate = batch.dataDate ?? spec.dataDate;
    if (!dataDate)
      throw new InputError(`${files.join(', ')}: no data date in the file; give one in the source plan`);
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
  return out;
}
