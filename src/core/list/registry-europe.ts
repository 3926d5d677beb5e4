import type { ListDefinition } from './format.ts';

const COUNCIL = 'Council of the European Union (list published by the European Commission, DG FISMA)';

/** EU and UK sanctions lists. */
export const EUROPE_LISTS: ListDefinition[] = [
  {
    id: 'EU-FSF',
    name: 'EU consolidated list of persons, groups and entities subject to financial sanctions',
    label: 'EU asset freeze',
    family: 'sanctions',
    authority: COUNCIL,
    jurisdiction: 'EU',
    meaningReader:
      'The EU froze this party’s funds and economic resources in the EU; listed people are usually also banned from entering or travelling through the EU.',
    meaningBuyer:
      'No EU person may pay it, buy from it or make any funds or economic resources available to it, directly or indirectly, without a licence from a national authority; this covers companies it owns or controls.',
    url: 'https://webgate.ec.europa.eu/fsd/fsf',
  },
  {
    id: 'EU-RUS-SECTORAL',
    name: 'EU sectoral measures against Russia (annexes of Regulation 833/2014)',
    label: 'EU sectoral measures',
    family: 'sanctions',
    authority: 'Council of the European Union',
    jurisdiction: 'EU',
    meaningReader:
      'The EU restricts particular dealings with this party, such as new loans and securities, transactions with state-owned firms, port access or services; its assets are not frozen by this listing alone.',
    meaningBuyer:
      'The annex named in the listing decides what is banned (financing, investment, services, transactions, port calls); ordinary trade not covered by that annex stays possible, so check the annex before dealing.',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32014R0833',
  },
  {
    id: 'EU-RUS-EXPORT',
    name: 'EU export restrictions: Annex IV to Regulation 833/2014 (Russia’s military-industrial complex)',
    label: 'EU export ban (Annex IV)',
    family: 'export-control',
    authority: 'Council of the European Union',
    jurisdiction: 'EU',
    meaningReader:
      'The EU considers this party part of or supporting Russia’s military-industrial complex; dual-use and advanced technology goods may not be sold to it.',
    meaningBuyer:
      'Selling, supplying or exporting dual-use goods and the technology listed in the regulation to it is prohibited, with tightly limited exceptions; buying from it is not itself banned by this annex.',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32014R0833',
  },
  {
    id: 'UK-SANCTIONS',
    name: 'UK Sanctions List',
    label: 'UK sanctions',
    family: 'sanctions',
    authority: 'UK Foreign, Commonwealth & Development Office (FCDO)',
    jurisdiction: 'GB',
    meaningReader:
      'The UK designated this party under a sanctions regime; the measures imposed (asset freeze, travel ban, trade or transport sanctions) are named in the listing.',
    meaningBuyer:
      'With an asset freeze, no one in the UK or any UK person anywhere may deal with its funds or make funds or economic resources available to it without an OFSI licence; other measures restrict trade, services or ships as stated.',
    url: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
  },
];
