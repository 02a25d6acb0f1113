import { describe, expect, it } from 'vitest';
import { PlaceResolver } from './place.js';

// The graph's cities as the curated seed names them (seeds/g60/10-cities.json), a few of them.
const resolver = new PlaceResolver([
  { id: 'city:songjiang', names: ['上海松江', '松江', '松江区', '上海市松江区'] },
  { id: 'city:shanghai', names: ['上海', '上海市'] },
  { id: 'city:jinhua', names: ['金华', '金华市'] },
  { id: 'city:wuhu', names: ['芜湖', '芜湖市'] },
  { id: 'city:jiaxing', names: ['嘉兴', '嘉兴市'] },
  { id: 'city:pinghu', names: ['平湖', '平湖市'] },
]);

describe('places', () => {
  it.each([
    [{ address: '上海市松江区九亭镇沪亭北路218号' }, 'city:songjiang'],
    [{ address: '浙江省义乌市稠江街道' }, 'city:jinhua'],
    [{ address: '安徽省芜湖市鸠江区电子产业园' }, 'city:wuhu'],
    [{ address: '浙江省嘉兴市平湖市经济开发区' }, 'city:pinghu'],
    [{ address: '嘉兴市南湖区' }, 'city:jiaxing'],
    [{ city: '金华市' }, 'city:jinhua'],
    [{ city: '上海', district: '闵行区' }, 'city:shanghai'],
  ])('%j → %s', (parts, id) => {
    expect(resolver.resolve(parts)).toMatchObject({ cityId: id });
  });

  it("names a place outside the graph's cities instead of guessing, and gives up on nothing", () => {
    expect(resolver.resolve({ address: '江苏省南京市鼓楼区中山路1号' })).toEqual({ outside: '江苏省南京市鼓楼区' });
    expect(resolver.resolve({ address: '某某路88号' })).toBeNull();
    expect(resolver.resolve({})).toBeNull();
  });
});
