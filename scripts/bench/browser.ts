export async function runBrowserBench(_buf: ArrayBuffer, _text: string): Promise<void> {}
