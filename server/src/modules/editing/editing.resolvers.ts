import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { GraphContext } from '../../context.js';

const company = async (ctx: GraphContext, id: string | undefined) => (id ? ctx.loaders.entity.load(id) : null);

export const editingResolvers: Resolvers = {
  Mutation: {
    createCompany: async (_, { input }, ctx) => {
      const result = await ctx.services.editing.createCompany(input, ctx.principal.keyId);
      return {
        ok: result.ok,
        errors: result.errors,
        company: await company(ctx, result.ok ? result.companyId : undefined),
      };
    },
    updateCompany: async (_, { id, input }, ctx) => {
      const result = await ctx.services.editing.updateCompany(id, input, ctx.principal.keyId);
      return {
        ok: result.ok,
        errors: result.errors,
        company: await company(ctx, result.ok ? result.companyId : undefined),
      };
    },
    deleteCompany: async (_, { id }, ctx) => {
      return ctx.services.editing.deleteCompany(id, ctx.principal.keyId);
    },
    createSupply: async (_, { input }, ctx) => {
      const result = await ctx.services.editing.createSupply(input, ctx.principal.keyId);
      if (!result.ok) return { ok: false, errors: result.errors, supply: null };
      const [supplier, customer, link] = await Promise.all([
        company(ctx, result.supplierId),
        company(ctx, result.customerId),
        ctx.services.editing.supply(result.supplierId, result.customerId),
      ]);
      return {
        ok: true,
        errors: [],
        supply:
          supplier && customer
            ? { supplier, customer, product: link?.product ?? null, since: link?.since ?? null }
            : null,
      };
    },
    deleteSupply: async (_, { supplierId, customerId }, ctx) => {
      return ctx.services.editing.deleteSupply(supplierId, customerId, ctx.principal.keyId);
    },
    importRecords: async (_, { records, skipInvalid }, ctx) => {
      return ctx.services.editing.importRecords(records, skipInvalid, ctx.principal.keyId);
    },
  },
};
