import { expect, test } from 'vitest';
import { runSteps } from './steps.ts';
import { watchlistSteps } from './update/watchlist.ts';

test('a 20,000-row watchlist is read in slices with a pause between them, other work running in each pause', async () => {
  const text = `name,aliases\n${Array.from({ length: 20_000 }, (_, i) => `Company ${i},C${i}\n`).join('')}`;
  let pauses = 0;
  let otherWork = 0;
  let clock = 0;
  const entries = await runSteps(
    watchlistSteps(text, 'big.csv', 'w'),
    async () => {
      pauses += 1;
      await Promise.resolve().then(() => (otherWork += 1));
    },
    () => (clock += 5), // every slice looks 5 ms long
    8,
  );
  expect(entries).toHaveLength(20_000);
  expect(pauses).toBeGreaterThanOrEqual(20);
  expect(otherWork).toBe(pauses);
});
