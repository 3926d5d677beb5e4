// In-browser variant of the bench: the matcher bundled with Vite into a page, run in headless Chromium
// (/usr/bin/chromium through playwright-core), served from 127.0.0.1.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { startServer } from '../../test/e2e/static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function bundle(dir: string): Promise<number> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: true,
      lib: {
        entry: resolve(import.meta.dirname, 'browser-entry.ts'),
        formats: ['iife'],
        name: 'slBenchLib',
        fileName: () => 'bench.js',
      },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  return outputs.reduce((n, o) => n + ('code' in o ? o.code.length : 0), 0);
}

/** Restore and scan timings in Chromium for the serialised index and the bench text. */
export async function runBrowserBench(buf: ArrayBuffer, text: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sl-bench-'));
  const server = await startServer(dir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const bundleBytes = await bundle(dir);
    await writeFile(join(dir, 'index.bin'), new Uint8Array(buf));
    await writeFile(join(dir, 'text.txt'), text);
    await writeFile(
      join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>',
    );
    const page = await browser.newPage();
    await page.goto(`${server.origin}/index.html`);
    const r = await page.evaluate(() =>
      (
        globalThis as unknown as {
          slBench: () => Promise<{ restoreMs: number; scanMs: number[]; hits: number; chars: number }>;
        }
      ).slBench(),
    );
    const scan = [...r.scanMs].sort((a, b) => a - b)[2] ?? NaN;
    console.log(`\nmatcher in Chromium (${browser.version()}), bundle ${bundleBytes} bytes`);
    console.log(`  restore        ${r.restoreMs.toFixed(3)} ms (median of 20)`);
    console.log(`  scan runs      ${r.scanMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    console.log(
      `  scan           ${(r.chars / 1e6 / (scan / 1000)).toFixed(1)} MB/s (${scan.toFixed(0)} ms for ${r.chars} chars, median of 5; ${r.hits} hits)`,
    );
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
