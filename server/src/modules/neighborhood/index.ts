/** Neighbourhood: `neighborhood`, an entity's surroundings as a Subgraph. */
import { defineModule } from '../module.js';
import { neighborhoodResolvers } from './neighborhood.resolvers.js';
import { NeighborhoodService } from './neighborhood.service.js';
import { NeighborhoodStore } from './neighborhood.store.js';

declare module '../../context.js' {
  interface Services {
    neighborhood: NeighborhoodService;
  }
}

export const neighborhoodModule = defineModule({
  name: 'neighborhood',
  resolvers: neighborhoodResolvers,
  create: ({ executor }) => ({ services: { neighborhood: new NeighborhoodService(new NeighborhoodStore(executor)) } }),
});
