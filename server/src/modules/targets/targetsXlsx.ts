/**
 * A target list as an Excel workbook (exceljs): a summary sheet (汇总), then one sheet per segment with its ranked
 * candidates, headers in Chinese or English. Names come in through `name`, so the sheets read like the web page.
 */
import ExcelJS from 'exceljs';
import type { TargetListResult, TargetStatus } from './targets.service.js';

export type XlsxLang = 'zh' | 'en';

const WORDS = {
  zh: {
    summary: '汇总',
    title: (city: string, industry: string) => `${city} · ${industry} 招商清单`,
    segment: '产业链环节',
    status: '状态',
    cityCompanies: '本市企业数',
    corridorCompanies: '走廊企业数',
    candidates: '候选企业数',
    best: '首选候选',
    rank: '排名',
    company: '企业名称',
    uscc: '统一社会信用代码',
    city: '所在城市',
    score: '得分',
    reasons: '理由',
    alliances: '同属联盟',
    parks: '同一园区',
    customersInCity: '本市现有客户',
    distance: '距离（公里）',
    statuses: { LOCAL_GAP: '本地缺口', SINGLE_SOURCE: '单一来源', MISSING: '走廊缺失' },
  },
  en: {
    summary: 'Summary',
    title: (city: string, industry: string) => `${city} · ${industry} target list`,
    segment: 'Chain segment',
    status: 'Status',
    cityCompanies: 'Companies in the city',
    corridorCompanies: 'Companies in the corridor',
    candidates: 'Candidates',
    best: 'Best candidate',
    rank: 'Rank',
    company: 'Company',
    uscc: 'Unified social credit code',
    city: 'City',
    score: 'Score',
    reasons: 'Reasons',
    alliances: 'Shared alliances',
    parks: 'Shared parks',
    customersInCity: 'Customers in the city',
    distance: 'Distance (km)',
    statuses: { LOCAL_GAP: 'Local gap', SINGLE_SOURCE: 'Single source', MISSING: 'Missing in the corridor' },
  },
} as const satisfies Record<XlsxLang, { statuses: Record<TargetStatus, string> } & Record<string, unknown>>;

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 28) || 'Sheet';
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base} ${k}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function targetListXlsx(
  list: TargetListResult,
  name: (id: string) => string,
  lang: XlsxLang,
): Promise<Buffer> {
  const w = WORDS[lang];
  const book = new ExcelJS.Workbook();
  book.creator = 'G60 Chain Explorer';
  const taken = new Set<string>();
  const bold = { font: { bold: true } };

  const summary = book.addWorksheet(sheetName(w.summary, taken));
  summary.addRow([w.title(name(list.cityId), name(list.industryId))]).font = { bold: true, size: 14 };
  summary.addRow([]);
  summary.addRow([w.segment, w.status, w.cityCompanies, w.corridorCompanies, w.candidates, w.best]).font = bold.font;
  for (const s of list.segments) {
    const best = s.candidates[0];
    summary.addRow([
      name(s.segmentId),
      w.statuses[s.status],
      s.cityCompanies,
      s.corridorCompanies,
      s.candidateCount,
      best ? `${lang === 'en' && best.nameEn ? best.nameEn : best.nameZh} (${name(best.cityId)})` : '',
    ]);
  }
  summary.columns.forEach((c, i) => (c.width = [24, 14, 12, 12, 12, 40][i] ?? 12));

  for (const s of list.segments) {
    const sheet = book.addWorksheet(sheetName(name(s.segmentId), taken));
    sheet.addRow([
      w.rank,
      w.company,
      w.uscc,
      w.city,
      w.score,
      w.reasons,
      w.alliances,
      w.parks,
      w.customersInCity,
      w.distance,
    ]).font = bold.font;
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    s.candidates.forEach((c, i) =>
      sheet.addRow([
        i + 1,
        lang === 'en' && c.nameEn ? c.nameEn : c.nameZh,
        c.uscc ?? '',
        name(c.cityId),
        c.score,
        c.reasons.map((r) => `${r.label} +${r.points}`).join('；'),
        c.alliances.join('、'),
        c.parks.join('、'),
        c.customersInCity,
        c.distanceKm,
      ]),
    );
    sheet.columns.forEach((c, i) => (c.width = [6, 36, 22, 12, 8, 48, 24, 24, 12, 12][i] ?? 12));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
