import type { ScenarioChangeInput } from '../__generated__/graphql';
import { command, type Rule } from '../workspace/command';
import type { Workspace } from '../workspace/Workspace';
import { withChange } from './scenarioDraft';
import type { ScenarioState } from './ScenarioState';

/** What the scenario's commands work on: the workspace and the scenario being built. */
export type ScenarioContext = Workspace & { scenario: ScenarioState };

const isCompany = (id: string | null): id is string => !!id?.startsWith('company:');

/**
 * Adds the change to the scenario and shows it in the gaps mode. Without a chosen industry the API analyses the
 * chain of the company the changes name, and says which (scenarios/ScenarioGaps.tsx puts it in the view): one
 * request, not one to learn the chain and another for the analysis.
 */
export function addWhatIf(ctx: ScenarioContext, change: ScenarioChangeInput): void {
  ctx.scenario.setDraft((d) => withChange(d, change));
  ctx.patchView({ mode: 'gaps' });
  ctx.notify(ctx.t('scenario.added'));
}

/** A drawn SUPPLIES link, by its id. */
const supplyLink = (ws: Workspace, id: string | null) =>
  ws.visible.edges.find((e) => e.id === id && e.kind === 'SUPPLIES') ?? null;

const onCompany: Rule = (_, id) => isCompany(id);
const onCity: Rule = (_, id) => !!id?.startsWith('city:');
const canSupply: Rule<ScenarioContext> = (ctx, id) =>
  isCompany(id) && ctx.scenario.whatIfSupplier !== null && ctx.scenario.whatIfSupplier !== id;
const onSupplyLink: Rule = (ws, id) => supplyLink(ws, id) !== null;

/** What-if changes from the canvas: a company or a city's companies leave, a supply link appears (two steps) or goes. */
export const SCENARIO_COMMANDS = [
  command('whatIfRemove', 'W', ['node', 'details'], onCompany, (ctx: ScenarioContext, id) => {
    if (isCompany(id)) addWhatIf(ctx, { kind: 'REMOVE_COMPANY', companyId: id });
  }),
  command('whatIfRemoveCity', 'Shift+X', ['node', 'details'], onCity, (ctx: ScenarioContext, id) => {
    if (id) addWhatIf(ctx, { kind: 'REMOVE_CITY', cityId: id });
  }),
  command('whatIfSupplier', 'Shift+W', ['node'], onCompany, (ctx: ScenarioContext, id) => {
    if (!isCompany(id)) return;
    ctx.scenario.setWhatIfSupplier(id);
    ctx.notify(ctx.t('scenario.supplierMarked'));
  }),
  command('whatIfSupply', 'Y', ['node'], canSupply, (ctx, id) => {
    const supplierId = ctx.scenario.whatIfSupplier;
    if (!isCompany(id) || !supplierId) return;
    ctx.scenario.setWhatIfSupplier(null);
    addWhatIf(ctx, { kind: 'ADD_LINK', supplierId, customerId: id });
  }),
  command('whatIfCut', 'X', ['edge'], onSupplyLink, (ctx: ScenarioContext, id) => {
    const link = supplyLink(ctx, id);
    if (link) addWhatIf(ctx, { kind: 'REMOVE_LINK', supplierId: link.source, customerId: link.target });
  }),
];
