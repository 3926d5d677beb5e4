import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Entry, Feed } from '../list/format.ts';
import { serializeFeed } from '../list/serialize.ts';
import { applyPatch, makePatch } from './patch.ts';
import { buildManifest, manifestUrl, parseManifest, patchFor } from './manifest.ts';
import { sha256Hex, utf8Encode } from './platform.ts';
import { validateFeed } from './validate-feed.ts';

// The first 3,000 entries of the bundled snapshot: real entries, small enough for a quick test.
const full = validateFeed(
  JSON.parse(readFileSync(new URL('../../../public/lists/snapshot.json', import.meta.url), 'utf8')),
);
const snapshot: Feed = { ...full, entries: full.entries.slice(0, 3000) };

/** A typical day: a dozen new Entity List companies, two removals, three status changes. */
function nextDay(base: Feed): Feed {
  const added: Entry[] = Array.from({ length: 12 }, (_, i) => ({
    id: `company-new-${i}`,
    kind: 'company',
    names: [{ text: `Newly Listed Trading ${i} Co., Ltd.`, type: 'legal' }],
    countries: ['CN'],
    domains: [],
    parents: [],
    listings: [{ list: 'US-BIS-EL', status: 'in_force', dateListed: '2026-12-02' }],
  }));
  const entries = base.entries
    .slice(2)
    .map((e, i) =>
      i % 1000 === 7 ? { ...e, listings: e.listings.map((l) => ({ ...l, status: 'removed' as const })) } : e,
    );
  return {
    ...base,
    version: base.version + 1,
    entries: [...entries, ...added].sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

const bytesOf = (f: Feed) => utf8Encode(serializeFeed(f));

describe('feed patches', () => {
  test(
    'a patch applied to its exact base gives the signed bytes, and is small',
    { timeout: 30_000 },
    async () => {
      const next = nextDay(snapshot);
      const [baseBytes, nextBytes] = [bytesOf(snapshot), bytesOf(next)];
      const patch = makePatch(snapshot, await sha256Hex(baseBytes), next, await sha256Hex(nextBytes));
      expect(patch.remove).toHaveLength(2);
      expect(patch.put).toHaveLength(12 + 3);
      const text = JSON.stringify(patch);
      expect(text.length).toBeLessThan(nextBytes.byteLength / 20);
      const result = applyPatch(validateFeed(JSON.parse(serializeFeed(snapshot))), JSON.parse(text));
      expect(await sha256Hex(bytesOf(result))).toBe(patch.to.sha256);
    },
  );

  test('a patch for another base is refused; a tampered patch gives another hash', async () => {
    const next = nextDay(snapshot);
    const patch = makePatch(snapshot, 'a'.repeat(64), next, 'b'.repeat(64));
    expect(() => applyPatch({ ...snapshot, version: 1 }, patch)).toThrow('applies to version');
    expect(() => applyPatch(snapshot, { ...patch, format: 'x' })).toThrow('wrong format');
    const tampered = {
      ...patch,
      put: patch.put.map((e) => ({ ...e, names: [{ text: 'Other', type: 'legal' }] })),
    };
    const good = await sha256Hex(bytesOf(applyPatch(snapshot, patch)));
    expect(await sha256Hex(bytesOf(applyPatch(snapshot, tampered)))).not.toBe(good);
  });

  test('the manifest offers patches by base hash; older readers see the same first fields', async () => {
    const bytes = bytesOf(snapshot);
    const ref = { from: 1, fromSha256: 'c'.repeat(64), url: 'patches/1.json', bytes: 10 };
    const m = await buildManifest(snapshot, bytes, { full: 'feed.json', patches: [ref] });
    expect(Object.keys(m).slice(0, 5)).toEqual(['format', 'version', 'dataDate', 'sha256', 'bytes']);
    const read = parseManifest(JSON.parse(JSON.stringify(m)));
    expect(read && patchFor(read, 'c'.repeat(64))).toEqual(ref);
    expect(read && patchFor(read, 'd'.repeat(64))).toBeNull();
    expect(parseManifest({ version: 2 ** 53, sha256: 'x' })).toBeNull();
    expect(manifestUrl('https://cdn.example/v1/feed.json?x=1')).toBe(
      'https://cdn.example/v1/feed-manifest.json',
    );
  });
});
