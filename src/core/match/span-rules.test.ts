import { describe, expect, it } from 'vitest';
import { isInAddress, isWhiteSpaceCode } from './span-rules.ts';

describe('isWhiteSpaceCode', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isWhiteSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('isInAddress', () => {
  const at = (text: string, name: string) => {
    const i = text.indexOf(name);
    return isInAddress(text, i, i + name.length);
  };
  it('finds names inside addresses and paths, not in prose', () => {
    expect(at('see https://github.com/Huawei/repo today', 'Huawei')).toBe(true);
    expect(at('mail zte@example.com now', 'zte')).toBe(true);
    expect(at('in /usr/share/hikvision/data', 'hikvision')).toBe(true);
    expect(at('Huawei/ZTE phones were banned', 'Huawei')).toBe(false);
    // A no-break space or an ideographic space ends the address's run, as any white space does.
    expect(at('https://example.com/x\u00a0Huawei said', 'Huawei')).toBe(false);
    expect(at('https://example.com/x\u3000华为说', '华为')).toBe(false);
  });
});
