// The HTML report's wording in the UI language.
import type { ReportLabels } from '../../core/export/index.ts';
import type { Translate } from './useStrings.ts';

/** ReportLabels filled from _locales. */
export function reportLabels(t: Translate): ReportLabels {
  return {
    title: t('reportTitle'),
    page: t('reportPage'),
    pageTitle: t('reportPageTitle'),
    capturedAt: t('reportCapturedAt'),
    extension: t('reportExtension'),
    listVersion: t('reportListVersion'),
    dataDate: t('reportDataDate'),
    dataAgeDays: t('reportDataAgeDays'),
    feedHash: t('reportFeedHash'),
    summary: t('reportSummary'),
    entity: t('reportEntity'),
    mentions: t('reportMentions'),
    confidence: t('reportConfidence'),
    listings: t('reportListings'),
    list: t('reportList'),
    authority: t('reportAuthority'),
    programme: t('reportProgramme'),
    dateListed: t('reportDateListed'),
    status: t('reportStatus'),
    citation: t('reportCitation'),
    licencePolicy: t('reportLicencePolicy'),
    source: t('reportSource'),
    meaning: t('reportMeaning'),
    matchedText: t('reportMatchedText'),
    context: t('reportContext'),
    noHits: t('reportNoHits'),
    footer: t('reportFooter'),
    siteFinding: t('reportSiteFinding', '$1'),
    siteHeading: t('reportSiteHeading'),
    plain: t('reportPlain'),
    statusNames: {
      in_force: t('statusInForce'),
      revoked: t('statusRevoked'),
      enjoined: t('statusEnjoined'),
      removed: t('statusRemoved'),
      pending: t('statusPending'),
      unclear: t('statusUnclear'),
    },
    confidenceNames: {
      confirmed: t('confidenceConfirmed'),
      likely: t('confidenceLikely'),
      possible: t('confidencePossible'),
    },
  };
}
