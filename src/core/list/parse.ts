import type { Feed } from './format.ts';
import { utf8Decode } from '../feed/platform.ts';
import { FeedError, MAX_FEED_BYTES, validateFeed, type ValidateOptions } from '../feed/validate-feed.ts';

/** Parses feed text into a validated Feed; throws FeedError on bad JSON, bad shape or oversize text. */
export function parseFeed(text: string, options?: ValidateOptions): Feed {
  if (text.length > MAX_FEED_BYTES) throw new FeedError(`The list is too large (${text.length} characters).`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new FeedError(`The list is not valid JSON (${(err as Error).message}).`);
  }
  return validateFeed(json, options);
}

/** Decodes UTF-8 feed bytes (as fetched or read from disk) and parses them; checks the byte size first. */
export function parseFeedBytes(bytes: Uint8Array, options?: ValidateOptions): Feed {
  if (bytes.byteLength > MAX_FEED_BYTES)
    throw new FeedError(`The list is too large (${bytes.byteLength} bytes).`);
  return parseFeed(utf8Decode(bytes), options);
}
