/** UI strings in Chinese and English. Every visible label goes through `t`. */
export type Lang = 'zh' | 'en';

const strings = {
  title: { zh: 'G60 产业链图谱', en: 'G60 Chain Explorer' },
  searchPlaceholder: { zh: '搜索公司、城市、联盟、园区…', en: 'Search companies, cities, alliances, parks…' },
  searching: { zh: '搜索中…', en: 'Searching…' },
  noResults: { zh: '没有找到匹配项', en: 'No matches' },
  emptyTitle: { zh: '从搜索开始', en: 'Start with a search' },
  emptyHint: {
    zh: '输入名称（如“东磁”“金华”“新材料”），选中后显示其关联网络；双击节点展开。',
    en: 'Type a name (e.g. 东磁, Jinhua, 新材料); pick one to see its neighbourhood; double-click a node to expand.',
  },
  loadingGraph: { zh: '正在加载关联网络…', en: 'Loading the neighbourhood…' },
  truncated: { zh: '结果已截断：只显示最近的节点', en: 'Truncated: only the nearest nodes are shown' },
  legend: { zh: '图例', en: 'Legend' },
  otherCity: { zh: '其他/未知城市', en: 'Other / unknown city' },
  synthetic: { zh: '合成数据', en: 'Synthetic data' },
  curated: { zh: '文章事实', en: 'Curated fact' },
  sources: { zh: '出处', en: 'Sources' },
  noSources: { zh: '无出处记录', en: 'No citation recorded' },
  aliases: { zh: '别名', en: 'Aliases' },
  city: { zh: '城市', en: 'City' },
  expand: { zh: '展开', en: 'Expand' },
  clear: { zh: '清空', en: 'Clear' },
  selectHint: { zh: '点击节点查看详情', en: 'Click a node for details' },
  error: { zh: '出错了', en: 'Something went wrong' },
  retry: { zh: '重试', en: 'Retry' },
  nodes: { zh: '节点', en: 'nodes' },
  edges: { zh: '关系', en: 'links' },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof strings;

export function t(key: StringKey, lang: Lang): string {
  return strings[key][lang];
}

const kindNames: Record<string, Record<Lang, string>> = {
  CITY: { zh: '城市', en: 'City' },
  INDUSTRY: { zh: '产业', en: 'Industry' },
  SEGMENT: { zh: '产业链环节', en: 'Chain segment' },
  COMPANY: { zh: '企业', en: 'Company' },
  PARK: { zh: '园区', en: 'Park' },
  ALLIANCE: { zh: '产业联盟', en: 'Alliance' },
  PROJECT: { zh: '项目', en: 'Project' },
  AGREEMENT: { zh: '协议/规划', en: 'Agreement' },
  SOURCE: { zh: '来源文章', en: 'Source' },
};

export function kindName(kind: string, lang: Lang): string {
  return kindNames[kind]?.[lang] ?? kind;
}
