/**
 * Which column of a registry sheet holds what. Headers are recognised by the names Chinese registries and surveys
 * use (企业名称, 统一社会信用代码, 注册地址 …) and their English counterparts, after normalising (spaces, full-width
 * brackets and case ignored); a mapping file overrides any of them (`--mapping file.json`: {"field": "header"}).
 */
export const COMPANY_FIELDS = {
  name: ['企业名称', '公司名称', '单位名称', '名称', '企业', 'companyname', 'name', 'company'],
  uscc: ['统一社会信用代码', '社会信用代码', '信用代码', '统一代码', 'uscc', 'creditcode', 'unifiedsocialcreditcode'],
  city: ['所在城市', '城市', '所在地市', '地市', '所属城市', 'city'],
  district: ['所在区县', '区县', '所属区县', 'district', 'county'],
  address: ['注册地址', '地址', '住所', '所在地', '经营地址', '注册地', 'address', 'registeredaddress'],
  industryCode: ['国民经济行业代码', '行业代码', '国标行业代码', '国民经济行业分类代码', 'industrycode', 'gbt4754'],
  industry: ['所属行业', '行业', '国民经济行业', '行业名称', 'industry'],
  founded: ['成立日期', '成立时间', '注册日期', 'founded', 'established', 'foundingdate'],
  listed: ['是否上市', '上市', '上市情况', 'listed'],
  park: ['所属园区', '园区', '所在园区', 'park'],
  chain: ['产业链', '所属产业链', 'chain', 'industrychain'],
  segment: ['产业链环节', '环节', '产业链位置', 'segment', 'chainsegment'],
} as const;

export const SUPPLY_FIELDS = {
  supplier: ['供应商', '供应商名称', '供方', 'supplier'],
  supplierCode: ['供应商信用代码', '供应商统一社会信用代码', '供方信用代码', 'suppliercode', 'supplieruscc'],
  customer: ['客户', '客户名称', '需方', 'customer'],
  customerCode: ['客户信用代码', '客户统一社会信用代码', '需方信用代码', 'customercode', 'customeruscc'],
  product: ['产品', '供应产品', '主要产品', 'product'],
  since: ['起始年份', '合作起始年份', '起始时间', '合作年份', 'since', 'startyear'],
} as const;

export type CompanyField = keyof typeof COMPANY_FIELDS;
export type SupplyField = keyof typeof SUPPLY_FIELDS;
export type Field = CompanyField | SupplyField;

export type SheetKind = 'companies' | 'supplies';

export interface Columns {
  kind: SheetKind;
  /** The header row as written. */
  headers: readonly string[];
  /** Column index of each recognised field. */
  at: Partial<Record<Field, number>>;
  /** Headers no field took, for the report. */
  unused: string[];
}

/** `成立日期（年）` → `成立日期`, `Company Name` → `companyname`. */
const normalise = (header: string) =>
  header
    .toLowerCase()
    .replace(/（.*?）|\(.*?\)|【.*?】/g, '')
    .replace(/[\s_\-/：:*]/g, '');

/** A user's mapping: field → the header (as written in the sheet) that holds it. */
export type Mapping = Partial<Record<Field, string>>;

function assign(
  headers: readonly string[],
  vocabulary: Record<string, readonly string[]>,
  mapping: Mapping,
): Partial<Record<Field, number>> {
  const at: Partial<Record<Field, number>> = {};
  const names = headers.map(normalise);
  for (const [field, known] of Object.entries(vocabulary) as [Field, readonly string[]][]) {
    const chosen = mapping[field];
    const index =
      chosen !== undefined
        ? names.indexOf(normalise(chosen))
        : known.map((k) => names.indexOf(normalise(k))).find((i) => i >= 0);
    if (index !== undefined && index >= 0 && !Object.values(at).includes(index)) at[field] = index;
  }
  return at;
}

/**
 * The sheet's kind and columns from its header row, or why none can be read from it. A company sheet needs a name
 * column; a supply sheet a supplier and a customer (by name or code).
 */
export function detectColumns(headers: readonly string[], mapping: Mapping = {}): Columns | string {
  const supplies = assign(headers, SUPPLY_FIELDS, mapping);
  const hasEnd = (name: SupplyField, code: SupplyField) => supplies[name] !== undefined || supplies[code] !== undefined;
  const used = (at: Partial<Record<Field, number>>) =>
    headers.filter((h, i) => h.trim() !== '' && !Object.values(at).includes(i));
  if (hasEnd('supplier', 'supplierCode') && hasEnd('customer', 'customerCode')) {
    return { kind: 'supplies', headers, at: supplies, unused: used(supplies) };
  }
  const companies = assign(headers, COMPANY_FIELDS, mapping);
  if (companies.name !== undefined) return { kind: 'companies', headers, at: companies, unused: used(companies) };
  return (
    `no column for the company name (${COMPANY_FIELDS.name.slice(0, 3).join(' / ')}) nor for supplier and ` +
    `customer (${SUPPLY_FIELDS.supplier[0]} / ${SUPPLY_FIELDS.customer[0]}); headers: ${headers.join(', ')}`
  );
}
