import { fetchApi } from '../api/query';
import type { ScenarioChangeInput } from '../__generated__/graphql';
import { command, type Rule } from '../workspace/command';
import type { Workspace } from '../workspace/Workspace';
import { withChange } from '../workspace/scenarioDraft';
import { CompanyIndustryDocument } from './scenario.documents';

const isCompany = (id: string | null): id is string => !!id?.startsWith('company:');

/**
 * Adds the change to the scenario and shows it in the gaps mode. Without a chosen industry, the company's own
 * chain is the one analysed.
 */
export async function addWhatIf(ws: Workspace, change: ScenarioChangeInput, companyId: string | null): Promise<void> {
  ws.setScenario((d) => withChange(d, change));
  let industryId = ws.view.industryId;
  if (!industryId && companyId) {
    const { node } = await fetchApi(ws.client, CompanyIndustryDocument, { id: companyId });
    industryId = (node && 'segments' in node ? node.segments[0]?.industry?.id : null) ?? null;
  }
  ws.patchView({ mode: 'gaps', industryId });
  ws.notify(ws.t('scenario.added'));
}

/** A drawn SUPPLIES link, by its id. */
const supplyLink = (ws: Workspace, id: string | null) =>
  ws.visible.edges.find((e) => e.id === id && e.kind === 'SUPPLIES') ?? null;

const onCompany: Rule = (_, id) => isCompany(id);
const onCity: Rule = (_, id) => !!id?.startsWith('city:');
const canSupply: Rule = (ws, id) => isCompany(id) && ws.whatIfSupplier !== null && ws.whatIfSupplier !== id;
const onSupplyLink: Rule = (ws, id) => supplyLink(ws, id) !== null;

/** What-if changes from the canvas: a company or a city's companies leave, a supply link appears (two steps) or goes. */
export const SCENARIO_COMMANDS = [
  command('whatIfRemove', 'W', ['node', 'details'], onCompany, (ws, id) => {
    if (isCompany(id)) void addWhatIf(ws, { kind: 'REMOVE_COMPANY', companyId: id }, id);
  }),
  command('whatIfRemoveCity', 'Shift+X', ['node', 'details'], onCity, (ws, id) => {
    if (id) void addWhatIf(ws, { kind: 'REMOVE_CITY', cityId: id }, null);
  }),
  command('whatIfSupplier', 'Shift+W', ['node'], onCompany, (ws, id) => {
    if (!isCompany(id)) return;
    ws.setWhatIfSupplier(id);
    ws.notify(ws.t('scenario.supplierMarked'));
  }),
  command('whatIfSupply', 'Y', ['node'], canSupply, (ws, id) => {
    const supplierId = ws.whatIfSupplier;
    if (!isCompany(id) || !supplierId) return;
    ws.setWhatIfSupplier(null);
    void addWhatIf(ws, { kind: 'ADD_LINK', supplierId, customerId: id }, id);
  }),
  command('whatIfCut', 'X', ['edge'], onSupplyLink, (ws, id) => {
    const link = supplyLink(ws, id);
    if (link)
      void addWhatIf(ws, { kind: 'REMOVE_LINK', supplierId: link.source, customerId: link.target }, link.source);
  }),
];
