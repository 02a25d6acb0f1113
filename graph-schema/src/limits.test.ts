import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaSdl } from './files.js';
import { LIMITS, fillLimits } from './limits.js';

const served = (): GraphQLSchema => buildASTSchema(parse(schemaSdl().join('\n')), { assumeValidSDL: true });
const argOf = (schema: GraphQLSchema, field: string, arg: string) => {
  const fields = schema.getQueryType()?.getFields() ?? {};
  return fields[field]?.args.find((a) => a.name === arg);
};

describe('limits in the SDL', () => {
  it('fills descriptions and argument defaults from the table', () => {
    expect(fillLimits('depth {{trace.maxDepth.min}}–{{trace.maxDepth.max}}')).toBe('depth 1–6');
    expect(fillLimits('maxDepth: Int @limitDefault(of: "trace.maxDepth")')).toBe('maxDepth: Int = 2');
  });

  it('refuses a name the table does not have', () => {
    expect(() => fillLimits('{{trace.depth.max}}')).toThrow('unknown limit trace.depth.max');
  });

  it('serves every default and range as the table says, with no placeholder left', () => {
    const schema = served();
    expect(schemaSdl().join('\n')).not.toMatch(/\{\{|@limitDefault/);
    expect(argOf(schema, 'trace', 'maxDepth')?.defaultValue).toBe(LIMITS.trace.maxDepth.default);
    expect(argOf(schema, 'trace', 'limit')?.defaultValue).toBe(LIMITS.trace.limit.default);
    expect(argOf(schema, 'search', 'first')?.defaultValue).toBe(LIMITS.search.first.default);
    expect(schema.getQueryType()?.getFields().trace?.description).toContain(`1–${LIMITS.trace.maxDepth.max}`);
  });
});
