import { describe, expect, it } from 'vitest';
import { getFoldTable } from '../../src/core/names/fold-table.ts';
import { chineseScript, chunkText } from './chunk.ts';

describe('chunkText', () => {
  it('keeps whole lines together up to the byte limit', () => {
    expect(chunkText('aaa\nbbb\nccc\n', 8)).toEqual(['aaa\nbbb\n', 'ccc\n']);
  });

  it('counts UTF-8 bytes, not characters, and cuts an over-long line at a character boundary', () => {
    const pieces = chunkText('中文中文中\n', 7);
    expect(pieces).toEqual(['中文', '中文', '中\n']);
    expect(pieces.join('')).toBe('中文中文中\n');
  });

  it('drops pieces that are only white space', () => {
    expect(chunkText('\n\n\n', 1)).toEqual([]);
  });
});

describe('chineseScript', () => {
  const fold = getFoldTable().fold;
  it('tells traditional from simplified text by the share of ideographs that fold to another one', () => {
    expect(chineseScript('秦川雄帝宅，函谷壯皇居。綺殿千尋起，離宮百雉餘。', fold)).toBe('hant');
    expect(chineseScript('气和玉烛，睿化著鸿明。缇管一阳生。', fold)).toBe('hans');
  });

  it('ignores Latin text around the ideographs', () => {
    expect(chineseScript('Both tools are built on the same library 軟體套件與儲存庫', fold)).toBe('hant');
  });
});
