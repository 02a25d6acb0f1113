/**
 * zod models of import records: one per node label and per relationship type. The same models validate JSON and
 * CSV input (CSV cells arrive as strings, so numbers, booleans and `|`-separated lists are coerced here) and the
 * `importRecords` mutation.
 */
import { z } from 'zod';
import { usccProblem } from './uscc.js';
import { LIMITS } from './limits.js';
import { ID_PREFIX, REL_ENDPOINTS, labelOfId, type NodeLabel, type RelType } from './model.js';

const R = LIMITS.records;

/** CSV lists are `|`-separated; JSON gives arrays. */
function list<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split('|')
            .map((s) => s.trim())
            .filter((s) => s.length > 0)
        : v,
    z.array(item).max(max, { message: `at most ${max} entries` }),
  );
}

const csvNumber = <T extends z.ZodNumber>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v), schema);

const csvBoolean = z.preprocess((v) => {
  if (typeof v !== 'string') return v;
  const s = v.trim().toLowerCase();
  if (s === 'true' || s === '1' || s === 'yes') return true;
  if (s === 'false' || s === '0' || s === 'no') return false;
  return v;
}, z.boolean());

/** Year, year-month or full date: the articles often give only "last November". */
export const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
  message: 'must be YYYY, YYYY-MM or YYYY-MM-DD',
});

const name = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(R.name.max, {
    message: `at most ${R.name.max} characters`,
  });

function idOf(label: NodeLabel) {
  const prefix = ID_PREFIX[label];
  return z
    .string()
    .max(R.id.max, { message: `at most ${R.id.max} characters` })
    .regex(new RegExp(`^${prefix}:[a-z0-9][a-z0-9._-]*$`), {
      message: `must look like "${prefix}:some-slug" (lower-case letters, digits, . _ -)`,
    });
}

const sourceIds = list(idOf('Source'), R.sources.max).default([]);

const entityBase = {
  nameZh: name,
  nameEn: name.optional(),
  aliases: list(name, R.aliases.max).default([]),
  synthetic: csvBoolean.default(false),
};

function nodeRecord<L extends NodeLabel, S extends z.ZodRawShape>(label: L, shape: S) {
  return z.object({ kind: z.literal(label), id: idOf(label), ...entityBase, ...shape }).strict();
}

export const CityRecord = nodeRecord('City', {
  province: name,
  lat: csvNumber(z.number().min(-90).max(90)),
  lng: csvNumber(z.number().min(-180).max(180)),
  role: z.enum(['MEMBER', 'APPLICANT', 'OTHER']),
});
export const IndustryRecord = nodeRecord('Industry', {});
export const SegmentRecord = nodeRecord('Segment', {
  stage: z.enum(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']),
  position: csvNumber(z.number().int().min(1).max(100)),
});
export const CompanyRecord = nodeRecord('Company', {
  // Unknown unless a source says so: a curated company the articles do not call listed is not "unlisted".
  listed: csvBoolean.optional(),
  founded: partialDate.optional(),
  uscc: z
    .string()
    .superRefine((code, ctx) => {
      const problem = usccProblem(code);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
});
export const ParkRecord = nodeRecord('Park', {
  level: z.enum(['NATIONAL', 'PROVINCIAL', 'DEMONSTRATION', 'OTHER']),
  status: z.enum(['ESTABLISHED', 'PLANNED']).default('ESTABLISHED'),
});
export const AllianceRecord = nodeRecord('Alliance', {
  founded: partialDate.optional(),
  memberCount: csvNumber(z.number().int().min(0).max(1_000_000)).optional(),
  status: z.enum(['ESTABLISHED', 'PLANNED']).default('ESTABLISHED'),
});
export const ProjectRecord = nodeRecord('Project', {
  signedOn: partialDate.optional(),
  status: z.enum(['PLANNED', 'SIGNED', 'UNDER_CONSTRUCTION', 'OPERATING']),
});
export const AgreementRecord = nodeRecord('Agreement', {
  signedOn: partialDate.optional(),
  status: z.enum(['PLANNED', 'DRAFTING', 'SIGNED', 'PUBLISHED']).default('SIGNED'),
});
export const SourceRecord = nodeRecord('Source', {
  title: name,
  publisher: name,
  publishedOn: partialDate.optional(),
  file: z.string().max(R.name.max).optional(),
});

export const NodeRecord = z.discriminatedUnion('kind', [
  CityRecord,
  IndustryRecord,
  SegmentRecord,
  CompanyRecord,
  ParkRecord,
  AllianceRecord,
  ProjectRecord,
  AgreementRecord,
  SourceRecord,
]);
export type NodeRecord = z.infer<typeof NodeRecord>;

const quote = z
  .string()
  .trim()
  .min(1)
  .max(R.quote.max, { message: `at most ${R.quote.max} characters` });

/** Every link may carry the words of its source that state it (curated links always do). */
function relRecord<T extends RelType, S extends z.ZodRawShape>(type: T, shape: S) {
  const ends = REL_ENDPOINTS[type];
  const endId = (allowed: readonly NodeLabel[]) =>
    z
      .string()
      .max(R.id.max)
      .refine((id) => allowed.includes(labelOfId(id) as NodeLabel), {
        message: `must be the id of a ${allowed.join(' or ')} (e.g. "${ID_PREFIX[allowed[0] ?? 'City']}:…")`,
      });
  return z
    .object({
      kind: z.literal(type),
      from: endId(ends.from),
      to: endId(ends.to),
      sources: sourceIds,
      quote: quote.optional(),
      synthetic: csvBoolean.default(false),
      ...shape,
    })
    .strict();
}

export const RelRecord = z.discriminatedUnion('kind', [
  relRecord('PART_OF', {}),
  relRecord('FEEDS', {}),
  relRecord('LOCATED_IN', {}),
  relRecord('OPERATES_IN', {}),
  relRecord('IN_PARK', {}),
  relRecord('MEMBER_OF', { role: z.enum(['CHAIR', 'MEMBER']).default('MEMBER') }),
  relRecord('SUPPLIES', { product: name.optional(), since: partialDate.optional() }),
  relRecord('PARTICIPATES_IN', { role: name.optional() }),
  relRecord('HOSTED_IN', {}),
  relRecord('FOCUSES_ON', {}),
  relRecord('INVOLVES', {}),
  relRecord('SIGNED_BY', {}),
  relRecord('CITED_IN', { quote }),
]);
export type RelRecord = z.infer<typeof RelRecord>;

export const ImportRecord = z.union([NodeRecord, RelRecord]);
export type ImportRecord = NodeRecord | RelRecord;
