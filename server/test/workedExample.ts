/**
 * The worked example of docs/analysis.md as a projection, for the analysis engine's unit tests, plus v1: a
 * company of w in V, a city outside the corridor (member cities X, Y, Z).
 *
 *   a (UP) ─┐
 *   b (UP) ─┼─▶ c (MID) ─▶ d (DOWN)
 *   w (UP) ─┘           └─▶ e (DOWN)
 *
 *   index  0  1  2  3  4  5  6  7  8  9  10        segments: a 0, b 1, w 2, c 3, d 4, e 5
 *   id     a1 a2 b1 b2 b3 w1 c1 c2 d1 d2 v1
 *   city   X  Y  Z  X  Y  Z  X  X  Y  Z  V
 *   supplies a1→c1, a1→c2, a2→c2, b1→c1, w1→c1, c1→d1, c1→d2, c2→d1
 */
import { projectIndustry, type IndustryProjection } from '../src/analysis/index.js';

export function workedExample(): IndustryProjection {
  return projectIndustry(
    [
      { id: 'a', stage: 'UPSTREAM' },
      { id: 'b', stage: 'UPSTREAM' },
      { id: 'w', stage: 'UPSTREAM' },
      { id: 'c', stage: 'MIDSTREAM' },
      { id: 'd', stage: 'DOWNSTREAM' },
      { id: 'e', stage: 'DOWNSTREAM' },
    ],
    [
      { from: 'a', to: 'c' },
      { from: 'b', to: 'c' },
      { from: 'w', to: 'c' },
      { from: 'c', to: 'd' },
      { from: 'c', to: 'e' },
    ],
    { all: ['X', 'Y', 'Z', 'V'], members: ['X', 'Y', 'Z'] },
    [
      { id: 'a1', segmentIds: ['a'], cityIds: ['X'], customerIds: ['c1', 'c2'], inDegree: 0 },
      { id: 'a2', segmentIds: ['a'], cityIds: ['Y'], customerIds: ['c2'], inDegree: 0 },
      { id: 'b1', segmentIds: ['b'], cityIds: ['Z'], customerIds: ['c1'], inDegree: 0 },
      { id: 'b2', segmentIds: ['b'], cityIds: ['X'], customerIds: [], inDegree: 0 },
      { id: 'b3', segmentIds: ['b'], cityIds: ['Y'], customerIds: [], inDegree: 0 },
      { id: 'w1', segmentIds: ['w'], cityIds: ['Z'], customerIds: ['c1'], inDegree: 0 },
      { id: 'c1', segmentIds: ['c'], cityIds: ['X'], customerIds: ['d1', 'd2'], inDegree: 3 },
      { id: 'c2', segmentIds: ['c'], cityIds: ['X'], customerIds: ['d1'], inDegree: 2 },
      { id: 'd1', segmentIds: ['d'], cityIds: ['Y'], customerIds: [], inDegree: 2 },
      { id: 'd2', segmentIds: ['d'], cityIds: ['Z'], customerIds: [], inDegree: 1 },
      { id: 'v1', segmentIds: ['w'], cityIds: ['V'], customerIds: [], inDegree: 0 },
    ],
  );
}
