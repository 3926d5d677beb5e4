/**
 * Guards for short Chinese names inside unspaced text. Keys and contexts are folded (simplified) text.
 * Each rule names the real-world trap it prevents; see cjk-guards.test.ts.
 */
interface Guard {
  /** Text that must not come right before the name. */
  left?: readonly string[];
  /** Text that must not come right after the name. */
  right?: readonly string[];
}

// "大" ends many ordinary words (四大 "the four big", 伟大 "great", 扩大 "expand"): a name that starts with 大
// after one of these characters is the tail of that word (四大华资银行 = the four big Chinese-funded banks).
const BIG_WORD_HEADS = '一二三四五六七八九十两几伟强庞巨重远广最扩壮盛宏博高长放加老极很太较更偌夸';

const GUARDS: Record<string, Guard> = {
  // 中华为… = 中华 (China) + 为 (as/for): 以中华为本.
  华为: { left: ['中'] },
  // 联想 as a verb: 令人联想到, 让人联想起 ("reminds one of").
  联想: {
    left: ['令人', '让人', '使人', '引人', '不禁', '容易', '不由', '会', '能', '可以', '叫人'],
    right: ['到', '起', '力', '词', '翩翩', '丰富'],
  },
  // 中兴 as "revival": 民族中兴, 中兴之主.
  中兴: { left: ['民族', '王朝', '帝国', '国家', '再', '复', '图', '谋'], right: ['之', '名臣', '大业'] },
  // 大华 inside 大华人 / 大华南 (greater Chinese, greater South China).
  大华: { right: ['人', '南', '北', '东', '西', '语', '侨'] },
  // 中微 (AMEC) inside 中微子 (neutrino), 中微型 (medium and micro-sized).
  中微: { right: ['子', '型', '观', '企'] },
  // 中车 (CRRC) inside 大中车型 (large and medium car models), 途中车辆 (vehicles on the way), 中车道 (middle lane),
  // 站台中车站 / 城市中车库 (… 中 "in" + 车站 "station", 车库 "garage", 车票, 车主, 车牌).
  中车: {
    left: ['大', '途', '城', '库', '山'],
    right: ['型', '辆', '道', '厢', '位', '间', '窗', '速', '站', '库', '票', '主', '牌', '载'],
  },
  // 中芯 (SMIC) inside 系统中芯片 ("chips in the system": 中 "in" + 芯片 "chip").
  中芯: { right: ['片'] },
  // 中核 (CNNC) inside 程序中核心 ("the core in the program": 中 "in" + 核心, 核查, 核实, 核算, 核对).
  中核: { right: ['心', '查', '实', '算', '对', '准'] },
  // 海康 (Hikvision) across 上海 / 沿海 / 青海 + 康复 (rehabilitation), 康乐, 康宁 (上海康复医院).
  海康: {
    left: [
      '上',
      '渤',
      '东',
      '沿',
      '航',
      '出',
      '大',
      '黄',
      '南',
      '北',
      '公',
      '临',
      '环',
      '四',
      '青',
      '近',
      '深',
    ],
    right: ['复', '乐', '宁'],
  },
  // 三六零 (360) as a number: 三六零度 (360 degrees).
  三六零: { right: ['度'] },
  // 成飞 (Chengdu Aircraft) inside 变成飞机 / 化成飞灰 (turn into …).
  成飞: { left: ['变', '化', '做', '当', '造', '改', '而', '完'] },
  // 西飞 (Xi'an Aircraft) inside 往西飞 / 东西飞 (fly west, things fly).
  西飞: { left: ['往', '向', '朝', '东'] },
  // 快手 (Kuaishou) as "a quick hand": 是个快手, 快手快脚.
  快手: { left: ['个', '把', '好', '老'], right: ['快脚'] },
  // 商汤 (SenseTime) as King Tang of Shang: 商汤王, 商汤灭夏.
  商汤: { right: ['王', '灭', '伐', '时'] },
  // 云从 (CloudWalk) in the idiom 云从龙，风从虎.
  云从: { right: ['龙'] },
  // 中交 (CCCC) inside 空中交通 (air traffic), 系统中交换机 (… 交换 "switch"), 教程中交互式 (… 交互 "interactive").
  中交: { left: ['空', '途', '期'], right: ['通', '流', '易', '替', '汇', '换', '互', '付', '叉'] },
  // 钉钉 (DingTalk) in the idiom 板上钉钉 (a done deal).
  钉钉: { left: ['板上', '铁'] },
  // 微博 (Weibo) inside 微博客 (a microblog).
  微博: { right: ['客'] },
  // 百度 (Baidu) in 众里寻他千百度 ("a thousand times", Xin Qiji), the poem the company is named after.
  百度: { left: ['千'] },
  // 飞机制造 (from 上海飞机制造, Shanghai Aircraft) as "aircraft manufacturing": 飞机制造商, 飞机制造业.
  飞机制造: { right: ['商', '业', '厂', '技'] },
  // Universities named after their city or province inside 天津大学生 / 四川大学生 ("Tianjin / Sichuan university
  // students"). The rarer 在天津大学生活 ("lived at Tianjin University") is given up with them.
  天津大学: { right: ['生'] },
  四川大学: { right: ['生'] },
};

const GUARD_LIST = Object.entries(GUARDS);

/**
 * Short company names that are ordinary words (彩虹 rainbow = IRICO, 曙光 dawn = Sugon, 浪潮 wave = Inspur,
 * 长城 Great Wall, 北斗 the Big Dipper …): never more than a weak match on their own.
 */
export const EVERYDAY_ZH_WORDS: ReadonlySet<string> = new Set([
  '彩虹',
  '曙光',
  '浪潮',
  '烽火',
  '天马',
  '长城',
  '方正',
  '东方',
  '北方',
  '南方',
  '红旗',
  '中华',
  '长江',
  '黄河',
  '熊猫',
  '凤凰',
  '航天',
  '航空',
  '电子',
  '科技',
  '兵器',
  '船舶',
  '卫星',
  '金山',
  '东风',
  '解放',
  '神州',
  '北斗',
  '神舟',
  '长征',
  '天宫',
  '光明',
  '华夏',
  '中国',
  '国际',
  '星网',
  '海鹰',
  '前锋',
  '先锋',
  '联合',
  '中兴',
  '大华',
]);

/** True when the folded name `key`, between the folded texts `before` and `after`, sits in a known trap. */
export function isCjkTrap(key: string, before: string, after: string): boolean {
  if (key.startsWith('大') && before.length > 0 && BIG_WORD_HEADS.includes(before.slice(-1))) return true;
  // A guard on a short name also covers longer names that start (left context) or end (right context) with it.
  for (const [name, guard] of GUARD_LIST) {
    if (key.startsWith(name) && guard.left?.some((l) => before.endsWith(l))) return true;
    if (key.endsWith(name) && guard.right?.some((r) => after.startsWith(r))) return true;
  }
  return false;
}
