import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SOURCE_ADAPTERS, getAdapter } from './index.ts';
import { ADAPTERS_OUTSIDE_PLAN, localSourcesText, SOURCE_PLAN } from './source-plan.ts';
import { OFFICIAL_SOURCES } from '../publish/fetch-plan.ts';

const planned = SOURCE_PLAN.flatMap((s) => [s.snapshot?.adapter, s.download?.adapter]).filter(Boolean);

describe('the source plan', () => {
  test('every source adapter is in the plan, or named as outside it with a reason', () => {
    const missing = SOURCE_ADAPTERS.map((a) => a.id).filter(
      (id) => !planned.includes(id) && !ADAPTERS_OUTSIDE_PLAN[id],
    );
    expect(missing).toEqual([]);
    for (const id of Object.keys(ADAPTERS_OUTSIDE_PLAN)) expect(planned).not.toContain(id);
  });

  test('every adapter the plan names exists, and source ids are unique', () => {
    for (const id of planned) expect(getAdapter(id!), id).toBeDefined();
    const ids = SOURCE_PLAN.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('feed/local-sources.txt is the one generated from the plan', () => {
    const file = readFileSync(resolve(import.meta.dirname, '../../../feed/local-sources.txt'), 'utf8');
    expect(file).toBe(localSourcesText());
  });

  test("the download plan is the plan's sources with a download, in plan order", () => {
    expect(OFFICIAL_SOURCES.map((s) => s.id)).toEqual([
      'us-trade-csl',
      'us-ofac-sdn',
      'us-ofac-consolidated-non-sdn',
      'un-sc-consolidated',
      'eu-fsf',
      'uk-sanctions-list',
    ]);
  });
});
