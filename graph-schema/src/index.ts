export * from './model.js';
export * from './records.js';
export { schemaSdl, constraintStatements } from './files.js';
export * from './limits.js';
export * from './uscc.js';
