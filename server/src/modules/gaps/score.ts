/**
 * The documented candidate score for filling a supplier or customer gap (the SDL of `supplierGaps` states it):
 * shared alliance +3, same park +2, same city +2, distance up to +2 (2 × (1 − km/500), nothing beyond 500 km),
 * track record up to +1.5 (0.5 × log2(1 + partners it already has, capped at 7)). Every point comes with a reason.
 */
export interface CandidateFacts {
  sharedAlliances: string[];
  sharedParks: string[];
  sameCity: boolean;
  distanceKm: number | null;
  /** How many companies the candidate already supplies (upstream gaps) or buys from (downstream gaps). */
  trackRecord: number;
}

export interface Reason {
  code: 'SHARED_ALLIANCE' | 'SAME_PARK' | 'SAME_CITY' | 'DISTANCE' | 'TRACK_RECORD';
  /** In Chinese; clients in other languages word the reason from code, subjects and value. */
  label: string;
  points: number;
  /** Names of the shared alliances or parks. */
  subjects: string[];
  /** km for DISTANCE, partner count for TRACK_RECORD. */
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
} as const;

const round = (x: number) => Math.round(x * 100) / 100;

export function scoreCandidate(facts: CandidateFacts): { score: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  if (facts.sharedAlliances.length > 0) {
    reasons.push({
      code: 'SHARED_ALLIANCE',
      label: `同属联盟：${facts.sharedAlliances.join('、')}`,
      points: WEIGHTS.sharedAlliance,
      subjects: facts.sharedAlliances,
      value: null,
    });
  }
  if (facts.sharedParks.length > 0) {
    reasons.push({
      code: 'SAME_PARK',
      label: `同一园区：${facts.sharedParks.join('、')}`,
      points: WEIGHTS.samePark,
      subjects: facts.sharedParks,
      value: null,
    });
  }
  if (facts.sameCity) {
    reasons.push({ code: 'SAME_CITY', label: '同城', points: WEIGHTS.sameCity, subjects: [], value: null });
  }
  if (facts.distanceKm !== null && facts.distanceKm < WEIGHTS.distanceHorizonKm) {
    const points = round(WEIGHTS.distance * (1 - facts.distanceKm / WEIGHTS.distanceHorizonKm));
    const km = Math.round(facts.distanceKm);
    if (points > 0) reasons.push({ code: 'DISTANCE', label: `相距约 ${km} 公里`, points, subjects: [], value: km });
  }
  if (facts.trackRecord > 0) {
    const n = Math.min(facts.trackRecord, WEIGHTS.trackRecordCap);
    reasons.push({
      code: 'TRACK_RECORD',
      label: `已有 ${facts.trackRecord} 家合作企业`,
      points: round(WEIGHTS.trackRecord * Math.log2(1 + n)),
      subjects: [],
      value: facts.trackRecord,
    });
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
