import 'fake-indexeddb/auto';
import { beforeAll, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { feedBytes, makeFeed, testEntry } from '../../test/fixtures/make-feed.ts';
import type { Feed } from '../core/list/format.ts';

vi.mock('../shared/browser.ts', async () => ({
  browser: (await import('@webext-core/fake-browser')).fakeBrowser,
}));

let bundled: Feed = makeFeed(7, [testEntry('dji', 'SZ DJI Technology', ['dji.com'])]);
const alarms: { name: string; when?: number }[] = [];

beforeAll(() => {
  vi.stubGlobal('fetch', async () => new Response(feedBytes(bundled) as BodyInit));
  // The fake has no alarms; record what the worker asks for.
  fakeBrowser.alarms.create = (async (name: string, info: { when?: number }) => {
    alarms.push({ name, when: info.when });
  }) as never;
});

test('a start after a worker died mid-update records the interruption and plans a retry', async () => {
  const service = {
    ...(await import('./update-schedule.ts')),
    ...(await import('./list-cache.ts')),
    ...(await import('./list-status.ts')),
  };
  const { readUpdater, writeUpdater } = await import('./list-db.ts');
  const list = await service.getList();
  expect(list.meta.version).toBe(7);
  await writeUpdater(list.db!, { ...(await readUpdater(list.db!)), inProgressSince: Date.now() - 1000 });
  const before = Date.now();
  await service.startUp();
  const status = await service.listStatus();
  expect(status.lastError).toMatch(/^the update was interrupted, retrying at \d\d:\d\d$/);
  expect(status.nextCheck! - before).toBeLessThanOrEqual(5 * 60_000 + 1000);
  expect(alarms.at(-1)?.name).toBe('list-update');
  const mirrored = await fakeBrowser.storage.local.get(['listStatus', 'listVersion']);
  expect(mirrored.listVersion).toBe(7);
});

test('after an extension update, a newer bundled snapshot replaces the stored list; an older one does not', async () => {
  const { reseedIfSnapshotNewer } = await import('./reseed.ts');
  const service = { ...(await import('./list-cache.ts')), ...(await import('./list-status.ts')) };
  bundled = makeFeed(8, [
    testEntry('dji', 'SZ DJI Technology', ['dji.com']),
    testEntry('zte', 'ZTE Corporation'),
  ]);
  await reseedIfSnapshotNewer();
  expect((await service.listStatus()).version).toBe(8);
  expect((await fakeBrowser.storage.local.get('listVersion')).listVersion).toBe(8);
  bundled = makeFeed(6, []);
  await reseedIfSnapshotNewer();
  expect((await service.listStatus()).version).toBe(8);
  service.dropListCache();
  expect((await service.getList()).how).toBe('restored');
});
