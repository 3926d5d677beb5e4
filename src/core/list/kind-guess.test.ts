import { describe, expect, test } from 'vitest';
import { entityKind, guessKind } from './kind-guess.ts';

describe('guessKind (names without a type)', () => {
  test.each([
    ['Gazprom Promgaz, AO', 'company'],
    ['Set Petrochemicals Oy', 'company'],
    ['Bonitopto S.R.O.', 'company'],
    ['Shenzhen Avanlane', 'company'],
    ['KGB Alpha', 'company'],
    ['SDB IRE RAS', 'company'],
    ['Huawei OpenLab Munich', 'company'],
    ['Serop Elmayan and Sons Lebanon', 'company'],
    ['“Inter-Treid Elektro” J Sh S', 'company'],
    ['Harbin Engineering University', 'organization'],
    ['AO Kaspersky Lab', 'company'],
    ['OOO Kaspersky Group', 'company'],
    ['Hasa Nederland B.V.', 'company'],
    ['Kingsemi Japan K.K.', 'company'],
    ['I JET GLOBAL DMCC', 'company'],
    ['Iran Air', 'company'],
    ['Kalashnikov Concern', 'company'],
    ['Crimean Ports', 'company'],
    ['Concord Catering', 'company'],
    ['Zener Lebanon', 'company'],
    ['Metafor Lojistik', 'company'],
    ['The Fair Price Shop', 'company'],
    ['Sputnik E', 'company'],
    ['Anhui Yingliu Hangyuan Power', 'company'],
    ["Donetsk People's Republic", 'organization'],
    ['Ralph Brucher', 'person'],
    ['Arthur Petrov', 'person'],
    ["Jawid Sa'id Jan", 'person'],
    ['Alexander Nikolayevich Vadyunin', 'person'],
  ])('%s → %s', (name, kind) => {
    expect(guessKind(name)).toBe(kind);
  });

  test('an alias with a plain legal form makes a person-shaped name a company; odd person aliases do not', () => {
    expect(guessKind('Avia Trust', ['Avia Trust FZE'])).toBe('company');
    expect(guessKind('Action Global', ['Action Global Co., Limited'])).toBe('company');
    expect(guessKind('Fazal Rahim Farid', ['Engineer Idris'])).toBe('person');
    expect(guessKind('Alexander Mishkin', ['ALEXANDER PETROV'])).toBe('person');
  });

  test('entityKind only chooses between company and organization', () => {
    expect(entityKind('Ministry of Defence')).toBe('organization');
    expect(entityKind('Defence Industries Co., Ltd.')).toBe('company');
    expect(entityKind('John Smith')).toBe('company');
  });
});
