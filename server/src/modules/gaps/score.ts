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

export function scoreCandidate(facts: CandidateFacts): { score: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  const { sharedAlliances: alliances, sharedParks: parks } = facts;
  if (alliances.length > 0) {
    reasons.push(reason('SHARED_ALLIANCE', `同属联盟：${alliances.join('、')}`, WEIGHTS.sharedAlliance, alliances));
  }
  if (parks.length > 0) reasons.push(reason('SAME_PARK', `同一园区：${parks.join('、')}`, WEIGHTS.samePark, parks));
  if (facts.sameCity) reasons.push(reason('SAME_CITY', '同城', WEIGHTS.sameCity));
  if (facts.distanceKm !== null && facts.distanceKm < WEIGHTS.distanceHorizonKm) {
    const points = round(WEIGHTS.distance * (1 - facts.distanceKm / WEIGHTS.distanceHorizonKm));
    const km = Math.round(facts.distanceKm);
    if (points > 0) reasons.push(reason('DISTANCE', `相距约 ${km} 公里`, points, [], km));
  }
  if (facts.trackRecord > 0) {
    const n = Math.min(facts.trackRecord, WEIGHTS.trackRecordCap);
    const points = round(WEIGHTS.trackRecord * Math.log2(1 + n));
    reasons.push(reason('TRACK_RECORD', `已有 ${facts.trackRecord} 家合作企业`, points, [], facts.trackRecord));
  }
  const inCity = facts.customersInCity ?? 0;
  if (inCity > 0) {
    const points = WEIGHTS.customerInCity * Math.min(inCity, WEIGHTS.customersInCityCap);
    reasons.push(reason('CUSTOMERS_IN_CITY', `已供应本市 ${inCity} 家企业`, points, [], inCity));
  }
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
