/** The registry pipeline (registry/registry.ts) over Neo4j, as the import jobs run it. */
import { importRegistry, previewRegistry, type RegistryStores } from '../registry/registry.js';
import type { RegistryRunner } from './importJobs.js';

export function registryRunner(stores: RegistryStores): RegistryRunner {
  return {
    preview: (file, options) => previewRegistry(stores.registry, file, options),
    import: (file, options) => importRegistry(stores, file, options),
  };
}
