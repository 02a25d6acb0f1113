import { useMemo } from 'react';
import { useCities, useIndustries, type Industry } from '../api/useCorridor';
import { useName } from '../i18n';
import type { CityPlace, Naming } from './overviewElements';

/**
 * Names in the current language and colour positions for the overview's ids, from the corridor's cities and
 * industries the page holds anyway. Colours go to the industries with a chain, in the API's order.
 */
export function useOverviewNaming(): { naming: Naming; places: CityPlace[]; chains: Industry[]; ready: boolean } {
  const { name } = useName();
  const cities = useCities();
  const industries = useIndustries();
  return useMemo(() => {
    const chains = industries.filter((i) => i.segments.length > 0);
    const cityName = new Map(cities.map((c) => [c.id, name(c)]));
    const industryIndex = new Map(chains.map((i, k) => [i.id, k]));
    const industryName = new Map(industries.map((i) => [i.id, name(i)]));
    const segmentName = new Map<string, string>();
    const segmentIndustry = new Map<string, number>();
    chains.forEach((i, k) =>
      i.segments.forEach((s) => {
        segmentName.set(s.id, name(s));
        segmentIndustry.set(s.id, k);
      }),
    );
    const naming: Naming = {
      city: (id) => cityName.get(id) ?? id,
      segment: (id) => segmentName.get(id) ?? id,
      segmentIndustry: (id) => segmentIndustry.get(id) ?? chains.length,
      industry: (id) => industryIndex.get(id) ?? chains.length,
      industryName: (id) => industryName.get(id) ?? id,
    };
    const places = cities.map((c) => ({ id: c.id, lat: c.lat, lng: c.lng, role: c.role }));
    return { naming, places, chains, ready: cities.length > 0 && industries.length > 0 };
  }, [cities, industries, name]);
}
