import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestGraph, type TestGraph } from '../../test/graph.js';
import { checkSchema, declaredSchemaNames, migrate } from './migrate.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

describe('migrate', () => {
  it('creates every declared constraint and index, online', async () => {
    expect(await checkSchema(graph.executor)).toEqual([]);
    const rows = await graph.query('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    expect(rows[0]?.names).toEqual(expect.arrayContaining(declaredSchemaNames()));
  });

  it('is idempotent: running it again changes nothing', async () => {
    const before = await graph.query('SHOW INDEXES YIELD name, type RETURN name, type ORDER BY name');
    const result = await migrate(graph.executor);
    const after = await graph.query('SHOW INDEXES YIELD name, type RETURN name, type ORDER BY name');
    expect(result.missing).toEqual([]);
    expect(after).toEqual(before);
  });

  it('declares a cjk full-text index over names and aliases', async () => {
    const [row] = await graph.query(
      "SHOW FULLTEXT INDEXES YIELD name, properties, options WHERE name = 'entity_names' RETURN properties, options",
    );
    expect(row?.properties).toEqual(['nameZh', 'nameEn', 'aliases']);
    expect((row?.options as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe('cjk');
  });
});
