import { labelOfId } from '@g60/graph-schema';
import { notFound } from '../../errors.js';
import type { CitiesStore } from './cities.store.js';

export interface SegmentCountResult {
  segmentId: string;
  companies: number;
}

export interface CityIndustryResult {
  industryId: string;
  companies: number;
  segments: SegmentCountResult[];
}

export interface CityProfileResult {
  cityId: string;
  companies: number;
  industries: CityIndustryResult[];
}

export class CitiesService {
  constructor(private readonly store: CitiesStore) {}

  async profile(cityId: string): Promise<CityProfileResult> {
    const facts = labelOfId(cityId) === 'City' ? await this.store.profile(cityId) : null;
    if (!facts) throw notFound('cityId', 'city', cityId);
    const industries: CityIndustryResult[] = [];
    for (const row of facts.rows) {
      let industry = industries.at(-1);
      if (industry?.industryId !== row.industryId) {
        industry = { industryId: row.industryId, companies: row.companies, segments: [] };
        industries.push(industry);
      }
      industry.segments.push({ segmentId: row.segmentId, companies: row.n });
    }
    return { cityId, companies: facts.companies, industries };
  }
}
