import type { CitiesQuery, IndustriesQuery } from '../__generated__/graphql';
import { useApiQuery } from './query';
import { CitiesDocument, IndustriesDocument } from './corridor.documents';

export type City = CitiesQuery['cities'][number];
export type Industry = IndustriesQuery['industries'][number];

/** The corridor does not change while a page is open: these stay cached for the page's life. */
export function useCities(): City[] {
  return useApiQuery(CitiesDocument, {}, Infinity).data?.cities ?? [];
}

export function useIndustries(): Industry[] {
  return useApiQuery(IndustriesDocument, {}, Infinity).data?.industries ?? [];
}

/** The nine member cities, in the API's order. */
export const memberCities = (cities: readonly City[]) => cities.filter((c) => c.role === 'MEMBER');
