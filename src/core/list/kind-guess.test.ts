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
    ['Ralph Brucher', 'person'],
    ['Alexander Nikolayevich Vadyunin', 'person'],
  ])('%s → %s', (name, kind) => {
    expect(guessKind(name)).toBe(kind);
  });

  test('entityKind only chooses between company and organization', () => {
    expect(entityKind('Ministry of Defence')).toBe('organization');
    expect(entityKind('Defence Industries Co., Ltd.')).toBe('company');
    expect(entityKind('John Smith')).toBe('company');
  });
});
