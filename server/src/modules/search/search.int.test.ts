import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCorridor } from '../../../test/fixtures.js';
import { openTestGraph, type TestGraph } from '../../../test/graph.js';
import { importRecords } from '../../import/importer.js';
import { SearchService } from './search.service.js';
import { SearchStore } from './search.store.js';

let graph: TestGraph;
let search: SearchService;
const ids = async (text: string, kinds?: string[]) => (await search.search(text, kinds, 10)).map((h) => h.node.id);

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
  await importRecords(graph.executor, smallCorridor());
  await graph.query('CALL db.awaitIndexes(60)');
  search = new SearchService(new SearchStore(graph.executor));
});
afterAll(() => graph.close());

describe('search', () => {
  it('finds a company by a two-character Chinese fragment of its name', async () => {
    expect(await ids('东磁')).toContain('company:dmegc');
  });

  it('ranks the entity whose alias is exactly the text first', async () => {
    expect((await ids('横店东磁'))[0]).toBe('company:dmegc');
  });

  it('finds traditional-character forms through aliases', async () => {
    expect(await ids('東磁')).toContain('company:dmegc');
    expect((await ids('英洛華'))[0]).toBe('company:innuovo');
  });

  it('finds English names by a word prefix, case-insensitively', async () => {
    expect(await ids('hengdian')).toContain('company:dmegc');
    expect(await ids('DMEG')).toContain('company:dmegc');
  });

  it('still finds something for one Chinese character, names containing it first', async () => {
    const found = await ids('磁');
    expect(found).toEqual(expect.arrayContaining(['company:dmegc', 'company:kaiwen', 'company:dongci-trading']));
    expect(found[0]).toBe('company:kaiwen');
  });

  it('filters by kind', async () => {
    expect(await ids('金华', ['CITY'])).toEqual(['city:jinhua']);
    expect(await ids('新材料', ['COMPANY'])).toEqual([]);
  });

  it('treats Lucene syntax in user text as plain text', async () => {
    expect(await ids('东磁 AND (OR')).toContain('company:dmegc');
    // As Lucene syntax, *:* would match every entity; as text it matches none.
    const hits = await ids('*:* OR 东磁');
    expect(hits).toContain('company:dmegc');
    expect(hits).not.toContain('company:kaiwen');
    await expect(search.search('"', null, 5)).resolves.toEqual([]);
  });

  it('rejects empty text and out-of-range first with the field and limit', async () => {
    await expect(search.search('  ', null, 5)).rejects.toThrow('text: must not be empty');
    await expect(search.search('东磁', null, 0)).rejects.toThrow('first: must be from 1 to 100');
    await expect(search.search('x'.repeat(101), null, 5)).rejects.toThrow('text: at most 100 characters');
  });
});
