// compile-list --fetch with the EU and UK sources: official hosts in the plan, and the downloaded files (served
// on 127.0.0.1 from the fixtures) read by their adapters like every other fetched source.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type TestServer } from '../../test/e2e/static-server.ts';
import { fixture } from '../../test/fixtures/sources/read-fixture.ts';
import { OFFICIAL_SOURCES } from '../core/publish/fetch-plan.ts';
import { loadFetchedSources } from './fetch-for-compile.ts';

let server: TestServer;
let dir: string;

beforeAll(async () => {
  server = await startServer(tmpdir());
  dir = await mkdtemp(join(tmpdir(), 'sl-fetch-eu-'));
  server.routes.set('/fsf.xml', (_req, res) => void res.writeHead(200).end(fixture('eu-fsf.xml')));
  server.routes.set('/uk.csv', (_req, res) => void res.writeHead(200).end(fixture('uk-sanctions-list.csv')));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('EU and UK sources of --fetch', () => {
  test('the plan downloads them from the Commission and FCDO hosts', () => {
    const hosts = Object.fromEntries(
      OFFICIAL_SOURCES.map((s) => [s.id, s.files.map((f) => new URL(f.url).host)]),
    );
    expect(hosts['eu-fsf']).toEqual(['webgate.ec.europa.eu']);
    expect(hosts['uk-sanctions-list']).toEqual(['sanctionslist.fcdo.gov.uk']);
  });

  test('downloaded files are read by the EU FSF and UK adapters', async () => {
    const config = join(dir, 'sources.json');
    await writeFile(
      config,
      JSON.stringify({
        only: ['eu-fsf', 'uk-sanctions-list'],
        sources: {
          'eu-fsf': { files: { 'eu-fsf.xml': `${server.origin}/fsf.xml` } },
          'uk-sanctions-list': { files: { 'uk-sanctions-list.csv': `${server.origin}/uk.csv` } },
        },
      }),
    );
    const got = await loadFetchedSources({ 'sources-config': config }, new Date('2026-08-21T00:00:00Z'));
    const lists = got.sources.map((s) => [
      s.provenance.id,
      s.provenance.dataDate,
      [...new Set(s.batch.records.flatMap((r) => r.listings.map((l) => l.list)))],
    ]);
    expect(lists).toEqual([
      ['eu-fsf', '2026-08-20', ['EU-FSF']],
      ['uk-sanctions-list', '2026-08-20', ['UK-SANCTIONS']],
    ]);
  });
});
