// Chinese company names are usually [place][brand][trade][legal form] (浙江 大华 技术 股份有限公司); news drops the
// place and the legal form (大华技术, 大华科技). Place names: PRC provinces, autonomous regions, municipalities,
// SARs and large cities (simplified, as folded).
const PLACES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
  '杭州',
  '深圳',
  '广州',
  '南京',
  '武汉',
  '成都',
  '西安',
  '苏州',
  '无锡',
  '宁波',
  '厦门',
  '青岛',
  '大连',
  '沈阳',
  '长沙',
  '郑州',
  '济南',
  '合肥',
  '福州',
  '哈尔滨',
  '长春',
  '石家庄',
  '太原',
  '南昌',
  '昆明',
  '贵阳',
  '兰州',
  '珠海',
  '东莞',
  '佛山',
  '温州',
  '绍兴',
  '常州',
  '烟台',
  '绵阳',
  '洛阳',
  '中山',
  '乌鲁木齐',
  '呼和浩特',
  '南宁',
  '海口',
  '西宁',
  '银川',
  '拉萨',
  '天津滨海',
];
// Interchangeable trade words (both mean "technology").
const TRADE_SYNONYMS: readonly (readonly string[])[] = [['科技', '技术']];

/** Keys with a leading place name removed (at least four characters must stay), or undefined. */
export function stripPlace(keys: readonly string[]): string[] | undefined {
  if (keys.length < 6 || (keys[0]?.length ?? 0) !== 1) return undefined;
  const text = keys.join('');
  if (text.length !== keys.length) return undefined;
  const place = PLACES.filter((p) => text.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  if (!place || text.length - place.length < 4) return undefined;
  return keys.slice(place.length);
}

/** The name with its trade word swapped for a synonym (大华技术 → 大华科技), or undefined. */
export function swapTradeWord(keys: readonly string[]): string[] | undefined {
  if (keys.length < 4 || (keys[keys.length - 1]?.length ?? 0) !== 1) return undefined;
  const text = keys.join('');
  if (text.length !== keys.length) return undefined;
  for (const group of TRADE_SYNONYMS) {
    for (const word of group) {
      if (!text.endsWith(word) || text.length <= word.length + 1) continue;
      const other = group.find((w) => w !== word) ?? word;
      return [...text.slice(0, text.length - word.length), ...other];
    }
  }
  return undefined;
}
