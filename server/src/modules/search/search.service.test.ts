import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from './search.service.js';

describe('toLuceneQuery', () => {
  it('passes Chinese text through for the cjk analyzer', () => {
    expect(toLuceneQuery('横店东磁')).toBe('横店东磁');
  });

  it('escapes every Lucene operator so user text is never syntax', () => {
    expect(toLuceneQuery('a+b (c) "d" e:f* AND')).toBe('a\\+b \\(c\\) \\"d\\" e\\:f\\* (and OR and*)');
  });

  it('matches Latin words as prefixes too', () => {
    expect(toLuceneQuery('Heng dian')).toBe('(heng OR heng*) (dian OR dian*)');
  });
});
