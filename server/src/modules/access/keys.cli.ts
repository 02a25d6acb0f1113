/**
 * `npm run keys -- create --scope read [--scope write] --name "Jiaxing data platform"` prints a new API key (once);
 * `npm run keys -- list` shows every key (never a secret); `npm run keys -- revoke <id>` ends one. Uses NEO4J_URI,
 * or the local Neo4j (the running one when `npm start` has it up).
 */
import { parseArgs } from 'node:util';
import { openGraph } from '../../openGraph.js';
import { migrate } from '../../db/migrate.js';
import { loadEnv } from '../../env.js';
import { AccessService } from './access.service.js';
import { AccessStore } from './access.store.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    scope: { type: 'string', multiple: true, default: [] },
    name: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const [command, id] = positionals;
const USAGE = 'usage: npm run keys -- create --scope read|write|admin [--scope …] --name NAME | list | revoke ID';
if (values.help || !command || !['create', 'list', 'revoke'].includes(command) || (command === 'revoke' && !id)) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

const graph = await openGraph(loadEnv(), () => undefined);
let status = 0;
try {
  await migrate(graph.executor);
  const access = new AccessService(new AccessStore(graph.executor));
  if (command === 'create') {
    const { key, summary } = await access.create(values.name ?? '', values.scope);
    console.log(
      `Created key ${summary.id} "${summary.name}" (${summary.scopes.join(', ')}). Keep it now; it is not shown again:`,
    );
    console.log(key);
  } else if (command === 'list') {
    for (const k of await access.list()) {
      console.log(
        `${k.id}  ${k.scopes.join(',').padEnd(16)} ${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'}  ${k.name}`,
      );
    }
  } else if (id) {
    await access.revoke(id);
    console.log(`Revoked ${id}. Servers stop accepting it within 30 s.`);
  }
} catch (error) {
  console.error((error as Error).message);
  status = 1;
} finally {
  await graph.close();
}
process.exit(status);
