import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/list/format.ts';
import { getFoldTable } from '../../src/core/names/fold-table.ts';
import { explainHit, hitWindow, isTrueMention, perMb, type PrecisionLabel } from './precision.ts';
import { groupFiles } from './precision-browser.ts';

const entry = (id: string, names: Entry['names']): Entry => ({
  id,
  kind: 'company',
  names,
  countries: ['CN'],
  domains: [],
  parents: [],
  listings: [],
});

describe('isTrueMention', () => {
  const labels: PrecisionLabel[] = [
    { file: 'sotu/2002.txt', text: 'Al Qaida', entityId: 'al-qaida', why: 'the group' },
  ];

  it('matches the labelled file, entity and text (white space collapsed)', () => {
    expect(isTrueMention(labels, 'sotu/2002.txt', 'al-qaida', 'Al Qaida')).toBe(true);
    expect(isTrueMention(labels, 'sotu/2002.txt', 'al-qaida', 'Al\nQaida')).toBe(true);
  });

  it('does not carry a label to another file, entity or spelling', () => {
    expect(isTrueMention(labels, 'sotu/2003.txt', 'al-qaida', 'Al Qaida')).toBe(false);
    expect(isTrueMention(labels, 'sotu/2002.txt', 'al-qaida-in-yemen', 'Al Qaida')).toBe(false);
    expect(isTrueMention(labels, 'sotu/2002.txt', 'al-qaida', 'Al Qaeda')).toBe(false);
  });
});

describe('hitWindow', () => {
  it('shows 40 characters each side, the hit in brackets and line breaks as ⏎', () => {
    const text = `${'x'.repeat(50)}\nMPEG-2 video${'y'.repeat(50)}`;
    const start = 51;
    expect(hitWindow(text, start, start + 4)).toBe(`${'x'.repeat(39)}⏎[[MPEG]]-2 video${'y'.repeat(32)}`);
  });
});

describe('perMb', () => {
  it('is hits per million bytes, 0 for no text', () => {
    expect(perMb(3, 1_500_000)).toBe(2);
    expect(perMb(3, 0)).toBe(0);
  });
});

describe('explainHit', () => {
  const table = getFoldTable();
  const cssc = entry('cssc', [
    { text: 'China State Shipbuilding Corporation Limited', type: 'legal' },
    { text: 'CSSC', type: 'alias' },
  ]);

  it('names the listed name type, the form and an acronym shape', () => {
    expect(explainHit(cssc, { name: 'CSSC' }, 'CSSC', table)).toEqual({
      nameType: 'alias',
      form: 'as listed',
      shape: 'acronym',
    });
  });

  it('tells a name derived by dropping the legal form, and a legal form written in the text', () => {
    expect(
      explainHit(
        cssc,
        { name: 'China State Shipbuilding Corporation Limited' },
        'China State Shipbuilding',
        table,
      ),
    ).toEqual({ nameType: 'legal', form: 'derived: china state shipbuilding', shape: '3 words' });
    expect(
      explainHit(
        cssc,
        { name: 'China State Shipbuilding Corporation Limited' },
        'China State Shipbuilding Corporation Ltd.',
        table,
      ).form,
    ).toBe('legal-form variant');
  });

  it('counts CJK characters and marks an app display name', () => {
    const app = entry('baidu', [
      { text: 'Baidu', type: 'brand' },
      { text: '百度', type: 'local' },
    ]);
    expect(explainHit(app, { name: 'Baidu' }, 'Baidu', table).nameType).toBe('brand (display name)');
    expect(explainHit(app, { name: '百度' }, '百度', table)).toEqual({
      nameType: 'local',
      form: 'as listed',
      shape: '2 CJK characters',
    });
  });
});

describe('groupFiles', () => {
  const f = (file: string, language: string, bytes: number) => ({ file, language, bytes });

  it('fills groups up to the byte limit and never mixes languages', () => {
    const groups = groupFiles([f('a', 'en', 4), f('b', 'en', 4), f('c', 'en', 4), f('d', 'zh', 1)], 8);
    expect(groups.map((g) => g.map((x) => x.file))).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('keeps a file larger than the limit as a group of its own', () => {
    expect(groupFiles([f('big', 'en', 20), f('small', 'en', 1)], 8).map((g) => g.length)).toEqual([1, 1]);
  });
});
