/**
 * Names as people type them. Every named node carries `searchKeys`, derived from its Chinese name and aliases when
 * it is written: the short name (横店集团东磁股份有限公司 → 横店东磁: no place prefix, no company form), the full
 * pinyin of each (hengdiandongci) and the initials (hddc). They are indexed by `entity_keys` (graph-schema/
 * constraints.cypher) beside the names' own `entity_names`. Traditional and simplified forms are matched from the
 * query side instead (`chineseVariants`): a name stored in either form is found by text typed in either.
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { NODE_LABELS } from '@g60/graph-schema';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** Company forms, longest first, taken off the end of a name again and again. */
const COMPANY_FORMS = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '集团股份公司',
  '控股有限公司',
  '有限公司',
  '股份公司',
  '集团公司',
  '控股集团',
  '公司',
  '集团',
  '股份',
  '控股',
];

/**
 * Places a name may start with: the corridor's provinces and cities and the country (GB/T 2260 names with and
 * without 省 / 市). Districts are left in: 松江 in 松江电子 is part of what people call the company.
 */
const PLACE_PREFIXES = [
  '中国',
  '上海市',
  '上海',
  '浙江省',
  '浙江',
  '江苏省',
  '江苏',
  '安徽省',
  '安徽',
  ...['嘉兴', '杭州', '金华', '苏州', '湖州', '宣城', '芜湖', '合肥'].flatMap((c) => [`${c}市`, c]),
];

/** A name without brackets, place prefixes and company forms; the name itself when nothing would be left. */
export function shortName(name: string): string {
  let short = name.replace(/[（(][^）)]*[）)]/g, '').trim();
  for (let again = true; again;) {
    again = false;
    const form = COMPANY_FORMS.find((f) => short.endsWith(f) && short.length > f.length + 1);
    if (form) {
      short = short.slice(0, -form.length);
      again = true;
    }
  }
  for (const place of PLACE_PREFIXES) {
    if (short.startsWith(place) && short.length > place.length + 1) {
      short = short.slice(place.length);
      break;
    }
  }
  // 横店集团东磁 → 横店东磁: a group's name inside a subsidiary's is not what people type.
  const inner = short.replace(/(.{2,})集团(.{2,})/, '$1$2');
  return inner.length >= 2 ? inner : short || name;
}

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

function syllables(name: string): string[] {
  return pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' }).map((s) => s.toLowerCase());
}

/** The derived keys of a node, from its Chinese name and aliases; empty when none of them is Chinese. */
export function searchKeys(nameZh: string, aliases: readonly string[] = []): string[] {
  const keys = new Set<string>();
  for (const name of [nameZh, ...aliases].filter(hasHan)) {
    const simplified = toSimplified(name);
    const short = shortName(simplified);
    if (short !== simplified) keys.add(short);
    for (const form of new Set([simplified, short])) {
      const parts = syllables(form).filter((s) => /^[a-z]+$/.test(s));
      if (parts.length === 0) continue;
      keys.add(parts.join(''));
      keys.add(parts.map((s) => s[0]).join(''));
    }
  }
  return [...keys];
}

/** The text as typed, and in simplified and traditional forms when those differ. */
export function chineseVariants(text: string): string[] {
  if (!hasHan(text)) return [text];
  return [...new Set([text, toSimplified(text), toTraditional(text)])];
}

/** The text as a key (`Heng Dian` → `hengdian`), or null when it is not pinyin-like Latin text of two or more. */
export function latinKey(text: string): string | null {
  const key = text.toLowerCase().replace(/[\s'’-]+/g, '');
  return /^[a-z0-9]{2,}$/.test(key) ? key : null;
}

/** Labels whose nodes are searched (the `entity_names` and `entity_keys` indexes): every label but Source. */
export const SEARCHED_LABELS = NODE_LABELS.filter((l) => l !== 'Source');
const SEARCHED: ReadonlySet<string> = new Set(SEARCHED_LABELS);

/**
 * A node's properties as stored: with its derived `searchKeys` when its label is searched. Every write of a node
 * goes through here (imports, bulk loads, edits), so the keys never lag the names.
 */
export function withSearchKeys(label: string, props: Record<string, unknown>): Record<string, unknown> {
  if (!SEARCHED.has(label) || typeof props.nameZh !== 'string') return props;
  const aliases = Array.isArray(props.aliases) ? (props.aliases as string[]) : [];
  return { ...props, searchKeys: searchKeys(props.nameZh, aliases) };
}

/** The stored properties without the derived ones: what the models of graph-schema describe. */
export function withoutDerived(props: Record<string, unknown>): Record<string, unknown> {
  const { searchKeys: _keys, ...facts } = props;
  return facts;
}
