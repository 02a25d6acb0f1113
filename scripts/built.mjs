#!/usr/bin/env node
/**
 * `node scripts/built.mjs <command> [args…]` runs one of the server's built commands (main, import, neo4j,
 * synthetic, keys) with plain Node, building first only what is missing or older than its sources — like make, by
 * modification time. `main` also needs the web app. The production mode is the default.
 *
 * A deployment that builds once (`npm run build`) can run `node server/dist/main.js` directly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [command = 'main', ...args] = process.argv.slice(2);
const COMMANDS = ['main', 'import', 'neo4j', 'synthetic', 'keys'];
if (!COMMANDS.includes(command)) {
  console.error(`unknown command "${command}"; one of ${COMMANDS.join(', ')}`);
  process.exit(2);
}

/** Newest modification time under the given paths (files or folders), skipping installed and built code. */
function newest(paths) {
  let max = 0;
  for (const path of paths.map((p) => join(root, p))) {
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && !/(^|\/)(node_modules|dist|out)(\/|$)/.test(join(e.parentPath, e.name)))
          .map((e) => join(e.parentPath, e.name))
      : [path];
    for (const file of files) max = Math.max(max, statSync(file).mtimeMs);
  }
  return max;
}

const builtAt = (file) => (existsSync(join(root, file)) ? statSync(join(root, file)).mtimeMs : -1);

function ensure(name, output, sources, script) {
  if (builtAt(output) > newest(sources)) return;
  console.error(`Building the ${name} (missing or older than its sources)…`);
  const run = spawnSync('npm', ['run', script], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const SCHEMA = ['graph-schema', 'codegen.ts', 'package-lock.json'];
ensure(
  'server',
  'server/dist/main.js',
  ['server/src', 'server/vite.config.ts', 'seeds/synthetic', ...SCHEMA],
  'build:server',
);
if (command === 'main') {
  ensure(
    'web app',
    'web/dist/index.html',
    ['web/src', 'web/index.html', 'web/graphiql.html', 'web/vite.config.ts', ...SCHEMA],
    'build:web',
  );
}

process.env.NODE_ENV ??= 'production';
process.argv = [process.argv[0], join(root, 'server', 'dist', `${command}.js`), ...args];
await import(pathToFileURL(process.argv[1]).href);
