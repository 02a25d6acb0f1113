/**
 * The local Neo4j keeps to itself (G60Neo4j.java): it asks for the password its launcher made (so a web page on
 * the same machine, speaking Bolt over WebSocket, cannot log in), its home is readable by its owner only, and LOAD
 * CSV reads from the home's import folder, not from anywhere on the machine. Checked on the suite's own Neo4j,
 * started by the same launcher as `npm start`'s.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTestGraph, type TestGraph } from '../../test/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph?.close());

describe('the local Neo4j', () => {
  it('refuses a client without the password, and keeps the password to its owner', async () => {
    const { uri, password } = inject('neo4j');
    for (const auth of [undefined, neo4j.auth.basic('neo4j', 'neo4j'), neo4j.auth.basic('neo4j', `${password}x`)]) {
      const stranger = neo4j.driver(uri, auth);
      try {
        await expect(stranger.verifyConnectivity()).rejects.toMatchObject({
          code: expect.stringMatching(/^Neo\.ClientError\.Security\./),
        });
      } finally {
        await stranger.close();
      }
    }
    expect(statSync(join(inject('neo4jHome'), 'bolt-password')).mode & 0o777).toBe(0o600);
  });

  it('keeps its home to its owner', () => {
    expect(statSync(inject('neo4jHome')).mode & 0o777).toBe(0o700);
  });

  it('reads LOAD CSV files from its import folder only', async () => {
    writeFileSync(join(inject('neo4jHome'), 'import', 'inside.csv'), 'a\n1\n');
    const inside = await graph.query("LOAD CSV WITH HEADERS FROM 'file:///inside.csv' AS row RETURN row.a AS a");
    expect(inside).toEqual([{ a: '1' }]);
    // The same URL form for a file elsewhere resolves inside the import folder, where there is no such file.
    await expect(graph.query("LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row")).rejects.toThrow(
      /Couldn't load the external resource|not found|No such file/i,
    );
    await expect(graph.query("LOAD CSV FROM 'file:///../../../../etc/hostname' AS row RETURN row")).rejects.toThrow();
  });
});
