import { expect, test } from 'vitest';
import { feedStats, formatStats } from './stats.ts';
import { makeFeed, testEntry } from '../../../test/fixtures/make-feed.ts';

test('counts per list how many CN/HK entries carry a Chinese-script name, and prints it', () => {
  const named = testEntry('a', 'Alpha Technology Co., Ltd.');
  named.names.push({ text: '阿尔法科技有限公司', type: 'local', lang: 'zh-Hans' });
  const hk = { ...testEntry('b', 'Beta Trading Limited'), countries: ['HK'] };
  const ru = { ...testEntry('c', 'Gamma LLC'), countries: ['RU'] };
  const stats = feedStats(makeFeed(3, [named, hk, ru], 0));
  expect(stats.chineseNames).toEqual({ 'test-list': { cnHk: 2, withChinese: 1 } });
  expect(formatStats(stats)).toContain('test-list                  1 of 2 (50 %)');
});
