// Every user-visible string of the content script, in English and Simplified Chinese, in the language chosen in
// settings (or the browser's); the plain sentences for listings come from the locale files (shared/i18n.ts).
import type { EntryKind, ListFamily, ListingStatus } from '../core/list/format.ts';
import type { Confidence } from '../core/match/types.ts';
import type { Translate } from '../core/explain/plain-line.ts';
import type { UiLocale } from '../core/i18n/language.ts';
import { localeFor, translatorFor } from '../shared/i18n.ts';

export interface ContentStrings {
  family: Record<ListFamily, string>;
  kind: Record<EntryKind, string>;
  status: Record<ListingStatus, string>;
  confidence: Record<Confidence, string>;
  confidenceShort: Record<Confidence, string>;
  historic: string;
  badgeAria: (family: string, name: string, confidence: string) => string;
  cardLabel: (name: string) => string;
  matched: (text: string) => string;
  matchedName: (name: string) => string;
  listed: string;
  since: string;
  citation: string;
  authority: string;
  forReaders: string;
  forBuyers: string;
  officialSource: string;
  close: string;
  muteHere: string;
  turnOffSite: string;
  muted: string;
  turnedOff: string;
  bannerText: (name: string) => string;
  bannerDetails: string;
  bannerDismiss: string;
  bannerLabel: string;
  siteDomain: (host: string) => string;
  listingsHeading: string;
}

const EN: ContentStrings = {
  family: {
    sanctions: 'Sanctions',
    'export-control': 'Export control',
    'procurement-ban': 'Procurement ban',
    'forced-labour': 'Forced labour',
    'app-ban': 'App ban',
    watchlist: 'Watchlist',
  },
  kind: {
    company: 'Company',
    organization: 'Organisation',
    app: 'App',
    product: 'Product',
    person: 'Person',
    vessel: 'Vessel',
    aircraft: 'Aircraft',
  },
  status: {
    in_force: 'In force',
    revoked: 'Revoked',
    enjoined: 'Blocked by a court',
    removed: 'Removed from the list',
    pending: 'Not yet in effect',
    unclear: 'Status unclear',
  },
  confidence: {
    confirmed: 'Exact listed name',
    likely: 'Known alias or derived name',
    possible: 'Weaker match: check the context',
  },
  confidenceShort: { confirmed: 'exact', likely: 'alias', possible: 'weak' },
  historic: 'no longer in force',
  badgeAria: (family, name, confidence) => `${family}: ${name} (${confidence}). Press Enter for details.`,
  cardLabel: (name) => `Restriction details for ${name}`,
  matched: (text) => `Matched “${text}” on this page`,
  matchedName: (name) => `listed as “${name}”`,
  listed: 'Listed',
  since: 'since',
  citation: 'Citation',
  authority: 'Authority',
  forReaders: 'What it means',
  forBuyers: 'For buyers',
  officialSource: 'Official source',
  close: 'Close',
  muteHere: 'Not this company — mute here',
  turnOffSite: 'Turn off on this site',
  muted: 'Muted on this site',
  turnedOff: 'Turned off on this site',
  bannerText: (name) => `This site belongs to ${name}, which is on a government restriction list.`,
  bannerDetails: 'Details',
  bannerDismiss: 'Dismiss for this site',
  bannerLabel: 'Sanctions Lens notice',
  siteDomain: (host) => `This site’s domain: ${host}`,
  listingsHeading: 'Listings',
};

const ZH: ContentStrings = {
  family: {
    sanctions: '制裁',
    'export-control': '出口管制',
    'procurement-ban': '采购禁令',
    'forced-labour': '强迫劳动',
    'app-ban': '应用禁令',
    watchlist: '观察名单',
  },
  kind: {
    company: '公司',
    organization: '机构',
    app: '应用',
    product: '产品',
    person: '个人',
    vessel: '船舶',
    aircraft: '飞机',
  },
  status: {
    in_force: '有效',
    revoked: '已撤销',
    enjoined: '已被法院禁止执行',
    removed: '已从名单移除',
    pending: '尚未生效',
    unclear: '状态不明',
  },
  confidence: {
    confirmed: '与名单上的名称完全一致',
    likely: '已知别名或派生名称',
    possible: '较弱匹配：请结合上下文判断',
  },
  confidenceShort: { confirmed: '精确', likely: '别名', possible: '弱' },
  historic: '已不再有效',
  badgeAria: (family, name, confidence) => `${family}：${name}（${confidence}）。按回车查看详情。`,
  cardLabel: (name) => `${name} 的限制详情`,
  matched: (text) => `本页匹配文字“${text}”`,
  matchedName: (name) => `名单名称“${name}”`,
  listed: '列入日期',
  since: '自',
  citation: '出处',
  authority: '发布机构',
  forReaders: '含义',
  forBuyers: '对采购方',
  officialSource: '官方来源',
  close: '关闭',
  muteHere: '不是这家公司 — 在此网站静音',
  turnOffSite: '在此网站关闭',
  muted: '已在此网站静音',
  turnedOff: '已在此网站关闭',
  bannerText: (name) => `本网站属于 ${name}，该公司在政府限制名单上。`,
  bannerDetails: '详情',
  bannerDismiss: '在此网站不再显示',
  bannerLabel: 'Sanctions Lens 提示',
  siteDomain: (host) => `本网站域名：${host}`,
  listingsHeading: '名单记录',
};

/** The strings for a BCP 47 language tag: Simplified Chinese for zh (except zh-Hant/TW/HK/MO), else English. */
export function stringsFor(lang: string): ContentStrings {
  const l = lang.toLowerCase();
  return l.startsWith('zh') && !/hant|tw|hk|mo/.test(l) ? ZH : EN;
}

/** Strings in the current language (the browser's until settings are read; see setContentLocale). */
export let STRINGS: ContentStrings = stringsFor(globalThis.navigator?.language ?? 'en');
/** Locale-file lookup in the current language (plain sentences, status names). */
export let translate: Translate = translatorFor(localeFor('auto'));
/** The current language as a BCP 47 tag, for the card's and banner's `lang`. */
export let contentLang = 'en';

/** Switches the content script's language (from settings.language); drawn badges pick it up on their next redraw. */
export function setContentLocale(locale: UiLocale): void {
  STRINGS = locale === 'zh_CN' ? ZH : EN;
  translate = translatorFor(locale);
  contentLang = locale === 'zh_CN' ? 'zh-CN' : 'en';
}
