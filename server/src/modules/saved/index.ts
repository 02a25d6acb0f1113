/** Named documents (scenarios, saved views) kept apart from the facts, one label per kind. No query of its own. */
export { SavedStore } from './saved.store.js';
export { SAVED_KINDS, type SavedKind, type SavedRow } from './saved.cypher.js';
