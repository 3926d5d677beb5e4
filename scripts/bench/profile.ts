// Prints the functions with the most self time in a V8 CPU profile (DevTools Profiler.stop).

/** The parts of a DevTools CPU profile used here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The `top` functions by self time, with their share of the sampled time. */
export function hotFunctions(profile: CpuProfile, top: number): void {
  const perNode = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => perNode.set(id, (perNode.get(id) ?? 0) + (deltas[i] ?? 0)));
  const perFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
    const us = perNode.get(node.id) ?? 0;
    perFunction.set(name, (perFunction.get(name) ?? 0) + us);
    total += us;
  }
  console.log(
    `\nprofile of the timed scans (self time, unminified bundle; ${(total / 1000).toFixed(0)} ms sampled)`,
  );
  for (const [name, us] of [...perFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const share = ((100 * us) / total).toFixed(1).padStart(5);
    console.log(`  ${(us / 1000).toFixed(0).padStart(6)} ms ${share} %  ${name}`);
  }
}
