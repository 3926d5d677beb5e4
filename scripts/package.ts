// Store packages: `npm run package` builds both targets, then this writes into artifacts/packages/
//   sanctions-lens-<version>-chrome.zip    Chrome Web Store and Edge Add-ons upload (from dist/)
//   sanctions-lens-<version>-firefox.xpi   addons.mozilla.org upload (from dist-firefox/)
//   sanctions-lens-<version>-source.zip    the tracked sources, which AMO asks for when code is bundled
//   SHA256SUMS
// Reproducible: the same inputs give the same bytes (see zip.ts). `--out DIR` writes elsewhere, e.g. to compare
// two runs; `--dist DIR` / `--dist-firefox DIR` read builds from elsewhere.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createZip, type ZipFile } from './zip.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NAME = 'sanctions-lens';

/** Every regular file under `dir`, as archive entries with `/`-separated relative paths. */
export function collectDir(dir: string): ZipFile[] {
  const out: ZipFile[] = [];
  const walk = (d: string): void => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, ent.name);
      if (ent.isDirectory()) walk(full);
      else if (ent.isFile())
        out.push({ path: relative(dir, full).split(sep).join('/'), data: readFileSync(full) });
    }
  };
  walk(dir);
  return out;
}

/**
 * Zips a built extension directory; refuses one without a manifest.json at its root. `dropKeys` removes top-level
 * manifest fields from the packaged copy (the Chrome Web Store refuses uploads that carry `key`).
 */
export function packageDir(dir: string, dropKeys: string[] = []): Buffer {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`${dir}/manifest.json missing: build first (npm run build, npm run build:firefox)`);
  const files = collectDir(dir).map((f) => {
    if (f.path !== 'manifest.json' || dropKeys.length === 0) return f;
    const manifest = JSON.parse(Buffer.from(f.data).toString('utf8')) as Record<string, unknown>;
    for (const key of dropKeys) delete manifest[key];
    return { path: f.path, data: Buffer.from(JSON.stringify(manifest, null, 2) + '\n') };
  });
  return createZip(files);
}

// The tracked files; undefined outside a git work tree (e.g. a reviewer's unpacked source zip).
function sourceFiles(): ZipFile[] | undefined {
  let list: string;
  try {
    list = execFileSync('git', ['ls-files', '-z'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
  return list
    .split('\0')
    .filter((p) => p && existsSync(join(ROOT, p)))
    .map((p) => ({ path: p, data: readFileSync(join(ROOT, p)) }));
}

function main(): void {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, dist: { type: 'string' }, 'dist-firefox': { type: 'string' } },
  });
  const outDir = resolve(values.out ?? join(ROOT, 'artifacts/packages'));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const packages: [string, Buffer][] = [
    // The store assigns the id of a published item; `key` only fixes it for unpacked and self-hosted installs.
    [`${NAME}-${pkg.version}-chrome.zip`, packageDir(resolve(values.dist ?? join(ROOT, 'dist')), ['key'])],
    [
      `${NAME}-${pkg.version}-firefox.xpi`,
      packageDir(resolve(values['dist-firefox'] ?? join(ROOT, 'dist-firefox'))),
    ],
  ];
  const sources = sourceFiles();
  if (sources) packages.push([`${NAME}-${pkg.version}-source.zip`, createZip(sources)]);
  else console.log('not a git work tree: no source zip');
  mkdirSync(outDir, { recursive: true });
  const sums: string[] = [];
  for (const [file, bytes] of packages) {
    writeFileSync(join(outDir, file), bytes);
    const sha = createHash('sha256').update(bytes).digest('hex');
    sums.push(`${sha}  ${file}`);
    console.log(`${file}  ${bytes.length} bytes  sha256 ${sha}`);
  }
  writeFileSync(join(outDir, 'SHA256SUMS'), sums.join('\n') + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
