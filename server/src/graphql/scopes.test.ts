/**
 * Access as the schema declares it, walked from the built schema: every Mutation field, and every field that needs a
 * scope, is called through graphql-js with callers who lack the scope — and refused FORBIDDEN before anything is
 * touched (the context's services and loaders are tripwires, so no database is needed) — and with callers who have
 * it, who get past the check. A new mutation without a scope declaration fails here.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  GraphQLError,
  execute,
  isObjectType,
  parse,
  validate,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationFor } from '../../test/operations.js';
import type { GraphContext } from '../context.js';
import { DomainError } from '../errors.js';
import { ANONYMOUS, NOBODY, SCOPES, type Principal } from '../modules/access/access.service.js';
import { formatError } from './errors.js';
import { buildSchema } from './schema.js';
import { withScopes } from './scopes.js';

const schema = buildSchema();

const READ_KEY: Principal = { keyId: 'reader', scopes: new Set(['read']) };
const WRITE_KEY: Principal = { keyId: 'editor', scopes: new Set(['write']) };
const ADMIN_KEY: Principal = { keyId: 'admin-token', scopes: new Set(['admin']) };
const CALLERS = {
  nobody: NOBODY,
  anonymous: ANONYMOUS,
  'read key': READ_KEY,
  'write key': WRITE_KEY,
  admin: ADMIN_KEY,
};
type Caller = keyof typeof CALLERS;
/** Who holds each scope (`admin` everything, `write` includes `read`). */
const HOLDERS: Record<string, Caller[]> = {
  READ: ['anonymous', 'read key', 'write key', 'admin'],
  WRITE: ['write key', 'admin'],
  ADMIN: ['admin'],
};

/** What requireWrite said, and what a refused write still says. */
const WRITE_REFUSAL = 'writes need an API key with the write scope: npm run keys -- create --scope write';

/** The `@requiresScope` values written on a node of the SDL, read from its AST (not through scopes.ts). */
function written(node: { astNode?: unknown; extensionASTNodes?: readonly unknown[] } | undefined): string[] {
  const nodes = [node?.astNode, ...(node?.extensionASTNodes ?? [])] as ({ directives?: ConstDirectiveNode[] } | null)[];
  return nodes.flatMap((n) =>
    (n?.directives ?? [])
      .filter((d) => d.name.value === 'requiresScope')
      .flatMap((d) => d.arguments?.filter((a) => a.name.value === 'scope') ?? [])
      .map((a) => (a.value.kind === 'EnumValue' ? a.value.value : '?')),
  );
}

/** What the SDL declares for a field: on the field, on its type, on the same field of the type's interfaces. */
function declared(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string[] {
  const onInterfaces = type.getInterfaces().flatMap((i) => written(i.getFields()[field.name]));
  return [...new Set([...written(field), ...written(type), ...onInterfaces])];
}

interface Walked {
  type: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  scopes: string[];
}

/** Every field of every object type of the schema, with what it declares. */
function walk(s: GraphQLSchema): Walked[] {
  return Object.values(s.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields()).map((field) => ({ type, field, scopes: declared(type, field) })),
    );
}

/** A context whose services and loaders throw and record any use: a refused call must touch neither. */
function tripwire(principal: Principal): { context: GraphContext; touched: string[] } {
  const touched: string[] = [];
  const trap = (name: string) =>
    new Proxy(
      {},
      {
        get(_, key) {
          touched.push(`${name}.${String(key)}`);
          throw new Error(`tripwire: ${name}.${String(key)}`);
        },
      },
    );
  const context = { services: trap('services'), loaders: trap('loaders'), principal, caller: 'test' };
  return { context: context as unknown as GraphContext, touched };
}

interface Called {
  /** The first error: a domain error as a client sees it (formatted by graphql/errors.ts), any other by its message. */
  error: GraphQLFormattedError | undefined;
  data: unknown;
  touched: string[];
}

/** Calls a field as a client would: a root field through a whole operation, any other through its resolver. */
async function call(s: GraphQLSchema, { type, field }: Walked, caller: Caller): Promise<Called> {
  const { context, touched } = tripwire(CALLERS[caller]);
  const root = type === s.getQueryType() ? 'query' : type === s.getMutationType() ? 'mutation' : null;
  if (!root) {
    try {
      const data = await field.resolve?.({}, {}, context, { fieldName: field.name } as GraphQLResolveInfo);
      return { error: undefined, data, touched };
    } catch (thrown) {
      return { error: asClientSees(thrown, { message: String(thrown) }), data: null, touched };
    }
  }
  const { query, variables } = operationFor(root, field);
  const document = parse(query);
  expect(validate(s, document), query).toEqual([]);
  const result = await execute({ schema: s, document, variableValues: variables, contextValue: context });
  const first = result.errors?.[0];
  return { error: first && asClientSees(first, first.toJSON()), data: result.data, touched };
}

/** A domain error as graphql/errors.ts formats it; anything else (a tripwire) by its message alone, unlogged. */
function asClientSees(error: unknown, formatted: GraphQLFormattedError): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  return original instanceof DomainError ? formatError(formatted, error) : { message: formatted.message };
}

const mutationType = schema.getMutationType();
const mutations = walk(schema).filter((w) => w.type === mutationType);
const guarded = walk(schema).filter((w) => w.scopes.length > 0);
const label = (w: Walked) => `${w.type.name}.${w.field.name}`;

describe('the schema declares a scope', () => {
  it('on every mutation: WRITE or ADMIN', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(12);
    const undeclared = mutations.filter((m) => !m.scopes.some((s) => s === 'WRITE' || s === 'ADMIN')).map(label);
    expect(undeclared, 'mutations without @requiresScope(scope: WRITE)').toEqual([]);
  });

  it('on every root field', () => {
    const roots = walk(schema).filter((w) => w.type === schema.getQueryType() || w.type === mutationType);
    expect(roots.filter((w) => w.scopes.length === 0).map(label)).toEqual([]);
  });

  it('from the scopes the access module knows', () => {
    const scope = schema.getType('Scope');
    expect(scope && 'getValues' in scope ? scope.getValues().map((v) => v.name.toLowerCase()) : []).toEqual([
      ...SCOPES,
    ]);
    expect(guarded.flatMap((w) => w.scopes).every((s) => s in HOLDERS)).toBe(true);
  });
});

describe.each(mutations.map((m) => [label(m), m] as const))('%s', (_, mutation) => {
  it.each(['anonymous', 'read key', 'nobody'] as const)('refuses %s FORBIDDEN, touching nothing', async (caller) => {
    const { error, data, touched } = await call(schema, mutation, caller);
    expect({ extensions: error?.extensions, message: error?.message, data, touched }).toEqual({
      extensions: { code: 'FORBIDDEN' },
      message: WRITE_REFUSAL,
      data: null,
      touched: [],
    });
  });

  it.each(['write key', 'admin'] as const)('lets %s through to its resolver', async (caller) => {
    const { error, touched } = await call(schema, mutation, caller);
    expect(error?.extensions?.code).not.toBe('FORBIDDEN');
    expect(touched.length).toBeGreaterThan(0);
  });
});

describe.each(guarded.map((g) => [`${label(g)} (${g.scopes.join(', ')})`, g] as const))('%s', (_, field) => {
  const admitted = (Object.keys(CALLERS) as Caller[]).filter((c) => field.scopes.every((s) => HOLDERS[s]?.includes(c)));
  const refused = (Object.keys(CALLERS) as Caller[]).filter((c) => !admitted.includes(c));

  it.each(refused)('refuses %s FORBIDDEN, touching nothing', async (caller) => {
    const { error, touched } = await call(schema, field, caller);
    expect({ extensions: error?.extensions, message: error?.message, touched }).toEqual({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/^\w+ needs? an API key with the \w+ scope: npm run keys -- create --scope \w+$/),
      touched: [],
    });
  });

  it.each(admitted)('lets %s past the check', async (caller) => {
    const { error } = await call(schema, field, caller);
    expect(error?.extensions?.code).not.toBe('FORBIDDEN');
  });
});

describe('withScopes', () => {
  const toy = withScopes(
    makeExecutableSchema({
      typeDefs: /* GraphQL */ `
        enum Scope {
          READ
          WRITE
          ADMIN
        }
        directive @requiresScope(scope: Scope!) on FIELD_DEFINITION | OBJECT
        interface Secret {
          code: String @requiresScope(scope: ADMIN)
        }
        type Vault implements Secret @requiresScope(scope: WRITE) {
          code: String
          label: String
        }
        type Query @requiresScope(scope: READ) {
          vault: Vault
          open: String
        }
      `,
      resolvers: { Query: { vault: () => ({ code: 'c', label: 'l' }), open: () => 'o' } },
    }),
  );
  const run = async (query: string, principal: Principal) => {
    const result = await execute({ schema: toy, document: parse(query), contextValue: { principal } });
    return { data: result.data, codes: result.errors?.map((e) => formatError(e.toJSON(), e).extensions?.code) };
  };

  it("applies a type's scope to its fields, with their own and their interfaces'", async () => {
    expect(await run('{ open }', ANONYMOUS)).toEqual({ data: { open: 'o' }, codes: undefined });
    expect(await run('{ open }', NOBODY)).toEqual({ data: { open: null }, codes: ['FORBIDDEN'] });
    expect(await run('{ vault { label code } }', WRITE_KEY)).toEqual({
      data: { vault: { label: 'l', code: null } },
      codes: ['FORBIDDEN'],
    });
    expect(await run('{ vault { label code } }', READ_KEY)).toEqual({
      data: { vault: { label: null, code: null } },
      codes: ['FORBIDDEN', 'FORBIDDEN'],
    });
    expect(await run('{ vault { label code } }', ADMIN_KEY)).toEqual({
      data: { vault: { label: 'l', code: 'c' } },
      codes: undefined,
    });
  });

  it('treats a context without a principal as nobody', async () => {
    const result = await execute({ schema: toy, document: parse('{ open }'), contextValue: {} });
    expect(result.errors?.[0]?.message).toBe(
      'reads need an API key with the read scope: npm run keys -- create --scope read',
    );
  });

  it('fails the build on a scope the access module does not know', () => {
    const build = () =>
      withScopes(
        makeExecutableSchema({
          typeDefs: `enum Scope { OWNER }
            directive @requiresScope(scope: Scope!) on FIELD_DEFINITION | OBJECT
            type Query { x: String @requiresScope(scope: OWNER) }`,
        }),
      );
    expect(build).toThrow('@requiresScope: unknown scope OWNER');
  });
});
