/**
 * Companies that are not listed but whose names start with a listed brand. A match on one of these hides the
 * shorter listed name inside it (e.g. Tencent Music Entertainment is a separate, unlisted company from Tencent).
 */
export const NOT_LISTED_NAMES: readonly string[] = [
  'Tencent Music',
  'Tencent Music Entertainment',
  '腾讯音乐',
  '騰訊音樂',
];
