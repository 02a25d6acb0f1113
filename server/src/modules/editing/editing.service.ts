/**
 * Writes for editors. Expected failures (bad fields, unknown ids, duplicates) come back as data — `{ ok, errors }`
 * with the input path and the rule — validated by the same zod models as the import; each write is one transaction.
 */
import { CompanyRecord, LIMITS, RelRecord, labelOfId } from '@g60/graph-schema';
import type { z } from 'zod';
import { badInput } from '../../errors.js';
import type { EntitiesService, EntityRow } from '../entities/index.js';
import { newChangeSet, type ChangeSetRef } from '../../revisions/index.js';
import type { EditingStore } from './editing.store.js';
import { withSearchKeys } from '../../text/searchKeys.js';

export interface FieldError {
  path: string;
  message: string;
}

export interface CompanyInput {
  id?: string | null;
  nameZh?: string | null;
  nameEn?: string | null;
  aliases?: readonly string[] | null;
  listed?: boolean | null;
  founded?: string | null;
  uscc?: string | null;
  cityId?: string | null;
  segmentIds?: readonly string[] | null;
}

const fail = (errors: FieldError[]) => ({ ok: false as const, errors });

function zodErrors(prefix: string, error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].join('.'), message: i.message }));
}

function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}

export class EditingService {
  constructor(
    private readonly store: EditingStore,
    private readonly entities: Pick<EntitiesService, 'byIds'>,
  ) {}

  private async checkRefs(input: CompanyInput): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const refs = [...(input.cityId ? [input.cityId] : []), ...(input.segmentIds ?? [])];
    const found = await this.entities.byIds(refs);
    const exists = new Set(found.filter((e): e is EntityRow => e !== null).map((e) => e.id));
    if (input.cityId && (labelOfId(input.cityId) !== 'City' || !exists.has(input.cityId))) {
      errors.push({ path: 'input.cityId', message: `no city "${input.cityId}"` });
    }
    (input.segmentIds ?? []).forEach((id, i) => {
      if (labelOfId(id) !== 'Segment' || !exists.has(id))
        errors.push({ path: `input.segmentIds.${i}`, message: `no segment "${id}"` });
    });
    return errors;
  }

  private async writeCompany(
    record: z.infer<typeof CompanyRecord>,
    input: CompanyInput,
    changeSet: ChangeSetRef,
  ): Promise<void> {
    const { kind: _kind, ...props } = record;
    const stored = withSearchKeys('Company', defined(props)) as typeof props;
    await this.store.writeCompany(record.id, stored, input.cityId, input.segmentIds, changeSet);
  }

  /** `by`: the API key writing (recorded with the change set). */
  async createCompany(input: CompanyInput, by: string | null) {
    const parsed = CompanyRecord.safeParse(
      defined({ kind: 'Company', ...input, cityId: undefined, segmentIds: undefined }),
    );
    if (!parsed.success) return fail(zodErrors('input', parsed.error));
    const [existing] = await this.entities.byIds([parsed.data.id]);
    if (existing) return fail([{ path: 'input.id', message: `"${parsed.data.id}" already exists; use updateCompany` }]);
    const refErrors = await this.checkRefs(input);
    if (refErrors.length > 0) return fail(refErrors);
    await this.writeCompany(parsed.data, input, newChangeSet('mutation:createCompany', by));
    return { ok: true as const, errors: [], companyId: parsed.data.id };
  }

  async updateCompany(id: string, input: CompanyInput, by: string | null) {
    const [existing] = await this.entities.byIds([id]);
    if (!existing || existing.kind !== 'Company') return fail([{ path: 'id', message: `no company "${id}"` }]);
    const { cityId: _c, segmentIds: _s, id: _ignored, ...fields } = input;
    const parsed = CompanyRecord.safeParse({ ...existing, ...defined(fields), kind: 'Company', id });
    if (!parsed.success) return fail(zodErrors('input', parsed.error));
    const refErrors = await this.checkRefs(input);
    if (refErrors.length > 0) return fail(refErrors);
    await this.writeCompany(parsed.data, input, newChangeSet('mutation:updateCompany', by));
    return { ok: true as const, errors: [], companyId: id };
  }

  async deleteCompany(id: string, by: string | null) {
    return (await this.store.deleteCompany(id, newChangeSet('mutation:deleteCompany', by)))
      ? { ok: true, errors: [] }
      : fail([{ path: 'id', message: `no company "${id}"` }]);
  }

  async createSupply(
    input: {
      supplierId: string;
      customerId: string;
      product?: string | null;
      since?: string | null;
      sources?: readonly string[] | null;
      quote?: string | null;
    },
    by: string | null,
  ) {
    const parsed = RelRecord.safeParse(
      defined({
        kind: 'SUPPLIES',
        from: input.supplierId,
        to: input.customerId,
        product: input.product,
        since: input.since,
        sources: input.sources ? [...input.sources] : undefined,
        quote: input.quote,
      }),
    );
    if (!parsed.success) {
      return fail(
        zodErrors('input', parsed.error).map((e) => ({
          ...e,
          path: e.path.replace(/^input\.from/, 'input.supplierId').replace(/^input\.to/, 'input.customerId'),
        })),
      );
    }
    if (input.supplierId === input.customerId)
      return fail([{ path: 'input.customerId', message: 'must differ from supplierId' }]);
    const found = await this.entities.byIds([input.supplierId, input.customerId, ...(input.sources ?? [])]);
    const errors: FieldError[] = [];
    if (!found[0]) errors.push({ path: 'input.supplierId', message: `no company "${input.supplierId}"` });
    if (!found[1]) errors.push({ path: 'input.customerId', message: `no company "${input.customerId}"` });
    found.slice(2).forEach((s, i) => {
      if (!s) errors.push({ path: `input.sources.${i}`, message: `no source "${input.sources?.[i]}"` });
    });
    if (errors.length > 0) return fail(errors);
    const { kind: _k, from, to, ...props } = parsed.data;
    await this.store.upsertSupply(from, to, defined(props), newChangeSet('mutation:createSupply', by));
    return { ok: true as const, errors: [], supplierId: from, customerId: to };
  }

  supply(from: string, to: string) {
    return this.store.supply(from, to);
  }

  async deleteSupply(supplierId: string, customerId: string, by: string | null) {
    return (await this.store.deleteSupply(supplierId, customerId, newChangeSet('mutation:deleteSupply', by)))
      ? { ok: true, errors: [] }
      : fail([{ path: 'customerId', message: `no SUPPLIES link from "${supplierId}" to "${customerId}"` }]);
  }

  /** Records are numbered by their index in `records`; errors and messages name them `records.<index>`. */
  async importRecords(records: readonly unknown[], skipInvalid: boolean | null | undefined, by: string | null) {
    const { max } = LIMITS.importRecords.records;
    if (records.length > max) throw badInput('records', `at most ${max} per call; use the import CLI for more`);
    const summary = await this.store.importRecords(
      records.map((value, i) => ({ line: i + 1, value: value as Record<string, unknown> })),
      skipInvalid ?? false,
      (line) => `records.${line - 1}`,
      newChangeSet('mutation:importRecords', by),
    );
    return {
      ok: summary.written,
      rows: summary.rows,
      created: summary.created,
      updated: summary.updated,
      unchanged: summary.unchanged,
      invalid: summary.invalid,
      errors: summary.errors.map((e) => ({ path: `records.${e.line - 1}.${e.field}`, message: e.message })),
    };
  }
}
