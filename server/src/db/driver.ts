import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
}

/**
 * One driver per process. The driver's defaults (30 s retries, 60 s to get a connection) suit batch jobs, not an
 * API that must say "database unavailable" while the user is still looking: these limits are shorter.
 */
export function createDriver(options: DriverOptions): Driver {
  // No token means "no auth": a probe (answersBolt), or a Neo4j run without authentication.
  const auth = options.user !== undefined ? neo4j.auth.basic(options.user, options.password ?? '') : undefined;
  return neo4j.driver(options.uri, auth, {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    // Counts and positions fit in 2^53; plain numbers keep the rows simple.
    disableLosslessIntegers: true,
    userAgent: 'g60-chain-explorer',
  });
}
