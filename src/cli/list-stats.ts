import { readFileSync } from 'node:fs';
import { parseFeed } from '../core/list/parse.ts';
import { feedStats, formatStats } from '../core/list/stats.ts';
import { InputError, parseCli, runIfScript, type Command } from './cli-util.ts';

const USAGE = `Usage: npm run -s list-stats -- [--json] [FEED]

Prints entry counts per list, kind and country for a feed (default: the bundled public/lists/snapshot.json).`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseCli(argv, { json: { type: 'boolean', default: false } }, true);
  const path = positionals[0] ?? 'public/lists/snapshot.json';
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`${path}: cannot read the feed`);
  }
  const stats = feedStats(parseFeed(text));
  process.stdout.write(values.json ? `${JSON.stringify(stats, null, 2)}\n` : `${formatStats(stats)}\n`);
}

/** The command, for in-process use (tests). */
export const command: Command = { usage: USAGE, main };

await runIfScript(import.meta.url, command);
