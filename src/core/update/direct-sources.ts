// The official publishers direct mode reads, one entry each. Their addresses are fixed here: only an organisation's
// policy may point a source elsewhere (a mirror, or loopback in tests); user settings and imported files cannot.
import type { SourceBatch } from '../sources/types.ts';
import { parseCslOfficial } from '../sources/csl-official.ts';
import { parseUnScXml } from '../sources/un-sc-xml.ts';
import { parseEuFsfXml } from '../sources/eu-fsf.ts';
import { parseUkSanctionsCsv } from '../sources/uk-sanctions-list.ts';
import { officialFile } from '../sources/source-plan.ts';

const MB = 1_048_576;

/** One official machine-readable list. Adding a publisher is one more entry in DIRECT_SOURCES. */
export interface DirectSource {
  /** Stable id, also the provenance id and the key of policy `directSourceUrls`. */
  id: string;
  /** Who publishes it, for status lines ("UN Security Council"). */
  label: string;
  /** The official address (from the source plan, shared with `compile-list --fetch`). */
  url: string;
  /** File name for messages and provenance ("consolidated.json#results[3] …"). */
  file: string;
  /** Hosts the official address may redirect to. */
  hosts: readonly string[];
  /** Largest download accepted. */
  maxBytes: number;
  /** List ids the file is the whole truth for. */
  covers: readonly string[];
  /** Reads the file (text, file name) into records; throws SourceError naming the row when it cannot. */
  parse: (text: string, file: string) => SourceBatch;
}

/** Lists in the Consolidated Screening List that the registry carries (src/core/sources/csl-lists.ts). */
export const CSL_COVERS = [
  'US-BIS-EL',
  'US-BIS-MEU',
  'US-BIS-UVL',
  'US-BIS-DPL',
  'US-OFAC-SDN',
  'US-OFAC-CMIC',
  'US-OFAC-SSI',
  'US-OFAC-MBS',
  'US-OFAC-PLC',
  'US-OFAC-CAPTA',
  'US-DDTC-DEBARRED',
  'US-STATE-ISN',
] as const;

/** A source whose address is the source plan's official file for the same id. */
function planned(id: string, rest: Omit<DirectSource, 'id' | 'url' | 'file' | 'hosts'>): DirectSource {
  const { name, url } = officialFile(id);
  return { id, url, file: name, hosts: [new URL(url).hostname], ...rest };
}

/** Official sources, in the order they are checked. */
export const DIRECT_SOURCES: readonly DirectSource[] = [
  planned('us-trade-csl', {
    label: 'US Consolidated Screening List (trade.gov)',
    maxBytes: 160 * MB,
    covers: CSL_COVERS,
    parse: parseCslOfficial,
  }),
  planned('un-sc-consolidated', {
    label: 'UN Security Council Consolidated List',
    maxBytes: 40 * MB,
    covers: ['UN-SC'],
    parse: parseUnScXml,
  }),
  planned('eu-fsf', {
    label: 'EU Financial Sanctions Files (European Commission)',
    maxBytes: 100 * MB,
    covers: ['EU-FSF'],
    parse: parseEuFsfXml,
  }),
  planned('uk-sanctions-list', {
    label: 'UK Sanctions List (FCDO)',
    maxBytes: 100 * MB,
    covers: ['UK-SANCTIONS'],
    parse: parseUkSanctionsCsv,
  }),
];

/** The source with this id, or undefined. */
export function getDirectSource(id: string): DirectSource | undefined {
  return DIRECT_SOURCES.find((s) => s.id === id);
}

/**
 * The address to download a source from: the policy's (`directSourceUrls[id]`) when an organisation set one,
 * otherwise the official one. Nothing else can change it.
 */
export function directSourceUrl(source: DirectSource, policyUrls: Readonly<Record<string, string>>): string {
  return policyUrls[source.id] ?? source.url;
}

/** Whether `url` is on one of the source's official hosts over HTTPS. */
export function isOfficialUrl(source: DirectSource, url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && source.hosts.includes(u.hostname) && !u.username && !u.password;
  } catch {
    return false;
  }
}
