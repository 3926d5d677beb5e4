// Reads an HTTP response body with a size cap, for the worker's list downloads and the list compiler's fetches
// alike. Streams the body and stops as soon as it passes the cap (counted after decompression, so a small gzip
// bomb is caught too), so a hostile 200 MB answer is never held in memory.

/** The body's bytes, or null when the declared or the actual size exceeds `maxBytes` (the body is then cancelled). */
export async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
