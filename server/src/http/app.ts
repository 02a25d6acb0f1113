/**
 * One HTTP server: /graphql (Apollo Server 5), /healthz, and the built web app with history fallback.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { createContext, type GraphContext, type Services } from '../context.js';
import { formatError } from '../graphql/errors.js';
import { buildSchema } from '../graphql/schema.js';
import { projectRoot } from '../paths.js';

export const WEB_DIST = join(projectRoot, 'web', 'dist');

export interface App {
  express: Express;
  apollo: ApolloServer<GraphContext>;
}

export async function createApp(services: Services, options: { webDist?: string } = {}): Promise<App> {
  const apollo = new ApolloServer<GraphContext>({
    schema: buildSchema(),
    formatError,
    // Partners plan around the schema: introspection stays on, it is the contract.
    introspection: true,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', async (_req, res) => {
    const report = await services.health.check();
    res.status(report.ok ? 200 : 503).json(report);
  });

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, { context: async () => createContext(services) }),
  );

  const webDist = options.webDist ?? WEB_DIST;
  if (existsSync(webDist)) {
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^(?!\/graphql|\/healthz).*/, (_req, res) => res.sendFile(join(webDist, 'index.html')));
  } else {
    app.get('/', (_req, res) =>
      res.type('text').send('The web app is not built: run `npm run build` (npm start does it for you).'),
    );
  }
  return { express: app, apollo };
}
