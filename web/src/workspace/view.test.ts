import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, readView, writeView } from './view';

describe('view URL', () => {
  it('round-trips a trace view', () => {
    const view = {
      ...DEFAULT_VIEW,
      mode: 'trace' as const,
      focus: 'company:a',
      direction: 'BOTH' as const,
      depth: 3,
      cityIds: ['city:hefei', 'city:wuhu'],
      lang: 'en' as const,
    };
    const search = writeView(view);
    expect(search).toBe('?mode=trace&lang=en&focus=company%3Aa&dir=BOTH&depth=3&cities=city%3Ahefei%2Ccity%3Awuhu');
    expect(readView(search)).toEqual({ ...view, industryId: null });
  });

  it('opens the overview without a mode, and explore for a bare link to an entity', () => {
    expect(readView('').mode).toBe('overview');
    expect(readView('?focus=company%3Aa').mode).toBe('explore');
    expect(writeView({ ...DEFAULT_VIEW, mode: 'explore', focus: 'company:a' })).toBe('?focus=company%3Aa');
    expect(writeView({ ...DEFAULT_VIEW, mode: 'explore' })).toBe('?mode=explore');
  });

  it('round-trips an overview drilled into a city and a segment of one industry since a year', () => {
    const view = {
      ...DEFAULT_VIEW,
      industryId: 'industry:nev',
      since: 2018,
      city: 'city:hefei',
      segment: 'segment:nev.cell',
    };
    const search = writeView(view);
    expect(search).toBe('?industry=industry%3Anev&since=2018&segment=segment%3Anev.cell&city=city%3Ahefei');
    expect(readView(search)).toEqual(view);
    expect(readView('?since=1200&city=evil&segment=segment%3Ax')).toMatchObject({ since: null, city: null });
  });

  it('carries a what-if scenario in the gaps mode and a saved view in any', () => {
    const view = { ...DEFAULT_VIEW, mode: 'gaps' as const, industryId: 'industry:t', scenario: 'scenario:abc' };
    const search = writeView(view);
    expect(search).toBe('?mode=gaps&industry=industry%3At&scenario=scenario%3Aabc');
    expect(readView(search)).toEqual(view);
    expect(readView('?mode=explore&view=view%3Axyz')).toMatchObject({ mode: 'explore', savedView: 'view:xyz' });
    expect(readView('?view=company%3Aa&scenario=x')).toMatchObject({ savedView: null, scenario: null });
  });

  it('falls back to defaults for nonsense', () => {
    expect(readView('?mode=x&depth=99&dir=SIDEWAYS&cities=evil')).toEqual(DEFAULT_VIEW);
    expect(readView('?mode=x&focus=company%3Aa')).toEqual({ ...DEFAULT_VIEW, mode: 'explore', focus: 'company:a' });
  });
});
