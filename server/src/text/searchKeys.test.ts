import { describe, expect, it } from 'vitest';
import { chineseVariants, latinKey, searchKeys, shortName } from './searchKeys.js';

describe('short names', () => {
  it.each([
    ['横店集团东磁股份有限公司', '横店东磁'],
    ['浙江嘉欣丝绸股份有限公司', '嘉欣丝绸'],
    ['上海华力微电子有限公司', '华力微电子'],
    ['合肥京东方光电科技有限公司', '京东方光电科技'],
    ['芜湖奇瑞汽车股份有限公司（总部）', '奇瑞汽车'],
    ['中国商飞', '商飞'],
    ['公司', '公司'],
  ])('%s → %s', (name, short) => {
    expect(shortName(name)).toBe(short);
  });
});

describe('search keys', () => {
  it('gives the short name, full pinyin and initials of the name and of its short form', () => {
    expect(searchKeys('横店集团东磁股份有限公司')).toEqual([
      '横店东磁',
      'hengdianjituandongcigufenyouxiangongsi',
      'hdjtdcgfyxgs',
      'hengdiandongci',
      'hddc',
    ]);
  });

  it('reads traditional names as simplified ones, and skips names with no Chinese', () => {
    expect(searchKeys('橫店東磁', ['DMEGC'])).toEqual(['hengdiandongci', 'hddc']);
    expect(searchKeys('Tesla')).toEqual([]);
  });

  it('turns typed text into variants and keys', () => {
    expect(chineseVariants('橫店東磁')).toEqual(['橫店東磁', '横店东磁']);
    expect(chineseVariants('横店东磁')).toEqual(['横店东磁', '橫店東磁']);
    expect(latinKey('Heng Dian')).toBe('hengdian');
    expect(latinKey('横店')).toBeNull();
    expect(latinKey('h')).toBeNull();
  });
});
