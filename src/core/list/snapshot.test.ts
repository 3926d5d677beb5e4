import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { PINNED_FEED_KEYS } from '../feed/pinned-keys.ts';
import { verifyFeedSignature } from '../feed/signature.ts';
import { parseFeedBytes } from './parse.ts';
import { serializeFeed } from './serialize.ts';
import { feedStats, formatStats } from './stats.ts';

const path = (name: string): string =>
  fileURLToPath(new URL(`../../../public/lists/${name}`, import.meta.url));
const bytes = new Uint8Array(readFileSync(path('snapshot.json')));
const feed = parseFeedBytes(bytes);
const byId = new Map(feed.entries.map((e) => [e.id, e]));

describe('bundled snapshot', () => {
  test('is signed by a pinned key (re-sign after every compile)', async () => {
    const sig = readFileSync(path('snapshot.json.sig'), 'utf8').trim();
    expect(await verifyFeedSignature(bytes, sig, [...PINNED_FEED_KEYS])).toBe(true);
  });

  test('is in the canonical byte layout', () => {
    expect(serializeFeed(feed)).toBe(new TextDecoder().decode(bytes));
  });

  test('holds the lists the product promises', () => {
    const { byList } = feedStats(feed);
    expect(byList['US-BIS-EL']).toBeGreaterThanOrEqual(3300);
    expect(byList['US-OFAC-CMIC']).toBe(68);
    expect(byList['US-BIS-MEU']).toBe(70);
    expect(byList['US-BIS-UVL']).toBe(222);
    expect(byList['US-DOD-1260H']).toBeGreaterThan(180);
    expect(byList['US-FCC-COVERED']).toBeGreaterThan(10);
    expect(byList['US-OFAC-SDN']).toBeGreaterThan(9000);
    expect(byId.get('app-tiktok')?.parents).toEqual(['company-bytedance']);
    expect(byId.get('app-wechat')?.parents).toEqual(['company-tencent']);
  });

  test('merges Huawei across the Entity List, FCC, §889, NS-CMIC and 1260H', () => {
    expect(byId.get('company-huawei')?.listings.map((l) => l.list)).toEqual([
      'US-BIS-EL',
      'US-DOD-1260H',
      'US-FCC-COVERED',
      'US-NDAA19-889',
      'US-OFAC-CMIC',
    ]);
    expect(byId.get('company-hikvision')?.domains).toContain('hikvision.com');
  });

  test('stats text names every list', () => {
    const text = formatStats(feedStats(feed));
    for (const list of feed.lists) expect(text).toContain(list.id);
  });
});
