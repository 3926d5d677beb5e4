import { describe, expect, test } from 'vitest';
import { parseListedName } from './listed-name.ts';

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
});
