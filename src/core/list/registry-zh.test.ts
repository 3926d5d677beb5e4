import { expect, test } from 'vitest';
import { LIST_REGISTRY } from './registry.ts';

test('every list of the registry carries its name, a label and both meanings in Simplified Chinese', () => {
  const missing = LIST_REGISTRY.filter((l) => {
    const zh = l.zh;
    return (
      !zh ||
      !zh.label ||
      ![zh.name, zh.meaningReader, zh.meaningBuyer].every((t) => /\p{Script=Han}/u.test(t))
    );
  }).map((l) => l.id);
  expect(missing).toEqual([]);
});
