/**
 * The documented candidate score for filling a supplier or customer gap (the SDL of `supplierGaps` states it):
 * shared alliance +3, same park +2, same city +2, distance up to +2 (2 × (1 − km/500), nothing beyond 500 km),
 * track record up to +1.5 (0.5 × log2(1 + partners it already has, capped at 7)); for a city's target list
 * (modules/targets), +1 per company of that city it already supplies, up to +3. Every point comes with a reason.
 */
export interface CandidateFacts {
  sharedAlliances: string[];
  sharedParks: string[];
  sameCity: boolean;
  distanceKm: number | null;
  /** How many companies the candidate already supplies (upstream gaps) or buys from (downstream gaps). */
  trackRecord: number;
  /** Target lists only: how many companies of the city the list is for the candidate already supplies. */
  customersInCity?: number;
}

export interface Reason {
  code: 'SHARED_ALLIANCE' | 'SAME_PARK' | 'SAME_CITY' | 'DISTANCE' | 'TRACK_RECORD' | 'CUSTOMERS_IN_CITY';
  /** In Chinese; clients in other languages word the reason from code, subjects and value. */
  label: string;
  points: number;
  /** Names of the shared alliances or parks. */
  subjects: string[];
  /** km for DISTANCE, partner count for TRACK_RECORD and CUSTOMERS_IN_CITY. */
  value: number | null;
}

export const WEIGHTS = {
  sharedAlliance: 3,
  samePark: 2,
  sameCity: 2,
  distance: 2,
  distanceHorizonKm: 500,
  trackRecord: 0.5,
  trackRecordCap: 7,
  customerInCity: 1,
  customersInCityCap: 3,
} as const;

const round = (x: number) => Math.round(x * 100) / 100;

const reason = (
  code: Reason['code'],
  label: string,
  points: number,
  subjects: string[] = [],
  value: number | null = null,
) => ({ code, label, points, subjects, value }) satisfies Reason;

/** The points of each reason that applies, without labels: what ranking thousands of candidates needs. */
function pointsOf(facts: CandidateFacts): { code: Reason['code']; points: number }[] {
  const parts: { code: Reason['code']; points: number }[] = [];
  if (facts.sharedAlliances.length > 0) parts.push({ code: 'SHARED_ALLIANCE', points: WEIGHTS.sharedAlliance });
  if (facts.sharedParks.length > 0) parts.push({ code: 'SAME_PARK', points: WEIGHTS.samePark });
  if (facts.sameCity) parts.push({ code: 'SAME_CITY', points: WEIGHTS.sameCity });
  if (facts.distanceKm !== null && facts.distanceKm < WEIGHTS.distanceHorizonKm) {
    const points = round(WEIGHTS.distance * (1 - facts.distanceKm / WEIGHTS.distanceHorizonKm));
    if (points > 0) parts.push({ code: 'DISTANCE', points });
  }
  if (facts.trackRecord > 0) {
    const points = round(WEIGHTS.trackRecord * Math.log2(1 + Math.min(facts.trackRecord, WEIGHTS.trackRecordCap)));
    parts.push({ code: 'TRACK_RECORD', points });
  }
  const inCity = facts.customersInCity ?? 0;
  if (inCity > 0) {
    parts.push({
      code: 'CUSTOMERS_IN_CITY',
      points: WEIGHTS.customerInCity * Math.min(inCity, WEIGHTS.customersInCityCap),
    });
  }
  return parts;
}

/** The candidate's score alone (the same as `scoreCandidate`'s), for ranking before any reason is worded. */
export function candidateScore(facts: CandidateFacts): number {
  return round(pointsOf(facts).reduce((s, p) => s + p.points, 0));
}

export function scoreCandidate(facts: CandidateFacts): { score: number; reasons: Reason[] } {
  const reasons = pointsOf(facts).map(({ code, points }): Reason => {
    switch (code) {
      case 'SHARED_ALLIANCE':
        return reason(code, `同属联盟：${facts.sharedAlliances.join('、')}`, points, facts.sharedAlliances);
      case 'SAME_PARK':
        return reason(code, `同一园区：${facts.sharedParks.join('、')}`, points, facts.sharedParks);
      case 'SAME_CITY':
        return reason(code, '同城', points);
      case 'DISTANCE': {
        const km = Math.round(facts.distanceKm as number);
        return reason(code, `相距约 ${km} 公里`, points, [], km);
      }
      case 'TRACK_RECORD':
        return reason(code, `已有 ${facts.trackRecord} 家合作企业`, points, [], facts.trackRecord);
      case 'CUSTOMERS_IN_CITY': {
        const inCity = facts.customersInCity ?? 0;
        return reason(code, `已供应本市 ${inCity} 家企业`, points, [], inCity);
      }
    }
  });
  return { score: round(reasons.reduce((s, r) => s + r.points, 0)), reasons };
}

/** Great-circle distance in km between two points given in degrees. */
export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
