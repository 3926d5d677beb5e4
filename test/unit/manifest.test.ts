// The two manifest variants built from one source: Chrome/Edge and Firefox differ only where the browsers do, and
// every permission the manifest asks for is justified in docs/permissions.md.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GECKO_ID, manifestFor } from '../../manifest.config.ts';

type Manifest = Record<string, unknown> & {
  background: Record<string, unknown>;
  permissions: string[];
  host_permissions: string[];
  content_security_policy: { extension_pages: string };
};

const chrome = manifestFor('chrome') as unknown as Manifest;
const firefox = manifestFor('firefox') as unknown as Manifest;

describe('manifest variants', () => {
  test('Chrome/Edge: service worker and fixed key, no Firefox settings', () => {
    expect(chrome.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(typeof chrome.key).toBe('string');
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  test('Firefox: background scripts, gecko id, minimum version 140, no data collection, no Chrome key', () => {
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'] });
    expect(firefox.key).toBeUndefined();
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  test('same permissions, content scripts and CSP in both', () => {
    for (const field of [
      'permissions',
      'host_permissions',
      'content_scripts',
      'content_security_policy',
      'action',
    ])
      expect(firefox[field]).toEqual(chrome[field]);
  });

  test('the CSP allows no inline code, eval or remote scripts', () => {
    const csp = chrome.content_security_policy.extension_pages;
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).not.toMatch(/unsafe-|\*\.|wasm|blob:/);
  });

  test('every permission and host permission is justified in docs/permissions.md', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/permissions.md'), 'utf8');
    for (const p of [...chrome.permissions, ...chrome.host_permissions]) expect(doc).toContain(`\`${p}\``);
  });
});
