/**
 * One HTTP server: /graphql (Apollo Server 5), /healthz, and the built web app with history fallback.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { LIMITS } from '@g60/graph-schema';
import cors from 'cors';
import express, { type Express, type RequestHandler } from 'express';
import { createContext, type GraphContext, type Services } from '../context.js';
import { costLimit } from '../graphql/cost.js';
import { formatError } from '../graphql/errors.js';
import { knownOperationTypes } from '../graphql/operationTypes.js';
import { authenticate, principalOf } from './access.js';
import { CostBudget } from '../graphql/costBudget.js';
import { DEFAULT_RATE_LIMITS, callerOf, concurrencyCap, requestRate, type RateLimits } from './quotas.js';
import { importRoutes } from './imports.js';
import { ImportJobs, type ImportJobsOptions } from '../import/jobs/importJobs.js';
import { ImportStore } from '../import/import.store.js';
import { registryRunner } from '../import/jobs/registryRunner.js';
import { RegistryStore } from '../import/registry/registry.store.js';
import { targetListRoutes } from './targetList.js';
import { acceptUtf8Only, finalErrorHandler, requireUtf8 } from './httpErrors.js';
import { securityHeaders } from './securityHeaders.js';
import { buildSchema } from '../graphql/schema.js';
import { runInScope } from '../db/requestScope.js';
import { projectRoot } from '../paths.js';

export const WEB_DIST = join(projectRoot, 'web', 'dist');

export interface App {
  express: Express;
  apollo: ApolloServer<GraphContext>;
}

export interface AppOptions {
  webDist?: string;
  /** A token with every scope (ADMIN_TOKEN); unset, only API keys open writes. */
  adminToken?: string | undefined;
  /** Whether requests without a key may read (default true). */
  anonymousRead?: boolean;
  /** Requests and cost units a minute, and requests at once, per key and per anonymous address (quotas.ts). */
  rateLimits?: RateLimits;
  /** Origins of other sites whose browser pages may call /graphql; none by default. */
  corsOrigins?: readonly string[];
  /** Registry uploads over /api/imports (imports.ts, import/jobs/importJobs.ts). */
  imports?: ImportJobsOptions;
  /** How long one request may use the database in all (default 10 s). */
  requestDeadlineMs?: number;
}

/**
 * Runs the rest of the request inside its scope: a deadline for all its database work, and a signal when the client
 * disconnects first. (After the body parser: its callback comes from socket events, outside any async context.)
 */
function requestScope(deadlineMs: number): RequestHandler {
  return (req, res, next) => {
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    runInScope({ deadline: Date.now() + deadlineMs, signal: controller.signal }, next);
  };
}

export async function createApp(services: Services, options: AppOptions = {}): Promise<App> {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.request.depth.max },
    // Cost is priced by graphql/cost.ts, which sees variables as well as literals.
    costLimit: { enabled: false },
    maxAliases: { n: LIMITS.request.aliases.max },
    // Tokens are limited by graphql-js's own parser (parseOptions below): its errors are ordinary syntax errors
    // (400), where GraphQL Armor's limit throws from a plugin hook and Apollo answers 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.request.directives.max },
  }).protect();
  const schema = buildSchema();
  const quotas = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const budget = new CostBudget((caller) =>
    caller.startsWith('address:') ? quotas.costPerAddress : quotas.costPerKey,
  );
  const apollo = new ApolloServer<GraphContext>({
    schema,
    formatError,
    // Partners plan around the schema: introspection stays on, it is the contract.
    introspection: true,
    // graphql-armor types its plugins for the base context; they never read ours.
    plugins: [...(armor.plugins as ApolloServerPlugin<GraphContext>[]), costLimit(schema, budget)],
    parseOptions: { maxTokens: LIMITS.request.tokens.max },
    validationRules: [...armor.validationRules, knownOperationTypes],
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    includeStacktraceInErrorResponses: armor.includeStacktraceInErrorResponses,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders);

  app.get('/healthz', async (_req, res) => {
    const report = await services.health.check();
    res.status(report.ok ? 200 : 503).json(report);
  });

  app.use(
    '/graphql',
    // Only the listed origins get CORS answers (preflights included); every other cross-origin page is refused by
    // its browser, and Apollo's CSRF prevention refuses simple requests that skip the preflight.
    cors({ origin: [...(options.corsOrigins ?? [])], maxAge: 600 }),
    acceptUtf8Only,
    // The limit counts inflated bytes: a small gzip body that inflates past it is cut off, not unpacked.
    express.json({ limit: '2mb', verify: requireUtf8 }),
    authenticate(services.access, { adminToken: options.adminToken, anonymousRead: options.anonymousRead ?? true }),
    requestRate(quotas),
    concurrencyCap(quotas.concurrentPerCaller),
    requestScope(options.requestDeadlineMs ?? 10_000),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(services, principalOf(res), callerOf(req, res)),
    }),
  );

  app.use(
    '/api/imports',
    cors({ origin: [...(options.corsOrigins ?? [])], maxAge: 600 }),
    authenticate(services.access, { adminToken: options.adminToken, anonymousRead: options.anonymousRead ?? true }),
    requestRate(quotas),
    importRoutes(
      new ImportJobs(
        registryRunner({ registry: new RegistryStore(services.executor), import: new ImportStore(services.executor) }),
        options.imports,
      ),
    ),
  );

  app.use(
    '/api/target-list.xlsx',
    cors({ origin: [...(options.corsOrigins ?? [])], maxAge: 600 }),
    authenticate(services.access, { adminToken: options.adminToken, anonymousRead: options.anonymousRead ?? true }),
    requestRate(quotas),
    requestScope(options.requestDeadlineMs ?? 10_000),
    targetListRoutes(services),
  );

  const webDist = options.webDist ?? WEB_DIST;
  if (existsSync(webDist)) {
    // Hashed assets may be cached; the HTML that names them must not be, or an upgrade serves stale pages.
    app.use(
      express.static(webDist, {
        index: 'index.html',
        maxAge: '1h',
        setHeaders: (res, path) => {
          if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
        },
      }),
    );
    app.get('/graphiql', (_req, res) => res.sendFile(join(webDist, 'graphiql.html')));
    app.get(/^(?!\/graphql|\/healthz|\/graphiql|\/api\/).*/, (_req, res) => res.sendFile(join(webDist, 'index.html')));
  } else {
    app.get('/', (_req, res) =>
      res.type('text').send('The web app is not built: run `npm run build` (npm start does it for you).'),
    );
  }
  app.use(finalErrorHandler);
  return { express: app, apollo };
}
