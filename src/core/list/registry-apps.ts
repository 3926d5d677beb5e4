import type { ListDefinition } from './format.ts';

function appBan(
  id: string,
  name: string,
  label: string,
  authority: string,
  jurisdiction: string,
  meaning: [string, string],
  url?: string,
): ListDefinition {
  const def: ListDefinition = {
    id,
    name,
    label,
    family: 'app-ban',
    authority,
    jurisdiction,
    meaningReader: meaning[0],
    meaningBuyer: meaning[1],
  };
  return url ? { ...def, url } : def;
}

const US_PRESIDENT = 'President of the United States';
const MEITY = 'India, Ministry of Electronics and Information Technology';

/** App bans: US executive orders and statutes, India's Section 69A blocks, government DeepSeek bans. */
export const APP_BAN_LISTS: ListDefinition[] = [
  appBan(
    'US-PAFACA',
    'Protecting Americans from Foreign Adversary Controlled Applications Act (Pub. L. 118-50, div. H)',
    'PAFACA',
    'U.S. Congress',
    'US',
    [
      'US law bans app stores and hosts from serving apps controlled by a foreign adversary unless divested.',
      'Distributing or hosting the covered app in the US is unlawful unless a qualified divestiture applies.',
    ],
    'https://www.congress.gov/118/plaws/publ50/PLAW-118publ50.pdf',
  ),
  appBan(
    'US-NTGDA',
    'No TikTok on Government Devices Act (Pub. L. 117-328, div. R)',
    'Gov device ban',
    'U.S. Congress',
    'US',
    [
      'The app must be removed from US federal government devices.',
      'Federal agencies and their contractors’ government-furnished devices may not run it.',
    ],
  ),
  appBan('US-MT-SB419', 'Montana SB 419 (TikTok ban)', 'Montana ban', 'State of Montana', 'US', [
    'Montana passed a law banning the app in the state; courts blocked it.',
    'No effect while the injunction stands.',
  ]),
  appBan(
    'US-EO13942',
    'Executive Order 13942 (TikTok)',
    'EO 13942',
    US_PRESIDENT,
    'US',
    [
      'A 2020 US order against TikTok’s owner; it never took full effect and was revoked in 2021.',
      'No current effect.',
    ],
    'https://www.federalregister.gov/d/2020-17699',
  ),
  appBan(
    'US-EO13943',
    'Executive Order 13943 (WeChat)',
    'EO 13943',
    US_PRESIDENT,
    'US',
    ['A 2020 US order against WeChat; courts blocked it and it was revoked in 2021.', 'No current effect.'],
    'https://www.federalregister.gov/d/2020-17700',
  ),
  appBan(
    'US-EO13971',
    'Executive Order 13971 (Chinese-connected software applications)',
    'EO 13971',
    US_PRESIDENT,
    'US',
    [
      'A January 2021 US order against eight Chinese apps; revoked before it took effect.',
      'No current effect.',
    ],
  ),
  appBan(
    'IN-MEITY-69A',
    'India blocking orders under Section 69A of the Information Technology Act',
    'India app ban',
    MEITY,
    'IN',
    [
      'India blocked this app nationwide as prejudicial to its sovereignty and security.',
      'The app may not be offered or used in India.',
    ],
  ),
  appBan(
    'IT-GARANTE-DEEPSEEK',
    'Garante order limiting DeepSeek',
    'Italy data ban',
    'Garante per la protezione dei dati personali (Italy’s data-protection authority)',
    'IT',
    [
      'Italy’s data-protection authority ordered DeepSeek to stop processing Italian users’ data.',
      'The app was withdrawn from Italian app stores.',
    ],
    'https://www.garanteprivacy.it/',
  ),
  appBan(
    'TW-MODA-DEEPSEEK',
    'Taiwan public-sector ban on DeepSeek',
    'Taiwan gov ban',
    'Taiwan, Ministry of Digital Affairs',
    'TW',
    [
      'Taiwan bars this AI service from government agencies and critical infrastructure.',
      'Public-sector bodies in Taiwan may not use it.',
    ],
    'https://moda.gov.tw/',
  ),
  appBan(
    'AU-HOMEAFFAIRS-DEEPSEEK',
    'Australian Government direction on DeepSeek',
    'Australia gov ban',
    'Australia, Department of Home Affairs',
    'AU',
    [
      'Australia ordered this AI service removed from government systems and devices.',
      'Australian government entities may not use it.',
    ],
    'https://www.homeaffairs.gov.au/',
  ),
  appBan(
    'IN-MOF-DEEPSEEK',
    'India Ministry of Finance advisory on AI tools',
    'India gov advisory',
    'India, Ministry of Finance',
    'IN',
    [
      'India’s finance ministry told staff not to use this AI tool on official devices.',
      'Applies to official devices of the ministry only.',
    ],
  ),
];
