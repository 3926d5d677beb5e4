import { describe, expect, test } from 'vitest';
import { parseListedName, splitPackedNames } from './listed-name.ts';

describe('parseListedName', () => {
  test('trailing short name becomes an alias', () => {
    expect(parseListedName('Huawei Technologies Co., Ltd. (Huawei)')).toEqual({
      name: 'Huawei Technologies Co., Ltd.',
      aliases: ['Huawei'],
      formers: [],
    });
  });

  test('affiliated entity: the child is the entry, the first name its parent', () => {
    expect(
      parseListedName(
        'Huawei Technologies Co., Ltd. (Huawei). Affiliated Entity: Huawei Marine Networks Co., Ltd.',
      ),
    ).toEqual({
      name: 'Huawei Marine Networks Co., Ltd.',
      aliases: [],
      formers: [],
      parent: 'Huawei Technologies Co., Ltd.',
    });
  });

  test('a.k.a. and also known as inside the name become aliases; f.k.a. becomes a former name', () => {
    expect(
      parseListedName(
        'Chitron Electronics Company Ltd., a.k.a. Chi-Chung Electronics Company Ltd. (Chitron-Shenzhen)',
      ),
    ).toEqual({
      name: 'Chitron Electronics Company Ltd.',
      aliases: ['Chi-Chung Electronics Company Ltd.', 'Chitron-Shenzhen'],
      formers: [],
    });
    expect(
      parseListedName('AVIATION SERVICES INTERNATIONAL, B.V. ALSO KNOWN AS DELTA LOGISTICS, B.V.').aliases,
    ).toEqual(['DELTA LOGISTICS, B.V.']);
    expect(parseListedName('LTS Holding Limited (f.k.a. IPP-International Petroleum Products Ltd.)')).toEqual(
      {
        name: 'LTS Holding Limited',
        aliases: [],
        formers: ['IPP-International Petroleum Products Ltd.'],
      },
    );
  });

  test('the successor clause and a nationality descriptor are dropped; the descriptor gives the kind', () => {
    expect(
      parseListedName(
        'Bearings on Lipetsk LLC (Russian entity); and any successor, sub-unit, or subsidiary thereof',
      ),
    ).toEqual({ name: 'Bearings on Lipetsk LLC', aliases: [], formers: [], kind: 'company' });
    expect(
      parseListedName('Hubei Huachangda Intelligent Equipment Company, and its sub-units and successors')
        .name,
    ).toBe('Hubei Huachangda Intelligent Equipment Company');
    expect(parseListedName('Luo Dongmei (PRC national)')).toMatchObject({
      name: 'Luo Dongmei',
      kind: 'person',
    });
  });

  test('[aka …] lists and names packed after ";" become aliases', () => {
    expect(
      parseListedName(
        'Universal Enterprise Limited [aka General Technology Limited, aka Tiger Force Electronics] (Hong Kong Entity)',
      ),
    ).toEqual({
      name: 'Universal Enterprise Limited',
      aliases: ['General Technology Limited', 'Tiger Force Electronics'],
      formers: [],
      kind: 'company',
    });
    expect(splitPackedNames('CETC 24;Sichuan Solid Circuit Research Institute;\u00a0CETC 44;')).toEqual([
      'CETC 24',
      'Sichuan Solid Circuit Research Institute',
      'CETC 44',
    ]);
  });
});
