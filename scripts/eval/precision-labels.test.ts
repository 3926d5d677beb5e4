import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feed } from '../../src/core/list/format.ts';
import type { PrecisionLabel } from './precision.ts';

const root = resolve(import.meta.dirname, '../..');
const { labels } = JSON.parse(readFileSync(resolve(root, 'eval/precision-labels.json'), 'utf8')) as {
  labels: PrecisionLabel[];
};
const ids = new Set(
  (JSON.parse(readFileSync(resolve(root, 'public/lists/snapshot.json'), 'utf8')) as Feed).entries.map(
    (e) => e.id,
  ),
);

describe('eval/precision-labels.json', () => {
  it('names entries of the bundled snapshot, so a renamed id cannot silently turn true mentions into false badges', () => {
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((l) => !ids.has(l.entityId)).map((l) => l.entityId)).toEqual([]);
  });

  it('has a file, text and reason on every label and no duplicates', () => {
    for (const l of labels) expect([l.file, l.text, l.why].every((s) => s.trim().length > 0)).toBe(true);
    const keys = labels.map((l) => `${l.file}\u0001${l.entityId}\u0001${l.text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
