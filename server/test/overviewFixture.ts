import type { RawRecord } from '../src/import/parse.js';
import { chainFixture } from './chainFixture.js';

/**
 * The hand-built chain of chainFixture.ts with dates and a place outside the corridor, for the overview and the
 * indicators (overview.int.test.ts and the dashboard's browser test), whose every number is worked out by hand:
 *
 *   city:tout (OTHER) with o1 in t.d (founded 2015); n1 in t.e in X (founded 2019-03, no links)
 *   SUPPLIES c2→o1 (2020), d1→d2 (2019), b3→c2 (2018); the fixture's own eight links carry no year
 *   alliance:t-al2 hosted in X, founded 2019; project:t-p in Y involving Z, signed 2020-06
 */
export function overviewFixture(): RawRecord[] {
  const fixture = chainFixture();
  const extra: Record<string, unknown>[] = [
    { kind: 'City', id: 'city:tout', nameZh: '外城', province: '外省', lat: 29.0, lng: 115.0, role: 'OTHER' },
    { kind: 'Company', id: 'company:t-o1', nameZh: '测试企业O1', founded: '2015' },
    { kind: 'OPERATES_IN', from: 'company:t-o1', to: 'segment:t.d' },
    { kind: 'LOCATED_IN', from: 'company:t-o1', to: 'city:tout' },
    { kind: 'Company', id: 'company:t-n1', nameZh: '测试企业N1', founded: '2019-03' },
    { kind: 'OPERATES_IN', from: 'company:t-n1', to: 'segment:t.e' },
    { kind: 'LOCATED_IN', from: 'company:t-n1', to: 'city:tx' },
    { kind: 'SUPPLIES', from: 'company:t-c2', to: 'company:t-o1', since: '2020' },
    { kind: 'SUPPLIES', from: 'company:t-d1', to: 'company:t-d2', since: '2019' },
    { kind: 'SUPPLIES', from: 'company:t-b3', to: 'company:t-c2', since: '2018' },
    { kind: 'Alliance', id: 'alliance:t-al2', nameZh: '测试联盟二', founded: '2019' },
    { kind: 'HOSTED_IN', from: 'alliance:t-al2', to: 'city:tx' },
    { kind: 'Project', id: 'project:t-p', nameZh: '测试项目', signedOn: '2020-06', status: 'SIGNED' },
    { kind: 'LOCATED_IN', from: 'project:t-p', to: 'city:ty' },
    { kind: 'INVOLVES', from: 'project:t-p', to: 'city:tz' },
  ];
  return [...fixture, ...extra.map((value, i) => ({ line: fixture.length + i + 1, value }))];
}
