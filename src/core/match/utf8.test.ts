import { expect, test } from 'vitest';
import { decodeUtf8, encodeUtf8Into, utf8Length } from './utf8.ts';

const encode = (s: string): Uint8Array => {
  const out = new Uint8Array(utf8Length(s));
  expect(encodeUtf8Into(s, out, 0)).toBe(out.length);
  return out;
};

test.each(['', 'ZTE Corporation', 'Société Générale', '中兴通讯', 'Ω € 𝔘𝔫𝔦 😀 x'])(
  'writes the bytes TextEncoder writes and reads them back: %s',
  (s) => {
    const bytes = encode(s);
    expect(bytes).toEqual(new TextEncoder().encode(s));
    expect(decodeUtf8(bytes, 0, bytes.length)).toBe(s);
  },
);

test('lone surrogates become U+FFFD, as TextEncoder writes them', () => {
  for (const s of ['a\ud800b', '\udc00', 'x\ud83d']) expect(encode(s)).toEqual(new TextEncoder().encode(s));
});

test('writes at an offset and returns where it stopped', () => {
  const out = new Uint8Array(8).fill(7);
  expect(encodeUtf8Into('é', out, 3)).toBe(5);
  expect([...out]).toEqual([7, 7, 7, 0xc3, 0xa9, 7, 7, 7]);
});
