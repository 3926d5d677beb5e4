// --precision DIR --browser: the corpus pages through the built extension in Chromium. Pages are served in groups
// of about 1 MB (one <section data-file> per corpus page, one <p> per line) to keep the run short; badges are read
// from the hit contract (tab/hits), so at most `badgesPerEntity` per entity and group count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusFile {
  file: string;
  language: string;
}

export interface DrawnBadge {
  file: string;
  entityId: string;
  text: string;
  confidence: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Groups of files of one language, each up to about `maxBytes`, in order. */
export function groupFiles(
  files: readonly (CorpusFile & { bytes: number })[],
  maxBytes: number,
): CorpusFile[][] {
  const out: CorpusFile[][] = [];
  let cur: CorpusFile[] = [];
  let bytes = 0;
  for (const f of files) {
    if (cur.length > 0 && (bytes + f.bytes > maxBytes || cur[0]?.language !== f.language)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(f);
    bytes += f.bytes;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function pageHtml(dir: string, group: readonly CorpusFile[]): string {
  const sections = group.map((f) => {
    const lines = readFileSync(join(dir, f.file), 'utf8').split('\n');
    return `<section data-file="${esc(f.file)}">${lines.map((l) => `<p>${esc(l)}</p>`).join('')}</section>`;
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>corpus</title></head><body>${sections.join('')}</body></html>`;
}

export async function browserBadges(
  dir: string,
  files: (CorpusFile & { bytes: number })[],
): Promise<DrawnBadge[]> {
  const { launchWithExtension } = await import('../../test/e2e/fixtures.ts');
  const { startServer } = await import('../../test/e2e/static-server.ts');
  const { tabHits } = await import('../../test/e2e/extension-calls.ts');
  const { waitFor } = await import('../../test/e2e/content-helpers.ts');
  const { DEFAULT_SETTINGS } = await import('../../src/core/settings/schema.ts');
  const groups = groupFiles(files, 1_000_000);
  const server = await startServer(dir);
  const html = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) =>
    void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  server.routes.set('/warm-up', html('<p>Huawei</p>'));
  groups.forEach((g, i) => server.routes.set(`/group-${i}`, html(pageHtml(dir, g))));
  const browser = await launchWithExtension();
  const out: DrawnBadge[] = [];
  try {
    await browser.worker();
    const tab = await browser.ctx.newPage();
    // The worker builds its index on install: wait for the first badge before measuring.
    await tab.goto(`${server.origin}/warm-up`);
    await waitFor(async () => (await tabHits(browser, tab).catch(() => [])).length > 0, 60_000);
    for (let i = 0; i < groups.length; i++) {
      await tab.goto(`${server.origin}/group-${i}`, { waitUntil: 'load' });
      // Hits come in after idle-time scanning: done when their count has been stable for 3 s.
      let last = -1;
      let stableSince = Date.now();
      let hits: Awaited<ReturnType<typeof tabHits>> = [];
      for (;;) {
        hits = (await tabHits(browser, tab).catch(() => [])).filter((h) => h.shown);
        if (hits.length !== last) stableSince = Date.now();
        last = hits.length;
        if (Date.now() - stableSince >= 3000) break;
        await tab.waitForTimeout(250);
      }
      // A badge is drawn for the first mentions of an entity only (DEFAULT badgesPerEntity): count those.
      const perEntity = new Map<string, number>();
      const badged = hits.filter((h) => {
        const n = (perEntity.get(h.entityId) ?? 0) + 1;
        perEntity.set(h.entityId, n);
        return n <= DEFAULT_SETTINGS.badgesPerEntity;
      });
      out.push(
        ...(await tab.evaluate(
          (seen) =>
            seen.map((h) => ({
              // The file whose text holds the hit's context.
              file:
                [...document.querySelectorAll('[data-file]')]
                  .find((el) =>
                    (el.textContent ?? '')
                      .replace(/\s+/g, ' ')
                      .includes(h.context.replace(/\s+/g, ' ').trim()),
                  )
                  ?.getAttribute('data-file') ?? '',
              entityId: h.entityId,
              text: h.text,
              confidence: h.confidence,
            })),
          badged,
        )),
      );
      process.stderr.write(`\r  group ${i + 1}/${groups.length}`);
    }
    process.stderr.write('\n');
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
