/**
 * The changes a what-if scenario is made of (docs/scenarios.md). They are checked here, once, whether they come
 * from a GraphQL argument or from a stored scenario, so every analysis can trust them.
 */
import { LIMITS, labelOfId, type NodeLabel } from '@g60/graph-schema';
import { badInput } from '../../errors.js';

export const CHANGE_KINDS = ['REMOVE_COMPANY', 'REMOVE_CITY', 'ADD_COMPANY', 'ADD_LINK', 'REMOVE_LINK'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type ScenarioChange =
  | { kind: 'REMOVE_COMPANY'; companyId: string }
  | { kind: 'REMOVE_CITY'; cityId: string }
  /** A company that exists only in the scenario; its id is `company:whatif-…` so it never names a real one. */
  | { kind: 'ADD_COMPANY'; companyId: string; name: string; segmentId: string; cityId: string }
  | { kind: 'ADD_LINK'; supplierId: string; customerId: string }
  | { kind: 'REMOVE_LINK'; supplierId: string; customerId: string };

/** The flat shape GraphQL's input has: which fields a kind needs is checked by `checkChanges`. */
export interface ChangeInput {
  kind: ChangeKind;
  companyId?: string | null;
  cityId?: string | null;
  segmentId?: string | null;
  name?: string | null;
  supplierId?: string | null;
  customerId?: string | null;
}

/** Ids of companies that exist only in a scenario start with this. */
export const ADDED_PREFIX = 'company:whatif-';

export const isAddedCompany = (id: string) => id.startsWith(ADDED_PREFIX);

/**
 * Checks each change (`changes.3.supplierId: …` names the offending one) and returns them in their strict shape.
 * A link may name a company added by an earlier change of the same scenario.
 */
export function checkChanges(inputs: readonly ChangeInput[], field = 'changes'): ScenarioChange[] {
  const range = LIMITS.scenario.changes;
  if (inputs.length > range.max) throw badInput(field, `at most ${range.max} changes`);
  const added = new Set<string>();
  return inputs.map((input, i) => {
    const at = `${field}.${i}`;
    const id = (key: keyof ChangeInput, label: NodeLabel): string => {
      const value = input[key];
      if (typeof value !== 'string' || value.length === 0)
        throw badInput(`${at}.${key}`, `is required for ${input.kind}`);
      if (labelOfId(value) !== label) throw badInput(`${at}.${key}`, `must be a ${label} id, not "${value}"`);
      if (label === 'Company' && isAddedCompany(value) && !added.has(value)) {
        throw badInput(`${at}.${key}`, `${value} is not added by an earlier change of this scenario`);
      }
      return value;
    };
    switch (input.kind) {
      case 'REMOVE_COMPANY':
        return { kind: input.kind, companyId: id('companyId', 'Company') };
      case 'REMOVE_CITY':
        return { kind: input.kind, cityId: id('cityId', 'City') };
      case 'ADD_LINK':
      case 'REMOVE_LINK': {
        const supplierId = id('supplierId', 'Company');
        const customerId = id('customerId', 'Company');
        if (supplierId === customerId) throw badInput(`${at}.customerId`, 'a company does not supply itself');
        return { kind: input.kind, supplierId, customerId };
      }
      case 'ADD_COMPANY': {
        const companyId = input.companyId ?? `${ADDED_PREFIX}${added.size + 1}`;
        if (!isAddedCompany(companyId) || !/^company:whatif-[a-z0-9._-]+$/.test(companyId)) {
          throw badInput(`${at}.companyId`, `an added company's id must look like "${ADDED_PREFIX}1"`);
        }
        if (added.has(companyId)) throw badInput(`${at}.companyId`, `${companyId} is added twice`);
        const name = (input.name ?? '').trim();
        const names = LIMITS.scenario.name;
        if ([...name].length < names.min || [...name].length > names.max) {
          throw badInput(`${at}.name`, `must be ${names.min} to ${names.max} characters`);
        }
        const change = {
          kind: input.kind,
          companyId,
          name,
          segmentId: id('segmentId', 'Segment'),
          cityId: id('cityId', 'City'),
        };
        added.add(companyId);
        return change;
      }
      default:
        throw badInput(`${at}.kind`, `must be one of ${CHANGE_KINDS.join(', ')}`);
    }
  });
}
