/**
 * The server's environment, validated once. A bad value stops the process with a message naming the variable and
 * what it accepts, instead of failing later somewhere deep.
 */
import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

/** Memory sizes like `512m`, `2g` (JVM style), returned in MiB. */
const memory = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((v, ctx) => {
      const m = /^(\d+)([mMgG])$/.exec(v.trim());
      if (!m) {
        ctx.addIssue({ code: 'custom', message: 'must look like 512m or 2g' });
        return z.NEVER;
      }
      const n = Number(m[1]);
      return m[2]?.toLowerCase() === 'g' ? n * 1024 : n;
    });

export const EnvSchema = z
  .object({
    PORT: port(4000),
    HOST: z.string().default('127.0.0.1'),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, {
        message: 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI',
      })
      .optional(),
    NEO4J_USER: z.string().optional(),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().optional(),
    NEO4J_BOLT_PORT: port(7687),
    NEO4J_DATA_DIR: z.string().optional(),
    NEO4J_HEAP: memory('4g'),
    NEO4J_PAGECACHE: memory('4g'),
    /** Per-transaction timeout the API asks Neo4j for. */
    QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    /** Whole-industry analyses (collaboration gaps, resilience) run at once per server process; more wait. */
    EXPENSIVE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
    /** How many may wait for their turn before RATE_LIMITED turns new ones away. */
    EXPENSIVE_QUEUE: z.coerce.number().int().min(0).max(10_000).default(16),
    /**
     * One computation of an industry's analyses; it outlives the request that started it (its result is kept
     * for every later request), so it has its own limit.
     */
    ANALYSIS_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(300_000),
    /** Days a change set is kept before the start prunes it (docs/changes.md). */
    CHANGESET_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(365),
    /** All the database work of one API request, transactions together; cut off (and terminated) past it. */
    REQUEST_DEADLINE_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    /** Skip loading the curated seed graph into an empty database. */
    SEED: z.enum(['curated', 'none']).default('curated'),
    ADMIN_TOKEN: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),
    /** Reads without an API key: `true` or `false`; unset, on when HOST is a loopback address and off otherwise. */
    ANONYMOUS_READ: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .transform((v) => v === 'true')
      .optional(),
    /** Requests per minute per API key, and per client address without one. */
    RATE_LIMIT_PER_KEY: z.coerce.number().int().min(1).max(1_000_000).default(1_200),
    RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(600),
    /** Cost units (docs/security.md) per minute per API key, and per client address without one; at least one
     * request at the per-request limit (20,000), or a query at that limit could never be paid for. */
    COST_PER_MINUTE_PER_KEY: z.coerce.number().int().min(20_000).max(100_000_000).default(300_000),
    COST_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().min(20_000).max(100_000_000).default(120_000),
    /** Requests of one key or address answered at once. */
    CONCURRENT_PER_CALLER: z.coerce.number().int().min(1).max(1_000).default(8),
    /** Origins whose browser pages may call the API (comma-separated, e.g. https://data.jiaxing.gov.cn). */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter((o) => o.length > 0),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/, message: 'must be origins like https://host[:port]' }))),
  })
  .refine((e) => !e.NEO4J_URI || e.NEO4J_USER === undefined || e.NEO4J_PASSWORD !== undefined, {
    message: 'NEO4J_PASSWORD is required when NEO4J_USER is set',
    path: ['NEO4J_PASSWORD'],
  });

export type Env = z.infer<typeof EnvSchema>;

/** Anonymous read is on for a server only this machine can reach, unless the environment says otherwise. */
export function anonymousRead(env: Pick<Env, 'ANONYMOUS_READ' | 'HOST'>): boolean {
  return env.ANONYMOUS_READ ?? ['127.0.0.1', 'localhost', '::1'].includes(env.HOST);
}

export class EnvError extends Error {}

/** Parse an environment (process.env by default); empty strings count as unset. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new EnvError(`invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
