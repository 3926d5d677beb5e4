import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFeedKeyPair } from '../core/feed/signature.ts';
import { InputError, parseCli, runIfScript, type Command, UsageError } from './cli-util.ts';

const USAGE = `Usage: npm run keygen -- --out DIR [--name NAME]

Writes an Ed25519 key pair for signing feeds: DIR/NAME.public (ed25519:<base64>, safe to publish and pin)
and DIR/NAME.private (keep secret, never commit). NAME defaults to feed-key. Existing files are not overwritten.`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseCli(argv, {
    out: { type: 'string' },
    name: { type: 'string', default: 'feed-key' },
  });
  if (!values.out) throw new UsageError('--out DIR is required');
  const pub = join(values.out, `${values.name}.public`);
  const priv = join(values.out, `${values.name}.private`);
  if (existsSync(pub) || existsSync(priv))
    throw new InputError(`${priv} or ${pub} already exists; not overwriting`);
  const pair = await generateFeedKeyPair();
  mkdirSync(values.out, { recursive: true });
  writeFileSync(priv, `${pair.privateKey}\n`, { mode: 0o600 });
  chmodSync(priv, 0o600);
  writeFileSync(pub, `${pair.publicKey}\n`);
  process.stdout.write(
    `${pair.publicKey}\nwrote ${pub} and ${priv} (keep the private key out of any repository)\n`,
  );
}

/** The command, for in-process use (tests). */
export const command: Command = { usage: USAGE, main };

await runIfScript(import.meta.url, command);
