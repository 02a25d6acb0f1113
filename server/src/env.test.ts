import { describe, expect, it } from 'vitest';
import { EnvError, anonymousRead, loadEnv } from './env.js';

describe('loadEnv', () => {
  it('uses the local defaults when nothing is set', () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(4000);
    expect(env.NEO4J_BOLT_PORT).toBe(7687);
    expect(env.NEO4J_URI).toBeUndefined();
    expect(env.NEO4J_HEAP).toBe(4096);
  });

  it('names the variable and the limit when a port is out of range', () => {
    expect(() => loadEnv({ PORT: '70000' })).toThrow(EnvError);
    expect(() => loadEnv({ PORT: '70000' })).toThrow(/PORT: .*65535/);
  });

  it('rejects a NEO4J_URI that is not a Bolt or Neo4j URI', () => {
    expect(() => loadEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI: must be a neo4j:\/\//);
  });

  it('reads JVM-style memory sizes in MiB', () => {
    expect(loadEnv({ NEO4J_HEAP: '2g', NEO4J_PAGECACHE: '512m' })).toMatchObject({
      NEO4J_HEAP: 2048,
      NEO4J_PAGECACHE: 512,
    });
    expect(() => loadEnv({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP: must look like 512m or 2g/);
  });

  it('treats empty strings as unset', () => {
    expect(loadEnv({ NEO4J_URI: '', PORT: '' }).PORT).toBe(4000);
  });

  it('reads CORS_ORIGINS as a list of origins, none by default, and names a bad one', () => {
    expect(loadEnv({}).CORS_ORIGINS).toEqual([]);
    expect(loadEnv({ CORS_ORIGINS: 'https://a.example, http://b.example:8080' }).CORS_ORIGINS).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
    expect(() => loadEnv({ CORS_ORIGINS: 'a.example' })).toThrow(/CORS_ORIGINS.*origins like https/);
  });

  it('reads the request deadline in milliseconds, 10 s by default', () => {
    expect(loadEnv({}).REQUEST_DEADLINE_MS).toBe(10_000);
    expect(() => loadEnv({ REQUEST_DEADLINE_MS: '5' })).toThrow(/REQUEST_DEADLINE_MS/);
  });

  it('opens anonymous read by default only on a loopback address, and reads rate limits', () => {
    expect(anonymousRead(loadEnv({}))).toBe(true);
    expect(anonymousRead(loadEnv({ HOST: '0.0.0.0' }))).toBe(false);
    expect(anonymousRead(loadEnv({ HOST: '0.0.0.0', ANONYMOUS_READ: 'true' }))).toBe(true);
    expect(anonymousRead(loadEnv({ ANONYMOUS_READ: 'false' }))).toBe(false);
    expect(() => loadEnv({ ANONYMOUS_READ: 'yes' })).toThrow(/ANONYMOUS_READ: must be true or false/);
    expect(loadEnv({ RATE_LIMIT_PER_KEY: '50' })).toMatchObject({
      RATE_LIMIT_PER_KEY: 50,
      RATE_LIMIT_PER_ADDRESS: 600,
    });
  });
});
