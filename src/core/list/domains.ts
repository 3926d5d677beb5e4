/**
 * Web domains of listed vendors' own sites, for the vendor-site banner. No list publishes these; each is the
 * company's well-known public site. Keyed by entry id (curated ids are fixed, so the keys stay valid).
 */
export const VENDOR_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  'company-huawei': ['huawei.com', 'consumer.huawei.com', 'huaweicloud.com'],
  'company-zte': ['zte.com.cn', 'ztedevices.com'],
  'company-hytera': ['hytera.com', 'hytera.us'],
  'company-hikvision': ['hikvision.com'],
  'company-dahua': ['dahuasecurity.com', 'dahuatech.com'],
  'company-kaspersky': ['kaspersky.com', 'kaspersky.ru'],
  'company-dji': ['dji.com'],
  'company-autel-robotics': ['autelrobotics.com'],
  'company-bytedance': ['bytedance.com'],
  'company-tencent': ['tencent.com'],
  'company-sensetime-group-limited': ['sensetime.com'],
  'company-megvii-technology-limited': ['megvii.com'],
  'company-iflytek-co-ltd': ['iflytek.com'],
  'company-smic': ['smics.com'],
  'company-ymtc': ['ymtc.com'],
  'company-cxmt': ['cxmt.com'],
  'company-contemporary-amperex-technology-co-limited': ['catl.com'],
  'company-byd-company-limited': ['byd.com'],
  'company-tp-link-technologies-co-ltd': ['tp-link.com'],
  'company-hangzhou-yushu-technology-co-ltd': ['unitree.com'],
  'company-quectel-wireless-solutions-co-ltd': ['quectel.com'],
  'company-alibaba-group-holding-limited': ['alibabagroup.com'],
  'company-baidu-inc': ['baidu.com'],
  'app-tiktok': ['tiktok.com'],
  'app-wechat': ['wechat.com', 'weixin.qq.com'],
};

/** Domains known for an entry id (lower-case, no scheme); empty when none are known. */
export function domainsFor(id: string): string[] {
  return [...(VENDOR_DOMAINS[id] ?? [])];
}
