export async function benchDeltas(_snapshot: string): Promise<void> {}
