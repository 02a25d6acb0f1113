/**
 * Revisions: the token every write moves for what it touched (revisions.ts), and the one mechanism for results
 * kept per revision — in memory (KeptPerRevision) or in Neo4j as well (StoredPerRevision). Other code uses this
 * folder through this file only.
 */
export { bumpRevisions, touchedIds } from './revisions.js';
export type { Touched } from './revisions.cypher.js';
export { KeptPerRevision } from './kept.js';
export { StoredPerRevision, type AtCurrent, type StoredOptions } from './stored.js';
export { RevisionsStore, type AtRevision } from './revisions.store.js';
export type { Subject } from './kept.cypher.js';
/** The statements, for the bench's raw-driver baselines. */
export { KEPT } from './kept.cypher.js';
export {
  linkId,
  newChangeSet,
  recordChanges,
  type ChangeSetRef,
  type ChangedEntity,
  type EntityChange,
} from './changeSets.js';
