/**
 * Resolves Neo4j Community from Maven Central into a classpath, once per version of neo4j/pom.xml. Maven keeps the
 * jars in ~/.m2; we keep only the resulting classpath string, keyed by the pom's hash.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../paths.js';

const run = promisify(execFile);

export const NEO4J_DIR = join(projectRoot, 'neo4j');

export class LocalNeo4jError extends Error {}

/** Checks that Java 17+ is on PATH; the message says what to install when it is not. */
export async function checkJava(): Promise<number> {
  let output: string;
  try {
    const { stderr, stdout } = await run('java', ['-version']);
    output = `${stderr}${stdout}`;
  } catch {
    throw new LocalNeo4jError(
      'Java 17 or newer is needed to run the local Neo4j, and `java` was not found on PATH.\n' +
        'Install a JDK 17 (Debian: apt-get install -y openjdk-17-jdk-headless) or set NEO4J_URI to use your own Neo4j.',
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = m ? Number(m[1] === '1' ? m[2] : m[1]) : 0;
  if (major < 17) {
    throw new LocalNeo4jError(
      `Neo4j 5.26 needs Java 17 or newer; \`java -version\` says: ${output.split('\n')[0] ?? output}.\n` +
        'Install a JDK 17 or set NEO4J_URI to use your own Neo4j.',
    );
  }
  return major;
}

/** Returns the classpath of Neo4j Community, running Maven the first time (or after the pom changed). */
export async function resolveClasspath(log: (line: string) => void = () => {}): Promise<string> {
  const pom = join(NEO4J_DIR, 'pom.xml');
  const hash = createHash('sha256').update(readFileSync(pom)).digest('hex').slice(0, 16);
  const cacheDir = join(NEO4J_DIR, '.cache');
  const file = join(cacheDir, `classpath-${hash}.txt`);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();

  mkdirSync(cacheDir, { recursive: true });
  log('Resolving Neo4j Community 5.26 from Maven Central (first run only; ~130 MB)…');
  try {
    await run('mvn', ['-B', '-q', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${file}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const err = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (err.code === 'ENOENT') {
      throw new LocalNeo4jError(
        'Maven (`mvn`) is needed once to fetch Neo4j from Maven Central, and it was not found on PATH.\n' +
          'Install it (Debian: apt-get install -y maven) or set NEO4J_URI to use your own Neo4j.',
      );
    }
    throw new LocalNeo4jError(
      `Maven could not resolve Neo4j from ${pom}:\n${(err.stdout ?? '') + (err.stderr ?? '')}`.trim(),
    );
  }
  return readFileSync(file, 'utf8').trim();
}
