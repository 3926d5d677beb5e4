/** Maps the Consolidated Screening List `source` strings to registry list ids (by the code in brackets). */
const CODES: Record<string, string> = {
  EL: 'US-BIS-EL',
  MEU: 'US-BIS-MEU',
  UVL: 'US-BIS-UVL',
  DPL: 'US-BIS-DPL',
  SDN: 'US-OFAC-SDN',
  CMIC: 'US-OFAC-CMIC',
  SSI: 'US-OFAC-SSI',
  'NS-MBS List': 'US-OFAC-MBS',
  PLC: 'US-OFAC-PLC',
  CAP: 'US-OFAC-CAPTA',
  DTC: 'US-DDTC-DEBARRED',
  ISN: 'US-STATE-ISN',
};

/** Registry list id for a CSL source string such as "Entity List (EL) - Bureau of Industry and Security". */
export function cslListId(source: string): string | undefined {
  const code = /\(([^()]+)\)/.exec(source)?.[1];
  return code ? CODES[code] : undefined;
}

/** Year of the newest Federal Register volume cited ("84 FR 22963; 85 FR 29853" → 2020); volume N is year N + 1935. */
export function newestFrYear(citation: string): number | undefined {
  const volumes = [...citation.matchAll(/(\d{2,3})\s*F\.?\s?R\.?\s/g)].map((m) => Number(m[1]));
  return volumes.length > 0 ? Math.max(...volumes) + 1935 : undefined;
}

/** Collapses the spacing and separators of an FR citation list ("84 FR 1,  85 FR 2" → "84 FR 1; 85 FR 2"). */
export function tidyCitation(citation: string): string {
  return citation
    .split(/[;,]/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join('; ');
}
