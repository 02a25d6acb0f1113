import type { Random } from './random.js';

/** Brand syllables with pinyin, so every synthetic company has a plausible Chinese name and an English one. */
const SYLLABLES: [string, string][] = [
  ['瑞', 'Rui'],
  ['芯', 'Xin'],
  ['华', 'Hua'],
  ['科', 'Ke'],
  ['创', 'Chuang'],
  ['中', 'Zhong'],
  ['联', 'Lian'],
  ['智', 'Zhi'],
  ['源', 'Yuan'],
  ['泰', 'Tai'],
  ['达', 'Da'],
  ['恒', 'Heng'],
  ['新', 'Xin'],
  ['宏', 'Hong'],
  ['博', 'Bo'],
  ['远', 'Yuan'],
  ['通', 'Tong'],
  ['盛', 'Sheng'],
  ['鑫', 'Xin'],
  ['航', 'Hang'],
  ['微', 'Wei'],
  ['光', 'Guang'],
  ['晶', 'Jing'],
  ['磁', 'Ci'],
  ['锐', 'Rui'],
  ['启', 'Qi'],
  ['德', 'De'],
  ['安', 'An'],
  ['隆', 'Long'],
  ['力', 'Li'],
  ['天', 'Tian'],
  ['海', 'Hai'],
  ['正', 'Zheng'],
  ['合', 'He'],
  ['嘉', 'Jia'],
  ['昊', 'Hao'],
  ['捷', 'Jie'],
  ['芃', 'Peng'],
  ['凯', 'Kai'],
  ['润', 'Run'],
];

const SUFFIXES: [string, string][] = [
  ['有限公司', 'Co., Ltd.'],
  ['股份有限公司', 'Co., Ltd. (joint-stock)'],
  ['科技有限公司', 'Technology Co., Ltd.'],
];

export function companyName(
  random: Random,
  city: { zh: string; en: string },
  segment: { zh: string; en: string },
): { zh: string; en: string } {
  const [a, ap] = random.pick(SYLLABLES);
  const [b, bp] = random.pick(SYLLABLES);
  const [suffix, suffixEn] = random.pick(SUFFIXES);
  const cityZh = city.zh.replace(/^上海/, '');
  return {
    zh: `${cityZh}${a}${b}${segment.zh}${suffix}`,
    en: `${city.en.split(',')[0]} ${ap}${bp.toLowerCase()} ${segment.en} ${suffixEn}`,
  };
}
