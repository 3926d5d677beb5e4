// One test per rule that tells a listed party from the same letters meaning something else (docs/matching.md).
import { describe, expect, it } from 'vitest';
import type { Entry, EntryName } from '../list/format.ts';
import { corroborateHits } from '../page/corroborate.ts';
import { buildMatchIndex, findMatches } from './index.ts';
import { oneWordAmbiguity } from '../names/ambiguity.ts';

function entry(id: string, names: EntryName[], countries: string[] = []): Entry {
  return { id, kind: 'company', names, countries, domains: [], parents: [], listings: [] };
}

const idx = buildMatchIndex([
  entry('mpeg', [
    { text: 'Micro Power Engineering Group', type: 'legal' },
    { text: 'MPEG', type: 'weak' },
  ]),
  entry('cnnc', [
    { text: 'China National Nuclear Corporation', type: 'legal' },
    { text: '中核', type: 'local' },
  ]),
  entry('hongdu', [{ text: '洪都集团', type: 'local' }]),
  entry('elena', [{ text: 'Elena', type: 'legal' }]),
  entry('lowell', [{ text: 'LOWELL LIMITED', type: 'legal' }], ['CN']),
  entry('digital-security', [{ text: 'Digital Security', type: 'legal' }]),
  entry('al-qaida', [{ text: 'AL QAIDA', type: 'legal' }]),
  entry('alrosa', [{ text: 'PUBLIC JOINT STOCK COMPANY ALROSA', type: 'legal' }], ['RU']),
  entry('nettrix', [{ text: 'NETRIX LIMITED', type: 'legal' }], ['CN']),
  entry('hamas', [{ text: 'HAMAS', type: 'legal' }]),
  entry('sovcomflot', [{ text: 'SOVCOMFLOT', type: 'legal' }], ['RU']),
  { ...entry('helo', [{ text: 'Helo', type: 'brand' }]), kind: 'app' },
  entry('ssi', [{ text: 'SSI', type: 'legal' }], ['US']),
  entry('gls', [{ text: 'GLS', type: 'weak' }]),
  entry('american-protection', [{ text: 'AMERICAN PROTECTION CORPORATION', type: 'legal' }], ['US']),
  entry('al-aqsa', [{ text: 'AL-AQSA', type: 'legal' }], ['BE']),
  entry('baidu', [
    { text: 'Baidu, Inc.', type: 'legal' },
    { text: '百度', type: 'local' },
  ]),
  entry('aerocom', [
    { text: 'AEROSPACE COMMUNICATIONS HOLDINGS GROUP COMPANY LIMITED', type: 'legal' },
    { text: 'AEROCOM', type: 'alias' },
  ]),
]);

const found = (text: string) =>
  findMatches(idx, text).map((h) => [text.slice(h.start, h.end), h.entityId, h.confidence]);

describe('one measure: how likely the letters mean something else', () => {
  it.each([
    ['MPEG', 'short'],
    ['AASPT', 'acronym'],
    ['stream', 'everyday'],
    ['Elena', 'name'],
    ['Shenzhen', 'place'],
    ['Mindex', 'compound'],
    ['Zhiyuan', 'pinyin'],
    ['Alrosa', undefined],
    ['Sovcomflot', undefined],
    ['Rosoboronexport', undefined],
  ])('%s: %s', (word, why) => {
    expect(oneWordAmbiguity(word, word.toLowerCase())).toBe(why);
  });
});

describe('weak forms wait for corroboration', () => {
  it('a weak acronym is possible and corroborable on its own ("MPEG-4")', () => {
    const [hit] = findMatches(idx, 'The MPEG-4 standard');
    expect([hit?.confidence, hit?.corroborable]).toEqual(['possible', true]);
  });

  it('company context corroborates it ("shares of MPEG", "MPEG, the company")', () => {
    expect(found('Investors sold shares of MPEG on Monday')).toEqual([['MPEG', 'mpeg', 'likely']]);
    expect(found('MPEG, the company said, will appeal')).toEqual([['MPEG', 'mpeg', 'likely']]);
  });

  it('the strong form elsewhere on the page corroborates it', () => {
    const text = 'Micro Power Engineering Group was listed. Later MPEG said it would appeal.';
    expect(corroborateHits(findMatches(idx, text)).map((h) => h.confidence)).toEqual(['confirmed', 'likely']);
    expect(corroborateHits(findMatches(idx, 'MPEG said it would appeal.'))[0]?.confidence).toBe('possible');
  });
});

describe('CJK', () => {
  it('no name spans punctuation, a bracket, a space or a line break (过程中，核心 is not 中核)', () => {
    expect(found('过程中，核心问题')).toEqual([]);
    expect(found('过程中\n核心问题')).toEqual([]);
    expect(found('日语中「核」的读音')).toEqual([]);
    expect(found('中核发布公告')).toEqual([['中核', 'cnnc', 'likely']]);
  });

  it('a two-character form derived by dropping a legal form (洪都 from 洪都集团) waits for corroboration', () => {
    expect(found('到得洪都，已是深夜')).toEqual([['洪都', 'hongdu', 'possible']]);
    expect(found('洪都集团发布公告')[0]?.[2]).toBe('confirmed');
  });
});

describe('given names, surnames and places', () => {
  it('a one-word listed name that is a given name is possible ("Elena called")', () => {
    expect(found('Elena called her sister')).toEqual([['Elena', 'elena', 'possible']]);
  });

  it('a derived one-word name that is a surname or place is possible; a legal form after it corroborates', () => {
    expect(found('He studied in Lowell for years')).toEqual([['Lowell', 'lowell', 'possible']]);
    expect(found('Lowell Ltd shipped the parts')).toEqual([['Lowell Ltd', 'lowell', 'confirmed']]);
    expect(found('Investors bought shares of Lowell')).toEqual([['Lowell', 'lowell', 'likely']]);
  });

  it('a one-word alias of a list row, however distinctive, is possible until corroborated (AEROCOM)', () => {
    expect(found('The wikipedia entry for Aerocom is just a stub')).toEqual([
      ['Aerocom', 'aerocom', 'possible'],
    ]);
    expect(found('Investors sold shares of Aerocom')).toEqual([['Aerocom', 'aerocom', 'likely']]);
    const text = 'Aerospace Communications Holdings Group Company Limited, known as Aerocom, said';
    expect(corroborateHits(findMatches(idx, text)).map((h) => h.confidence)).toEqual(['confirmed', 'likely']);
  });
});

describe('a listed name inside a longer capitalised name', () => {
  it('an article and one word is not matched before another capitalised word ("Al-Aqsa Mosque")', () => {
    expect(found('the interior of the Al-Aqsa Mosque was damaged')).toEqual([]);
    expect(found('donations sent to Al-Aqsa were frozen')).toEqual([['Al-Aqsa', 'al-aqsa', 'confirmed']]);
  });

  it('is not matched alone ("eEye Digital Security", "Digital Security Labs")', () => {
    expect(found('eEye Digital Security released an advisory')).toEqual([]);
    expect(found('The report by Digital Security Labs')).toEqual([]);
  });

  it('is matched at a sentence start, after a possessive, or before a legal form', () => {
    expect(found('Yesterday Digital Security said')).toEqual([
      ['Digital Security', 'digital-security', 'possible'],
    ]);
    expect(found("Russia's Digital Security said")).toHaveLength(1);
    expect(found('Digital Security Ltd said')).toHaveLength(1);
  });
});

describe('lower-case name particles', () => {
  it('match in either case ("al Qaida", "al-Qaida", "Al Qaida")', () => {
    for (const text of ['ties to al Qaida', 'ties to al-Qaida', 'ties to Al Qaida'])
      expect(found(text)[0]?.[1]).toBe('al-qaida');
    expect(found('ties to al qaida')).toEqual([]);
  });
});

describe('distinctive coined names', () => {
  it('the word left after a legal form is shown when it is coined, whatever the country (Alrosa)', () => {
    expect(found('Alrosa, the diamond miner')).toEqual([['Alrosa', 'alrosa', 'likely']]);
  });

  it('an English-made word left after a legal form waits for corroboration (Netrix)', () => {
    expect(found('Netrix exhibited at the fair')[0]?.[2]).toBe('possible');
  });

  it('a capitals listing of a coined name matches in Title Case as news writes it (Sovcomflot)', () => {
    expect(found('Sovcomflot tankers')).toEqual([['Sovcomflot', 'sovcomflot', 'confirmed']]);
    expect(found('sovcomflot tankers')).toEqual([]);
  });

  it('a short name listed in mixed case is not matched in capitals (SMTP HELO is not the app Helo)', () => {
    expect(found('The client sends HELO first')).toEqual([]);
    expect(found('Helo was banned')[0]?.[1]).toBe('helo');
  });
});

describe('addresses', () => {
  it('a name inside a web or mail address or a path is not matched; names joined by slashes in prose are', () => {
    expect(found('see https://example.org/SOVCOMFLOT/report')).toEqual([]);
    expect(found('see github.com/Sovcomflot/tools')).toEqual([]);
    expect(found('mail sovcomflot@example.org')).toEqual([]);
    expect(found('Sovcomflot/Alrosa shares fell').map((h) => h[1])).toEqual(['sovcomflot', 'alrosa']);
  });
});

describe('a derived one-word name next to another capitalised word', () => {
  it('is part of another name ("Pooya Alrosa"), but not before a title in capitals ("Alrosa CEO")', () => {
    expect(found('Copyright Pooya Alrosa and contributors')).toEqual([]);
    expect(found('said Alrosa CEO Pavel Marinychev')).toEqual([['Alrosa', 'alrosa', 'likely']]);
  });
});

describe('short legal names and legal-form corroboration', () => {
  it('a legal name of three capitals is weak on its own ("Server Side Includes (SSI)")', () => {
    expect(found('Server Side Includes (SSI) are directives')).toEqual([['SSI', 'ssi', 'possible']]);
  });

  it('only a legal form written as one corroborates ("GLS Ltd", not "GLS incorporated this routine")', () => {
    expect(found('GLS incorporated this routine')[0]?.[2]).toBe('possible');
    expect(found('GLS Ltd shipped it')[0]?.[2]).toBe('likely');
  });
});

describe('derived names of several words', () => {
  it('are found only when written as a name ("American Protection Inc." but not "American protection")', () => {
    expect(found('an extension of American protection to citizens')).toEqual([]);
    expect(found('American Protection said')[0]?.[1]).toBe('american-protection');
  });
});

describe('a tie between a name as listed and a derived one', () => {
  it('goes to the name as listed ("Alfa-Bank" is the Russian bank, not the core of CJSC ALFA-BANK)', () => {
    const tie = buildMatchIndex([
      entry('alfa-belarus', [{ text: 'CJSC ALFA-BANK', type: 'legal' }], ['BY']),
      entry('alfa-bank', [
        { text: 'JOINT STOCK COMPANY ALFA-BANK', type: 'legal' },
        { text: 'Alfa-Bank', type: 'brand' },
      ]),
    ]);
    expect(findMatches(tie, 'Alfa-Bank was added')[0]?.entityId).toBe('alfa-bank');
  });
});

describe('a two-character Chinese name in classical text', () => {
  // 郊廟歌辭 (Tang): 百度 is "the hundred measures" of the state.
  const poem =
    '管磬升，羶薌集。上公進，嘉幣執。信以通，僾如及。恢帝功，錫后邑。四維張，百度立。綿億載，邈難挹。五齊潔，九牢';

  it('waits for corroboration among classical lines', () => {
    expect(found(poem)).toEqual([['百度', 'baidu', 'possible']]);
  });

  it('is likely in modern text, even long and without Latin letters', () => {
    const news =
      '据报道，百度今天发布了新一代人工智能大模型，并表示将在未来几个月内向企业客户开放，市场对此反应积极，股价上涨。';
    expect(found(news)).toEqual([['百度', 'baidu', 'likely']]);
    expect(found('四維張，百度立。')).toEqual([['百度', 'baidu', 'likely']]);
  });
});

describe('words around a name and the shape of its forms (third round)', () => {
  const third = buildMatchIndex([
    entry('sinbad', [{ text: 'SINBAD', type: 'legal' }]),
    entry('islamic-jihad-group', [{ text: 'ISLAMIC JIHAD GROUP', type: 'legal' }]),
    entry('unikom', [{ text: 'Unikom LLC', type: 'legal' }], ['RU']),
    entry('reynolds', [{ text: 'REYNOLDS LIMITED LIABILITY COMPANY', type: 'alias' }], ['RU']),
    entry('zala', [
      { text: 'ZALA AERO GROUP', type: 'legal' },
      { text: 'CST', type: 'weak' },
    ]),
    entry('isil', [
      { text: 'ISLAMIC STATE OF IRAQ AND THE LEVANT', type: 'legal' },
      { text: 'Islamic State', type: 'brand' },
    ]),
    { ...entry('kwai', [{ text: 'Kwai', type: 'brand' }]), kind: 'app' },
    entry('barus', [{ text: 'BARUS LIMITED LIABILITY COMPANY', type: 'legal' }], ['RU']),
  ]);
  const shown = (text: string) =>
    findMatches(third, text)
      .filter((h) => h.confidence !== 'possible')
      .map((h) => [text.slice(h.start, h.end), h.entityId]);

  it('a one-word legal name made of English words waits for corroboration (SINBAD = sin + bad)', () => {
    expect(shown('Sinbad the Sailor had trouble with a giant')).toEqual([]);
    expect(shown('shares of Sinbad fell')).toEqual([['Sinbad', 'sinbad']]);
  });

  it('several ordinary words derived from a listed name wait for corroboration ("Islamic Jihad")', () => {
    expect(shown('groups like Hamas, Islamic Jihad and others')).toEqual([]);
    expect(shown('the Islamic Jihad Group claimed it')).toEqual([
      ['Islamic Jihad Group', 'islamic-jihad-group'],
    ]);
  });

  it('a name the list writes in mixed case is not matched written as initials ("financing of UNIKOM")', () => {
    expect(shown('the financing of UNIKOM are as follows')).toEqual([]);
    expect(shown('Russian supplier Unikom shipped the parts')).toEqual([['Unikom', 'unikom']]);
  });

  it('a bare "Company" after a surname does not corroborate it; a registered legal form does', () => {
    expect(shown('and the Reynolds Company 2.66 per cent')).toEqual([]);
    expect(shown('payments to Reynolds LLC were frozen')).toEqual([['Reynolds LLC', 'reynolds']]);
  });

  it('initials are not corroborated by a general noun before them, but by a trade or a phrase', () => {
    expect(shown('1, address proof 2, company CST copy 3, IEC copy')).toEqual([]);
    expect(shown('shares of CST fell')).toEqual([['CST', 'zala']]);
  });

  it('a name ending in a word for a state, then "of" and a place, names a country ("Islamic State of Afghanistan")', () => {
    expect(shown('the Islamic State of Afghanistan is of the opinion')).toEqual([]);
    expect(shown('the Islamic State claimed the attack')).toEqual([['Islamic State', 'isil']]);
  });

  it('a one-word name next to a place or title word is a place or a person ("the River Kwai", "Barus, North Sumatra")', () => {
    expect(shown("'Bridge on the River Kwai' must have inspired him")).toEqual([]);
    expect(shown('a translator from Barus, North Sumatra.')).toEqual([]);
    expect(shown('India banned Kwai in 2020')).toEqual([['Kwai', 'kwai']]);
    expect(shown('Barus, a Russian supplier, shipped parts')).toEqual([['Barus', 'barus']]);
  });
});
