// npm run stress [-- --full]: hostile input and fault injection, counted. The CI size (default) runs in the unit
// tests, which assert every count that must be zero; --full is the documented size (100,000 matcher cases with
// 1 MB tokens). Reads only the bundled snapshot in public/lists/.
import { parseArgs } from 'node:util';
import { runStress, SIZES } from './stress/run.ts';

const { values: args } = parseArgs({ options: { full: { type: 'boolean' } } });
const size = args.full ? SIZES.full : SIZES.ci;
const t0 = performance.now();
const r = await runStress(size);
const f = r.fuzz;
console.log(`stress size: ${size.name}`);
console.log(
  `matcher fuzz: ${f.cases} cases, ${(f.chars / 1e6).toFixed(1)} M chars; crashes ${f.crashes}, hangs ${f.hangs}, ` +
    `bad offsets ${f.badOffsets}; worst slowdown against plain prose ${f.worstSlowdown.toFixed(1)}× (${f.worstCase})`,
);
for (const e of f.examples) console.log(`  ${e}`);
for (const h of r.hostile) {
  console.log(
    `hostile ${h.kind}: ${h.tried} tried, ${h.wronglyAccepted} wrongly accepted, ${h.crashes} crashes, ${h.hangs} hangs`,
  );
  for (const e of h.examples) console.log(`  ${e}`);
}
const x = r.faults;
console.log(
  `faults: ${x.runs} worker starts and updates with a database operation failing (${x.injected} reached the ` +
    `fault); lists lost ${x.listsLost}, watchlists lost ${x.watchlistsLost}, unhandled rejections ${x.unhandled}, ` +
    `rejected calls ${x.crashes}`,
);
for (const e of x.examples) console.log(`  ${e}`);
console.log(`took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const bad =
  f.crashes +
  f.hangs +
  f.badOffsets +
  r.hostile.reduce((n, h) => n + h.wronglyAccepted + h.crashes + h.hangs, 0);
process.exitCode = bad === 0 ? 0 : 1;
