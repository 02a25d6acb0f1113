import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCorridor } from '../../../test/fixtures.js';
import { openTestGraph, type TestGraph } from '../../../test/graph.js';
import { importRecords } from '../../import/importer.js';
import { ImportStore } from '../../import/import.store.js';
import { backfillSearchKeys } from './backfill.store.js';
import { SearchService } from './search.service.js';
import { SearchStore } from './search.store.js';

let graph: TestGraph;
let search: SearchService;
const ids = async (text: string, kinds?: string[]) => (await search.search(text, kinds, 10)).map((h) => h.node.id);

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
  await importRecords(new ImportStore(graph.executor), smallCorridor());
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

  it('finds a company by the pinyin of its name or short name, and by their initials', async () => {
    expect((await ids('kaiwen'))[0]).toBe('company:kaiwen');
    expect((await ids('Kai Wen Ci'))[0]).toBe('company:kaiwen');
    expect((await ids('yingluohua'))[0]).toBe('company:innuovo');
    expect((await ids('kwcg'))[0]).toBe('company:kaiwen');
    expect((await ids('hddc'))[0]).toBe('company:dmegc');
    expect(await ids('dongcimaoyi')).toEqual(['company:dongci-trading']);
  });

  it('finds a name stored in one script by text typed in the other', async () => {
    // Stored only in simplified characters; typed in traditional ones.
    expect((await ids('凱文磁鋼'))[0]).toBe('company:kaiwen');
    expect((await ids('東磁貿易'))[0]).toBe('company:dongci-trading');
  });

  it('finds a company by its short name, without place or company form', async () => {
    await importRecords(new ImportStore(graph.executor), [
      { line: 1, value: { kind: 'Company', id: 'company:jiaxin', nameZh: '浙江嘉欣丝绸股份有限公司' } },
    ]);
    expect((await ids('嘉欣丝绸'))[0]).toBe('company:jiaxin');
    expect((await ids('jxsc'))[0]).toBe('company:jiaxin');
  });

  it('gives nodes written before search keys existed their keys (the backfill at start)', async () => {
    await graph.query("MATCH (n:Company {id: 'company:kaiwen'}) REMOVE n.searchKeys");
    expect(await ids('kwcg')).toEqual([]);
    expect(await backfillSearchKeys(graph.executor)).toBe(1);
    expect((await ids('kwcg'))[0]).toBe('company:kaiwen');
    expect(await backfillSearchKeys(graph.executor)).toBe(0);
  });

  it('rejects empty text and out-of-range first with the field and limit', async () => {
    await expect(search.search('  ', null, 5)).rejects.toThrow('text: must not be empty');
    await expect(search.search('东磁', null, 0)).rejects.toThrow('first: must be from 1 to 100');
    await expect(search.search('x'.repeat(101), null, 5)).rejects.toThrow('text: at most 100 characters');
  });
});
