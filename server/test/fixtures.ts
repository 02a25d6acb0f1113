import type { RawRecord } from '../src/import/parse.js';

/** A small hand-built graph with known answers, as raw import records. */
export function smallCorridor(): RawRecord[] {
  const records: Record<string, unknown>[] = [
    {
      kind: 'Source',
      id: 'source:t',
      nameZh: '测试来源',
      title: '测试来源',
      publisher: '测试',
      publishedOn: '2020-01-01',
    },
    {
      kind: 'City',
      id: 'city:jinhua',
      nameZh: '金华',
      nameEn: 'Jinhua',
      aliases: ['金華'],
      province: '浙江省',
      lat: 29.08,
      lng: 119.65,
      role: 'MEMBER',
    },
    {
      kind: 'City',
      id: 'city:hefei',
      nameZh: '合肥',
      nameEn: 'Hefei',
      province: '安徽省',
      lat: 31.82,
      lng: 117.23,
      role: 'MEMBER',
    },
    {
      kind: 'Company',
      id: 'company:dmegc',
      nameZh: '横店集团东磁股份有限公司',
      nameEn: 'Hengdian Group DMEGC Magnetics',
      aliases: ['横店东磁', '橫店東磁'],
      listed: true,
    },
    { kind: 'Company', id: 'company:innuovo', nameZh: '英洛华科技股份有限公司', aliases: ['英洛华', '英洛華'] },
    { kind: 'Company', id: 'company:kaiwen', nameZh: '凯文磁钢' },
    { kind: 'Company', id: 'company:dongci-trading', nameZh: '东磁贸易有限公司' },
    {
      kind: 'Alliance',
      id: 'alliance:nm',
      nameZh: 'G60科创走廊新材料产业技术创新联盟',
      aliases: ['新材料联盟'],
      founded: '2017-11',
    },
    { kind: 'LOCATED_IN', from: 'company:dmegc', to: 'city:jinhua' },
    { kind: 'LOCATED_IN', from: 'company:innuovo', to: 'city:jinhua' },
    { kind: 'LOCATED_IN', from: 'company:kaiwen', to: 'city:jinhua' },
    { kind: 'LOCATED_IN', from: 'company:dongci-trading', to: 'city:hefei' },
    { kind: 'HOSTED_IN', from: 'alliance:nm', to: 'city:jinhua' },
    { kind: 'MEMBER_OF', from: 'company:dmegc', to: 'alliance:nm', role: 'CHAIR' },
    { kind: 'SUPPLIES', from: 'company:kaiwen', to: 'company:dmegc', product: '磁钢' },
    { kind: 'CITED_IN', from: 'company:dmegc', to: 'source:t', quote: '横店东磁是联盟理事长单位' },
  ];
  return records.map((value, i) => ({ line: i + 1, value }));
}
