import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { BUNDLED_SNAPSHOT } from './bundled-snapshot.ts';
import { runInProcess, type Command } from './cli-util.ts';
import { command as compileList } from './compile-list.ts';
import { command as keygen } from './keygen.ts';
import { command as listStats } from './list-stats.ts';
import { command as publishFeed } from './publish-feed.ts';
import { verifyFeedSignature } from '../core/feed/signature.ts';
import { parseManifest, patchFor } from '../core/feed/manifest.ts';
import { applyPatch } from '../core/feed/patch.ts';
import { sha256Hex, utf8Encode } from '../core/feed/platform.ts';
import { validateFeed } from '../core/feed/validate-feed.ts';
import type { Feed } from '../core/list/format.ts';
import { serializeFeed } from '../core/list/serialize.ts';
import { fixturePath } from '../../test/fixtures/sources/read-fixture.ts';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const COMMANDS: Record<string, Command> = {
  'compile-list.ts': compileList,
  'keygen.ts': keygen,
  'list-stats.ts': listStats,
  'publish-feed.ts': publishFeed,
};

/** Runs a command in this process (the commands' own code, without a process start), capturing its output. */
async function run(
  script: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const capture = (add: (s: string) => void) => (chunk: string | Uint8Array) => {
    add(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture((s) => (stdout += s)) as never);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture((s) => (stderr += s)) as never);
  try {
    const code = await runInProcess(COMMANDS[script]!, args);
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => vi.restoreAllMocks());

const SOURCES = [
  `curated=${fixturePath('restrictions.json')}`,
  `dod-1260h=${fixturePath('dod-1260h.csv')}`,
  `csl-compact=${fixturePath('csl-compact.json')}`,
  `ofac-sdn=${fixturePath('ofac-sdn')}`,
  `watchlist=${fixturePath('watchlist.csv')}`,
];

// Compiling takes seconds on a loaded machine; the limit only catches a hang.
describe('command line', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-cli-'));

  test('compile-list: same sources twice → identical files; exit 0', async () => {
    const a = await run('compile-list.ts', [...SOURCES, '--out', join(dir, 'a.json')]);
    const b = await run('compile-list.ts', [...SOURCES, '--out', join(dir, 'b.json')]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
  });

  test('compile-list: a malformed source exits 1 with file and line, and writes nothing', async () => {
    const out = join(dir, 'bad.json');
    const r = await run('compile-list.ts', [
      `dod-1260h=${fixturePath('broken/1260h-bad-date.csv')}`,
      '--out',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/1260h-bad-date\.csv: line 3: Start date "June 2021" is not YYYY-MM-DD/);
    expect(existsSync(out)).toBe(false);
  });

  test("compile-list: a source's @YYYY-MM-DD is the data date of files that state none", async () => {
    const out = join(dir, 'dated.json');
    expect(
      (await run('compile-list.ts', [`watchlist=${fixturePath('watchlist.csv')}@2026-09-01`, '--out', out]))
        .code,
    ).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { dataDate: string }).dataDate).toBe('2026-09-01');
  });

  test('compile-list: unknown options and adapters are usage errors (exit 2)', async () => {
    expect((await run('compile-list.ts', ['--nope'])).code).toBe(2);
    expect((await run('compile-list.ts', ['madeup=x.csv', '--out', join(dir, 'x.json')])).code).toBe(2);
  });

  test('compile-list: without the shared data folder it says so (exit 1)', async () => {
    const r = await run('compile-list.ts', [
      '--data',
      join(dir, 'no-such-data'),
      '--out',
      join(dir, 'c.json'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('shared data folder not found');
  });

  test('keygen + publish-feed write a verifiable signed feed and manifest; list-stats counts it', async () => {
    expect((await run('keygen.ts', ['--out', join(dir, 'keys')])).code).toBe(0);
    const pub = readFileSync(join(dir, 'keys/feed-key.public'), 'utf8').trim();
    const out = join(dir, 'site');
    const r = await run('publish-feed.ts', [
      '--key',
      join(dir, 'keys/feed-key.private'),
      '--out',
      out,
      ...SOURCES,
    ]);
    expect(r.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(join(out, 'feed.json')));
    const sig = readFileSync(join(out, 'feed.json.sig'), 'utf8').trim();
    expect(await verifyFeedSignature(bytes, sig, [pub])).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'feed-manifest.json'), 'utf8')) as { bytes: number };
    expect(manifest.bytes).toBe(bytes.byteLength);
    const stats = await run('list-stats.ts', ['--json', join(out, 'feed.json')]);
    expect(stats.code).toBe(0);
    const counts = JSON.parse(stats.stdout) as { byList: Record<string, number>; entries: number };
    expect(counts.byList.WATCHLIST).toBe(2);
    expect(counts.entries).toBeGreaterThan(5);
  }, 60_000);

  test('without --previous, a feed compiled from sources is newer than the bundled snapshot (installs accept it)', async () => {
    const snapshot = JSON.parse(readFileSync(BUNDLED_SNAPSHOT, 'utf8')) as {
      version: number;
      dataDate: string;
    };
    const out = join(dir, 'after-snapshot.json');
    // Same data date as the snapshot: the date alone would give a smaller version than the snapshot's revision.
    const source = `watchlist=${fixturePath('watchlist.csv')}@${snapshot.dataDate}`;
    expect((await run('compile-list.ts', [source, '--out', out])).code).toBe(0);
    const compiled = JSON.parse(readFileSync(out, 'utf8')) as { version: number };
    expect(compiled.version).toBeGreaterThan(snapshot.version);
  });

  test('publish-feed writes a signed manifest naming a patch from the last release, which rebuilds the new feed', async () => {
    const pub = readFileSync(join(dir, 'keys/feed-key.public'), 'utf8').trim();
    const out = join(dir, 'site');
    const first = readFileSync(join(out, 'feed.json'), 'utf8');
    const feed = JSON.parse(first) as Feed;
    feed.version += 1;
    feed.entries = feed.entries.slice(1);
    const next = join(dir, 'next.json');
    writeFileSync(next, serializeFeed(validateFeed(feed)));
    const r = await run('publish-feed.ts', [
      '--key',
      join(dir, 'keys/feed-key.private'),
      '--out',
      out,
      '--feed',
      next,
    ]);
    expect(r.code).toBe(0);
    const mBytes = new Uint8Array(readFileSync(join(out, 'feed-manifest.json')));
    const mSig = readFileSync(join(out, 'feed-manifest.json.sig'), 'utf8').trim();
    expect(await verifyFeedSignature(mBytes, mSig, [pub])).toBe(true);
    const manifest = parseManifest(JSON.parse(new TextDecoder().decode(mBytes)));
    const ref = manifest && patchFor(manifest, await sha256Hex(utf8Encode(first)));
    expect(ref?.from).toBe(feed.version - 1);
    const patch = JSON.parse(readFileSync(join(out, ref!.url), 'utf8')) as unknown;
    const rebuilt = applyPatch(validateFeed(JSON.parse(first)), patch);
    expect(await sha256Hex(utf8Encode(serializeFeed(rebuilt)))).toBe(manifest!.sha256);
  });

  test('as a script: a usage error exits 2 with the usage text (the one process start of this tier)', () => {
    const r = spawnSync(TSX, ['src/cli/compile-list.ts', '--nope'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: npm run compile-list');
  });

  test('publish-feed without --key is a usage error; keygen refuses to overwrite', async () => {
    expect((await run('publish-feed.ts', ['--out', dir])).code).toBe(2);
    expect((await run('keygen.ts', ['--out', join(dir, 'keys')])).code).toBe(1);
  });
});
