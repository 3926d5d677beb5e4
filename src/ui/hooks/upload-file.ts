// Sends a watchlist file to the worker in pieces of at most 256 KB ('watchlist/upload'), then asks for the import:
// one message of several megabytes is decoded by the worker in one long task, during which pages wait for matches.
import { send } from '../../shared/messaging.ts';
import type { WatchlistAddResult } from '../../shared/messages.ts';
import { splitForUpload } from '../../core/update/upload.ts';

/** Imports a file's text; `onProgress` gets the share sent (0–1) after each piece. */
export async function importWatchlistFile(
  fileName: string,
  text: string,
  onProgress: (share: number) => void = () => undefined,
): Promise<WatchlistAddResult> {
  const importId = crypto.randomUUID();
  const pieces = splitForUpload(text);
  onProgress(0);
  for (const [seq, piece] of pieces.entries()) {
    const { received } = await send('watchlist/upload', { importId, seq, text: piece });
    onProgress(text.length ? received / text.length : 1);
  }
  return send('watchlist/add', { type: 'upload', fileName, importId, pieces: pieces.length });
}
