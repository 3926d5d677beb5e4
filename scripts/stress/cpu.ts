// CPU time (user + system of this process) in ms: hang limits and slowdowns are judged on it, since wall time
// grows with whatever else shares the machine's cores.

export function cpuNow(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}
