import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { LIST_FAMILIES, type Listing } from '../list/format.ts';
import { LIST_REGISTRY, getListDefinition } from '../list/registry.ts';
import { datesLine, listingView } from './listing-view.ts';
import { PLAIN_LIST_IDS, plainFamilyKey, plainLine, plainListKey, type Translate } from './plain-line.ts';
import { statusDetailParts } from './status-detail.ts';

type Messages = Record<string, { message: string }>;
const read = (loc: string): Messages =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../../../public/_locales/${loc}/messages.json`, import.meta.url)),
      'utf8',
    ),
  ) as Messages;
const EN = read('en');
const ZH = read('zh_CN');
const translator =
  (m: Messages): Translate =>
  (key, ...subs) =>
    (m[key]?.message ?? `«${key}»`).replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
const en = translator(EN);
const zh = translator(ZH);

describe('plain lines', () => {
  test('every list the project carries has its own sentence, in English and Chinese', () => {
    expect([...PLAIN_LIST_IDS].sort()).toEqual(
      LIST_REGISTRY.map((l) => l.id).filter((id) => id !== 'WATCHLIST'),
    );
    for (const id of PLAIN_LIST_IDS) {
      expect(EN[plainListKey(id)]?.message, id).toMatch(/^[A-Z].*\.$/);
      expect(ZH[plainListKey(id)]?.message, id).toMatch(/[\p{Script=Han}]/u);
    }
    for (const f of LIST_FAMILIES) {
      expect(EN[plainFamilyKey(f)], f).toBeDefined();
      expect(ZH[plainFamilyKey(f)], f).toBeDefined();
    }
  });

  test('the Entity List line says what it means for an exporter', () => {
    const l: Listing = { list: 'US-BIS-EL', status: 'in_force', dateListed: '2019-05-16' };
    expect(plainLine(l, getListDefinition('US-BIS-EL'), en)).toBe(
      'US exporters need a licence to ship to this company.',
    );
    expect(plainLine(l, getListDefinition('US-BIS-EL'), zh)).toBe('美国出口商须获得许可证才能向该公司发货。');
  });

  test('a revoked or court-blocked listing says it no longer applies', () => {
    const revoked: Listing = { list: 'US-EO13943', status: 'revoked', statusDate: '2021-06-09' };
    expect(plainLine(revoked, getListDefinition('US-EO13943'), en)).toBe(
      'A 2020 US order against this app that courts blocked. Revoked on 2021-06-09: it no longer applies.',
    );
    const blocked: Listing = { list: 'US-MT-SB419', status: 'enjoined' };
    expect(plainLine(blocked, getListDefinition('US-MT-SB419'), zh)).toContain('在法院命令有效期间不适用');
  });

  test("an organisation's own list falls back to its family's sentence", () => {
    const def = {
      ...getListDefinition('US-BIS-EL')!,
      id: 'ACME-INTERNAL',
      family: 'export-control' as const,
    };
    expect(plainLine({ list: 'ACME-INTERNAL', status: 'in_force' }, def, en)).toBe(
      'Exports to this party are restricted.',
    );
    expect(plainLine({ list: 'GONE', status: 'in_force' }, undefined, en)).toBe(
      'This name is on a watchlist that you or your organisation added.',
    );
  });
});

describe('listing view', () => {
  test('leads with the plain line, then the legal list name, authority, dates, status and citation', () => {
    const v = listingView(
      {
        list: 'US-EO13942',
        status: 'revoked',
        statusDate: '2021-06-09',
        dateListed: '2020-08-06',
        citation: '85 FR 48637',
        sourceUrl: 'javascript:alert(1)',
      },
      getListDefinition('US-EO13942'),
      en,
    );
    expect(v.plain).toMatch(/^A 2020 US order/);
    expect(v.listName).toBe('Executive Order 13942 (TikTok)');
    expect(v.status).toBe('Revoked');
    expect(v.citation).toBe('85 FR 48637');
    expect(v.sourceUrl).toMatch(/^https:/);
    expect(datesLine(v, en)).toBe('Listed 2020-08-06 · Revoked 2021-06-09');
  });
});

describe('statusDetailParts', () => {
  test('the licence policy label is split from the published policy; other details pass as they are', () => {
    expect(statusDetailParts('Licence policy: Presumption of denial')).toEqual({
      label: 'licencePolicy',
      value: 'Presumption of denial',
    });
    expect(statusDetailParts('Per the notice of 2024-01-05')).toEqual({
      label: null,
      value: 'Per the notice of 2024-01-05',
    });
    expect(statusDetailParts('Licence policy: ')).toEqual({ label: null, value: 'Licence policy: ' });
  });
});
