// The user's and the organisation's own watchlists (full implementation follows the list pipeline).
import type { WatchlistAddRequest, WatchlistInfo } from '../shared/messages.ts';
import { asObject, asString } from './validate.ts';

export function asWatchlistAdd(body: unknown): WatchlistAddRequest {
  const o = asObject(body);
  if (o.type === 'url') return { type: 'url', url: asString(o.url, 'url', 2000) };
  if (o.type === 'file')
    return {
      type: 'file',
      fileName: asString(o.fileName, 'fileName', 300),
      text: asString(o.text, 'text', 5_000_000),
    };
  throw new Error('type must be "url" or "file"');
}

export async function listWatchlists(): Promise<WatchlistInfo[]> {
  return [];
}

export async function addWatchlist(_req: WatchlistAddRequest): Promise<WatchlistInfo> {
  throw new Error('watchlists are not available yet');
}

export async function removeWatchlist(_id: string): Promise<void> {
  throw new Error('watchlists are not available yet');
}
