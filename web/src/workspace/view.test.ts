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

  it('falls back to defaults for nonsense', () => {
    expect(readView('?mode=x&depth=99&dir=SIDEWAYS&cities=evil')).toEqual(DEFAULT_VIEW);
  });
});
