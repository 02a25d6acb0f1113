/**
 * Companies: `companies`, `City.companies`, `Segment.companies`, `Company.suppliers/customers` (cursor
 * connections); their counts.
 */
import { defineModule } from '../module.js';
import { createCompanyLoaders, type CompanyLoaders } from './companies.loaders.js';
import { companiesResolvers } from './companies.resolvers.js';
import { CompaniesService } from './companies.service.js';
import { CompaniesStore } from './companies.store.js';

/** The statements, for the bench's raw-driver baselines. */
export * as companiesStatements from './companies.cypher.js';
declare module '../../context.js' {
  interface Services {
    companies: CompaniesService;
  }
  interface Loaders {
    companies: CompanyLoaders;
  }
}

export const companiesModule = defineModule({
  name: 'companies',
  resolvers: companiesResolvers,
  create: ({ executor }, services) => {
    const store = new CompaniesStore(executor);
    return {
      // A list filtered by industry counts from the kept analyses (modules/gaps).
      services: {
        companies: new CompaniesService(store, (industryId, cityId) => services.gaps.companyCount(industryId, cityId)),
      },
      loaders: () => ({ companies: createCompanyLoaders(store) }),
    };
  },
});
