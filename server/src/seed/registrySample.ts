/**
 * The synthetic corridor as the joint office's own spreadsheet would hold it: an .xlsx with a 企业名录 sheet
 * (企业名称, 统一社会信用代码 with a valid check character, 注册地址 with real district names of the company's
 * city, 国民经济行业代码 from the GB/T 4754 table, 成立日期, 是否上市) and 供应关系 sheets (by credit code). Written
 * as a stream (exceljs's WorkbookWriter) from the generator, so its size is no limit; `npm run seed:synthetic --
 * --registry` writes it, and `npm run import` reads it back through the registry path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { usccCheckCharacter, type ImportRecord } from '@g60/graph-schema';
import type { CorridorRecord } from '@g60/seeds/synthetic';
import { AREAS, PREFECTURES, PROVINCES } from '../import/registry/divisions.js';
import { INDUSTRY_CODES_FILE } from '../import/registry/industryCodes.js';

/** Rows a worksheet holds at most (Excel's 1,048,576 less the header). */
const SHEET_ROWS = 1_048_575;

const ORG_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid, stable credit code for an id: enterprise (91), the division, nine characters hashed from the id. */
export function syntheticUscc(id: string, divisionCode = '330000'): string {
  let h = 2166136261;
  let g = 5381;
  for (let i = 0; i < id.length; i++) {
    h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
    g = (Math.imul(g, 33) + id.charCodeAt(i)) >>> 0;
  }
  let org = '';
  for (let i = 0; i < 9; i++) {
    const source = i < 5 ? h : g;
    org += ORG_CHARS[Math.floor(source / 31 ** (i % 5)) % 31];
  }
  const first17 = `91${divisionCode}${org}`;
  return `${first17}${usccCheckCharacter(first17)}`;
}

/** For each City node: the division it is (a district such as 松江区) or whose districts it spans. */
function districtsOf(curatedDir: string): Map<string, { prefix: string; code: string; districts: string[] }> {
  const cities = JSON.parse(readFileSync(join(curatedDir, '10-cities.json'), 'utf8')) as {
    kind: string;
    id: string;
    nameZh: string;
    aliases?: string[];
  }[];
  const province = (code: string) => PROVINCES.find((p) => p.code === code)?.name ?? '';
  const out = new Map<string, { prefix: string; code: string; districts: string[] }>();
  for (const c of cities.filter((r) => r.kind === 'City')) {
    const names = [c.nameZh, ...(c.aliases ?? [])];
    const prefecture = PREFECTURES.find((p) => names.includes(p.name) || names.includes(p.name.replace(/市$/, '')));
    if (prefecture) {
      out.set(c.id, {
        prefix: `${province(prefecture.provinceCode)}${prefecture.name}`,
        code: `${prefecture.code}00`,
        districts: AREAS.filter((a) => a.cityCode === prefecture.code).map((a) => a.name),
      });
      continue;
    }
    const area = AREAS.find((a) => names.includes(a.name));
    if (area) out.set(c.id, { prefix: province(area.provinceCode), code: area.code, districts: [area.name] });
  }
  return out;
}

/** A segment's GB/T 4754 code: the first code of the table that lists it (4-digit classes first). */
function codesOfSegments(): Map<string, string> {
  const table = JSON.parse(readFileSync(INDUSTRY_CODES_FILE, 'utf8')) as {
    codes: { code: string; segments: string[] }[];
  };
  const out = new Map<string, string>();
  for (const c of [...table.codes].sort((a, b) => b.code.length - a.code.length)) {
    for (const s of c.segments) if (!out.has(s)) out.set(s, c.code);
  }
  return out;
}

const ROADS = ['科创路', '创新大道', '产业园路', '工业大道', '新城路', '高新路', '振兴路', '长三角路'];

export interface RegistrySampleResult {
  file: string;
  companies: number;
  supplies: number;
}

type Company = Extract<ImportRecord, { kind: 'Company' }>;

export async function writeRegistrySample(
  records: Iterable<CorridorRecord>,
  file: string,
  curatedDir: string,
): Promise<RegistrySampleResult> {
  const places = districtsOf(curatedDir);
  const codes = codesOfSegments();
  const segmentNames = new Map(
    (
      JSON.parse(readFileSync(join(curatedDir, '12-chain-templates.json'), 'utf8')) as {
        id?: string;
        nameZh?: string;
      }[]
    )
      .filter((r) => r.id?.startsWith('segment:'))
      .map((r) => [r.id as string, r.nameZh as string]),
  );
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const companiesSheet = book.addWorksheet('企业名录');
  companiesSheet
    .addRow(['企业名称', '统一社会信用代码', '注册地址', '国民经济行业代码', '产业链环节', '成立日期', '是否上市'])
    .commit();
  let supplySheet: ExcelJS.Worksheet | undefined;
  let supplyRows = SHEET_ROWS;
  let sheets = 0;
  const result = { file, companies: 0, supplies: 0 };

  // A company's row waits for its LOCATED_IN and OPERATES_IN records, which follow it in the stream.
  let pending: { company: Company; city?: string; segments: string[] } | undefined;
  const flush = () => {
    if (!pending) return;
    const { company, city, segments } = pending;
    const place = city ? places.get(city) : undefined;
    const n = result.companies;
    const district = place ? (place.districts[n % place.districts.length] ?? '') : '';
    const address = place ? `${place.prefix}${district}${ROADS[n % ROADS.length]}${(n % 997) + 1}号` : '';
    const code = segments.map((s) => codes.get(s)).find(Boolean);
    companiesSheet
      .addRow([
        company.nameZh,
        syntheticUscc(company.id, place?.code),
        address,
        code ?? '',
        // The segment by name where the code table has none for it.
        code ? '' : (segmentNames.get(segments[0] ?? '') ?? ''),
        company.founded ?? '',
        company.listed ? '是' : '否',
      ])
      .commit();
    result.companies++;
    pending = undefined;
  };

  /** Each company's code, for the supply rows that name it. */
  const uscc = new Map<string, string>();
  for (const { record } of records) {
    if (record.kind === 'Company') {
      flush();
      pending = { company: record, segments: [] };
      continue;
    }
    if (record.kind === 'LOCATED_IN' && pending && record.from === pending.company.id) {
      pending.city = record.to;
      uscc.set(record.from, syntheticUscc(record.from, places.get(record.to)?.code));
      continue;
    }
    if (record.kind === 'OPERATES_IN' && pending && record.from === pending.company.id) {
      pending.segments.push(record.to);
      continue;
    }
    if (record.kind !== 'SUPPLIES') continue;
    flush();
    if (supplyRows >= SHEET_ROWS) {
      if (supplySheet) supplySheet.commit();
      // Companies come before every supply link in the stream: their sheet is complete.
      if (sheets === 0) companiesSheet.commit();
      supplySheet = book.addWorksheet(sheets === 0 ? '供应关系' : `供应关系${sheets + 1}`);
      supplySheet.addRow(['供应商信用代码', '客户信用代码', '产品', '起始年份']).commit();
      supplyRows = 0;
      sheets++;
    }
    supplySheet
      ?.addRow([
        uscc.get(record.from) ?? syntheticUscc(record.from),
        uscc.get(record.to) ?? syntheticUscc(record.to),
        record.product ?? '',
        record.since ?? '',
      ])
      .commit();
    supplyRows++;
    result.supplies++;
  }
  flush();
  if (supplySheet) supplySheet.commit();
  else companiesSheet.commit();
  await book.commit();
  return result;
}
