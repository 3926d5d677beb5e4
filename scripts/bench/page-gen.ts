// Pages for the page-cost bench: filler paragraphs with inline markup, a listed name every few paragraphs (or none).
const WORDS =
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum'.split(
    ' ',
  );
const NAMES = ['Hikvision', 'ZTE Corporation', 'Huawei Technologies Co., Ltd.', 'Dahua', 'Hytera'];

export interface BenchPage {
  name: string;
  html: string;
  /** Paragraphs naming a listed company. */
  mentions: number;
}

/**
 * About `bytes` of paragraphs (90 words, an <em> and a link each) under a header and navigation; with `every`, each
 * such paragraph names a listed company (rotating), else none does. The last paragraph has the id `last`.
 */
export function makePage(name: string, bytes: number, every: number | null): BenchPage {
  let seed = 7;
  const word = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return WORDS[seed % WORDS.length];
  };
  const parts: string[] = [];
  let size = 0;
  let mentions = 0;
  for (let i = 0; size < bytes; i++) {
    const words = Array.from({ length: 90 }, word);
    words[20] = `<em>${words[20]}</em>`;
    words[50] = `<a href="#p${i}">${words[50]}</a>`;
    if (every && i % every === 0) words[70] = NAMES[mentions++ % NAMES.length]!;
    const p = `<p id="p${i}">${words.join(' ')}.</p>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push('<p id="last">The end.</p>');
  const head = '<header><nav><a href="#">Home</a> <a href="#">World</a> <a href="#">Tech</a></nav></header>';
  return {
    name,
    mentions,
    html: `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title></head><body>${head}<main>${parts.join('')}</main></body></html>`,
  };
}
