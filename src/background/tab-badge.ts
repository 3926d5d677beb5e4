// The toolbar badge: how many entities are flagged on a tab, summed over its frames.
import { browser } from '../shared/browser.ts';

const counts = new Map<number, Map<number, number>>();

/** Records a frame's count and shows the tab's total on the toolbar button (empty when zero). */
export async function setHitCount(tabId: number, frameId: number, count: number): Promise<void> {
  const frames = counts.get(tabId) ?? new Map<number, number>();
  frames.set(frameId, count);
  counts.set(tabId, frames);
  const total = [...frames.values()].reduce((a, b) => a + b, 0);
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await browser.action.setBadgeText({ tabId, text: total > 0 ? String(Math.min(total, 999)) : '' });
}

/** Forgets a tab's counts (closed, or navigating to a new page; the browser clears the badge text itself). */
export function forgetTab(tabId: number): void {
  counts.delete(tabId);
}
