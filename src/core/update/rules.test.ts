import { describe, expect, test } from 'vitest';
import { checkShrink } from './shrink.ts';
import { checkListUrl, signatureUrl } from './url-rules.ts';
import { describeFailure, failureStatus, formatClock, isTransient } from './failure.ts';

describe('checkShrink', () => {
  test('growth and small drops are fine', () => {
    expect(checkShrink(100, 150).ok).toBe(true);
    expect(checkShrink(100, 85).ok).toBe(true);
    expect(checkShrink(20, 10).ok).toBe(true);
  });
  test('an empty list or a large unexplained drop is refused', () => {
    expect(checkShrink(5, 0).ok).toBe(false);
    const v = checkShrink(25_000, 12_000);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toContain('12000 entries instead of 25000');
  });
  test('a drop the publisher explains is accepted; a blank reason is not an explanation', () => {
    expect(checkShrink(25_000, 12_000, 'OFAC delisting').ok).toBe(true);
    expect(checkShrink(25_000, 12_000, '   ').ok).toBe(false);
  });
});

describe('checkListUrl', () => {
  test('HTTPS anywhere, plain HTTP only on loopback', () => {
    expect(checkListUrl('https://example.org/feed.json').ok).toBe(true);
    expect(checkListUrl('http://127.0.0.1:8080/feed.json').ok).toBe(true);
    expect(checkListUrl('http://localhost/feed.json').ok).toBe(true);
    expect(checkListUrl('http://example.org/feed.json').ok).toBe(false);
    expect(checkListUrl('http://127.0.0.2/feed.json').ok).toBe(false);
    expect(checkListUrl('http://localhost.evil.example/feed.json').ok).toBe(false);
  });
  test('other schemes, passwords and garbage are refused with a reason', () => {
    for (const u of ['ftp://example.org/x', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      const v = checkListUrl(u);
      expect(v.ok).toBe(false);
    }
    const v = checkListUrl('https://user:pw@example.org/feed.json');
    expect(v.ok ? '' : v.reason).toContain('password');
  });
  test('signature URL is the feed path plus .sig', () => {
    expect(signatureUrl('https://h.example/v1/feed.json?x=1')).toBe('https://h.example/v1/feed.json.sig?x=1');
  });
});

describe('failure text', () => {
  test('plain words', () => {
    expect(describeFailure({ kind: 'bad-signature' })).toBe('signature did not verify');
    expect(describeFailure({ kind: 'http', status: 503 })).toBe('server answered 503');
    expect(describeFailure({ kind: 'too-large', limitBytes: 64 * 1_048_576 })).toContain('64 MB');
    expect(describeFailure({ kind: 'too-large', limitBytes: 4096 })).toContain('4 KB');
  });
  test('retry time is given as a clock time in the caller’s zone', () => {
    const at = Date.UTC(2026, 6, 31, 13, 20);
    expect(formatClock(at, 60)).toBe('14:20');
    expect(failureStatus({ kind: 'http', status: 503 }, at, 60)).toBe(
      'server answered 503, retrying at 14:20',
    );
    expect(failureStatus({ kind: 'bad-signature' }, null, 0)).toBe('signature did not verify');
  });
  test('server errors retry soon; a bad signature does not', () => {
    expect(isTransient({ kind: 'http', status: 503 })).toBe(true);
    expect(isTransient({ kind: 'http', status: 404 })).toBe(false);
    expect(isTransient({ kind: 'bad-signature' })).toBe(false);
  });
});

describe('loopback spellings', () => {
  // The WHATWG URL parser turns every spelling of 127.0.0.1 into 127.0.0.1; the rule reads the parsed host.
  test.each([
    'http://0x7f000001/feed.json',
    'http://2130706433/feed.json',
    'http://0177.0.0.1/feed.json',
    'http://127.1/feed.json',
    'http://0x7f.0.0.1/feed.json',
    'http://%31%32%37.0.0.1/feed.json',
    'http://LOCALHOST/feed.json',
  ])('%s is loopback, stored as 127.0.0.1 or localhost', (raw) => {
    const v = checkListUrl(raw);
    expect(v.ok && v.url).toMatch(/^http:\/\/(127\.0\.0\.1|localhost)\/feed\.json$/);
  });
  test.each([
    'http://0x7f000002/feed.json',
    'http://2130706434/feed.json',
    'http://127.0.0.1.example/feed.json',
    'http://[::ffff:127.0.0.2]/feed.json',
    'http://localhost./feed.json',
    'http://0x7f000001.evil.example/feed.json',
  ])('%s is not loopback: plain HTTP refused', (raw) => {
    expect(checkListUrl(raw).ok).toBe(false);
  });
  test('an address longer than 2,048 characters is refused', () => {
    expect(checkListUrl(`https://example.org/${'a'.repeat(2100)}`).ok).toBe(false);
  });
});
