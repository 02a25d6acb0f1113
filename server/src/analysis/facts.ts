/** The shapes the gap rules read, shared by the store, the projection and the rules. */

/** Company counts per segment (in chain order) and city. */
export type SegmentCounts = { segmentId: string; counts: { cityId: string; n: number }[] }[];

export interface CityList {
  all: string[];
  members: string[];
}

export interface CollaborationFacts {
  feeds: { from: string; to: string }[];
  counts: SegmentCounts;
  actual: { from: string; to: string; n: number }[];
  /** Per (segment, city): the best-connected suppliers and customers. */
  top: { segmentId: string; cityId: string; suppliers: string[]; customers: string[] }[];
}
