// The import graph of src/ has no cycles: every module can be read (and loaded) after the ones it imports.
// Type-only imports count too, so that "where does this live" always has one direction.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../src');
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
}

/** Relative imports of each file under src/, resolved to files under src/. */
export function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const deps = [...text.matchAll(IMPORT)]
      .map((m) => resolve(dirname(f), (m[1] ?? m[2])!))
      .filter((p) => known.has(p));
    graph.set(f, [...new Set(deps)]);
  }
  return graph;
}

/** Every cycle's path (first found per strongly connected part), as file names relative to src/. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (n: string): void => {
    state.set(n, 'open');
    stack.push(n);
    for (const d of graph.get(n) ?? []) {
      if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  return cycles.map((c) => c.map((p) => relative(ROOT, p)));
}

describe('import graph of src/', () => {
  test('the checker finds a cycle when there is one', () => {
    const g = new Map([
      ['/a', ['/b']],
      ['/b', ['/c']],
      ['/c', ['/a']],
      ['/d', ['/a']],
    ]);
    expect(findCycles(g)).toHaveLength(1);
    expect(
      findCycles(
        new Map([
          ['/a', ['/b']],
          ['/b', []],
        ]),
      ),
    ).toEqual([]);
  });

  test('the checker sees every kind of relative import', () => {
    const files = sourceFiles(ROOT);
    const g = importGraph(files);
    const index = g.get(join(ROOT, 'background/index.ts')) ?? [];
    expect(index).toContain(join(ROOT, 'background/handlers.ts'));
    expect(files.length).toBeGreaterThan(100);
  });

  test('has no cycles', () => {
    expect(findCycles(importGraph(sourceFiles(ROOT)))).toEqual([]);
  });
});
