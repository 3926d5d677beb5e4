import { describe, expect, it } from 'vitest';
import { coreName, normalizeName } from './normalize.ts';

describe('normalizeName', () => {
  it('folds case, diacritics and full-width forms', () => {
    expect(normalizeName('HUAWEI')).toBe('huawei');
    expect(normalizeName('Müller Société')).toBe('muller societe');
    expect(normalizeName('ＺＴＥ　Ｃｏｒｐ')).toBe('zte corp');
    expect(normalizeName('Łukasz Øster')).toBe('lukasz oster');
    // Decomposed accents (e + combining acute) join the word instead of splitting it.
    expect(normalizeName('Societe\u0301 Ge\u0301ne\u0301rale')).toBe('societe generale');
  });

  it('treats quotes, dashes and whitespace variants as separators', () => {
    expect(normalizeName('E\u2011Town\u00a0Semiconductor')).toBe('e town semiconductor');
    expect(normalizeName('“Rostec”  —  State')).toBe('rostec state');
    expect(normalizeName("Huawei's")).toBe('huawei s');
    expect(normalizeName('Hi\u00adkvision')).toBe('hikvision');
  });

  it('keeps "&" as its own word', () => {
    expect(normalizeName('Procter&Gamble')).toBe('procter & gamble');
  });

  it('folds traditional Chinese to simplified, including Taiwan variant forms', () => {
    expect(normalizeName('華為')).toBe(normalizeName('华为'));
    expect(normalizeName('騰訊')).toBe('腾讯');
    expect(normalizeName('海康威視')).toBe('海康威视');
    expect(normalizeName('臺灣')).toBe(normalizeName('台湾'));
    expect(normalizeName('裡')).toBe(normalizeName('里'));
  });

  it('leaves CJK unspaced and spaces Latin words next to it', () => {
    expect(normalizeName('华为 Mate 60')).toBe('华为mate 60');
  });
});

describe('coreName', () => {
  it.each([
    ['Huawei Technologies Co., Ltd.', 'huawei technologies'],
    ['Hangzhou Hikvision Digital Technology Company Limited', 'hangzhou hikvision digital technology'],
    ['ZTE Corporation', 'zte'],
    ['Tencent Holdings Ltd.', 'tencent'],
    ['Kaspersky Lab, Inc.', 'kaspersky lab'],
    ['AO Kaspersky Lab', 'kaspersky lab'],
    ['Rostec GmbH', 'rostec'],
    ['OOO Sample Trade LLC', 'sample trade'],
    ['PJSC Sample Bank', 'sample bank'],
    ['ООО Ромашка', 'ромашка'],
    ['The Sample Group', 'sample'],
    ['杭州海康威视数字技术股份有限公司', '杭州海康威视数字技术'],
    ['中国航空工业集团有限公司', '中国航空工业'],
    ['中國航空工業集團有限公司', '中国航空工业'],
  ])('%s → %s', (name, core) => {
    expect(coreName(name)).toBe(core);
  });

  it('keeps a name that is only a legal form', () => {
    expect(coreName('Company Limited')).toBe('company');
  });
});
