// Each guard with the real-world phrase it keeps from becoming a badge, and a genuine mention that still matches.
import { describe, expect, it } from 'vitest';
import { EVERYDAY_ZH_WORDS, isCjkTrap } from './cjk-guards.ts';

describe('isCjkTrap', () => {
  it.each([
    ['大华', '香港四', '资银行', '四大華資銀行: the four big Chinese-funded banks'],
    ['大华', '伟', '夏', '偉大華夏: great China'],
    ['大华', '', '人地区', '大華人地區: greater Chinese regions'],
    ['华为', '以中', '本', '以中華為本: with China as the root'],
    ['联想', '让人', '到', '讓人聯想到: reminds one of'],
    ['联想', '', '起当年', '聯想起當年: recalls those years'],
    ['联想控股', '令人', '', 'a longer name starting with 联想 keeps the left guard'],
    ['中兴', '民族', '', '民族中興: national revival'],
    ['中微', '', '子', '中微子: neutrino'],
    ['中车', '大', '型', '大中車型: large and medium car models'],
    ['成飞', '变', '机', '變成飛機: turn into an aircraft'],
    ['西飞', '往', '', '往西飛: fly west'],
    ['快手', '是个', '', '是個快手: is a quick hand'],
    ['商汤', '', '王', '商湯王: King Tang of Shang'],
    ['云从', '', '龙风从虎', '雲從龍，風從虎 (idiom)'],
    ['中交', '空', '通管制', '空中交通管制: air traffic control'],
    ['钉钉', '板上', '', '板上釘釘: a done deal'],
    ['中芯', '系统', '片', '系統中芯片: chips in the system'],
    ['中核', '程序', '心', '程序中核心: the core in the program'],
    ['中车', '火车站', '站', '火車站中車站: the station among stations'],
    ['中交', '系统', '换机', '系統中交換機: the switch in the system'],
    ['海康', '上', '复医院', '上海康復醫院: a Shanghai rehabilitation hospital'],
    ['三六零', '', '度', '三六零度: 360 degrees'],
    ['天津大学', '', '生志愿者', '天津大學生志願者: Tianjin university-student volunteers'],
    ['四川大学', '', '生创业大赛', '四川大學生創業大賽: a Sichuan student start-up contest'],
  ])('%s in %s|%s (%s) is a trap', (name, before, after) => {
    expect(isCjkTrap(name, before, after)).toBe(true);
  });

  it.each([
    ['大华', '美国将', '技术列入'],
    ['华为', '制裁', '公司'],
    ['联想', '', '集团发布'],
    ['中兴', '', '通讯'],
    ['中微', '', '公司'],
    ['中车', '', '集团'],
    ['成飞', '', '公司'],
    ['快手', '', '平台'],
    ['商汤', '', '科技'],
    ['天津大学', '美国将', '列入实体清单'],
  ])('%s in %s|%s is a real mention', (name, before, after) => {
    expect(isCjkTrap(name, before, after)).toBe(false);
  });
});

describe('EVERYDAY_ZH_WORDS', () => {
  it('holds short company names that are ordinary words (彩虹 "rainbow" is also IRICO)', () => {
    expect(EVERYDAY_ZH_WORDS.has('彩虹')).toBe(true);
    expect(EVERYDAY_ZH_WORDS.has('华为')).toBe(false);
  });
});
