/** Cities: `cityProfile`, from the corridor aggregates. */
import { defineModule } from '../module.js';
import { citiesResolvers } from './cities.resolvers.js';
import { CitiesService } from './cities.service.js';

declare module '../../context.js' {
  interface Services {
    cities: CitiesService;
  }
}

export const citiesModule = defineModule({
  name: 'cities',
  resolvers: citiesResolvers,
  create: (_, services) => ({ services: { cities: new CitiesService(() => services.overview.facts()) } }),
});
