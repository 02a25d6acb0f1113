/**
 * Who may call what: declared once in the SDL — `@requiresScope(scope: WRITE)` on a field, or on an object type for
 * all its fields (graph-schema/graphql/00-base.graphql) — and enforced here, once, when the schema is built. Every
 * field that needs a scope checks the caller's before its resolver runs, so a refused call reaches no service and
 * no database, and no resolver checks access by hand. `scopes.test.ts` walks every mutation and every field that
 * needs a scope.
 */
import { MapperKind, getDirective, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLFieldConfig,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { GraphContext } from '../context.js';
import { DomainError } from '../errors.js';
import { NOBODY, SCOPES, allows, type Principal, type Scope } from '../modules/access/index.js';

/** The directive's name in the SDL. */
export const SCOPE_DIRECTIVE = 'requiresScope';

/** What a refusal says: what the caller needs, and the command that makes a key with it. */
const NEEDS: Record<Scope, string> = {
  read: 'reads need an API key with the read scope: npm run keys -- create --scope read',
  write: 'writes need an API key with the write scope: npm run keys -- create --scope write',
  admin: 'this needs an API key with the admin scope: npm run keys -- create --scope admin',
};

/** The refusal a caller without `scope` gets: `FORBIDDEN`, naming the key to create. */
export function forbidden(scope: Scope): DomainError {
  return new DomainError('FORBIDDEN', NEEDS[scope]);
}

/** The SDL's `Scope` value (`WRITE`) as the access module's scope (`write`); an unknown one fails the build. */
function scopeOf(value: unknown): Scope {
  const scope = String(value).toLowerCase();
  if (!(SCOPES as readonly string[]).includes(scope)) throw new Error(`@${SCOPE_DIRECTIVE}: unknown scope ${value}`);
  return scope as Scope;
}

/**
 * The scopes a field of an object type needs: its own `@requiresScope`, the type's, and those of the same field on
 * the interfaces the type implements. A caller needs all of them.
 */
export function requiredScopes(schema: GraphQLSchema, typeName: string, fieldName: string): Scope[] {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return [];
  const field = type.getFields()[fieldName];
  const declaring = [field, type, ...type.getInterfaces().map((i) => i.getFields()[fieldName])].filter(
    (node) => node !== undefined,
  );
  const scopes = declaring.flatMap((node) =>
    (getDirective(schema, node, SCOPE_DIRECTIVE) ?? []).map((args) => scopeOf(args.scope)),
  );
  return [...new Set(scopes)];
}

/** The principal of a context (a context without one is nobody: no scope at all). */
const principalOf = (context: unknown): Principal => (context as Partial<GraphContext> | null)?.principal ?? NOBODY;

function guarded<T extends GraphQLFieldResolver<unknown, unknown>>(scopes: Scope[], resolve: T): T {
  return ((source, args, context, info) => {
    const principal = principalOf(context);
    const missing = scopes.find((scope) => !allows(principal, scope));
    if (missing) throw forbidden(missing);
    return resolve(source, args, context, info);
  }) as T;
}

/** The schema with every field that needs a scope checking it first. Fields that need none are left as they are. */
export function withScopes(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field: GraphQLFieldConfig<unknown, unknown>, fieldName, typeName) => {
      const scopes = requiredScopes(schema, typeName, fieldName);
      if (scopes.length === 0) return field;
      return {
        ...field,
        resolve: guarded(scopes, field.resolve ?? defaultFieldResolver),
        ...(field.subscribe ? { subscribe: guarded(scopes, field.subscribe) } : {}),
      };
    },
  });
}
