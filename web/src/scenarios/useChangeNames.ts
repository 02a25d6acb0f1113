import { useTranslation } from 'react-i18next';
import type { ScenarioChangeInput } from '../__generated__/graphql';
import { useCities, useIndustries } from '../api/useCorridor';
import { useName } from '../i18n';
import { useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';

type Named = { id: string; nameZh: string; nameEn?: string | null };

const drawnNodes = (s: WorkspaceState) => s.history.present.graph.nodes;

/**
 * One line per change in the reader's language. Names come from what the page already holds: the entities a saved
 * scenario was read with, the canvas, the corridor's cities and segments, the names given to added companies.
 */
export function useChangeLines(changes: readonly ScenarioChangeInput[], known: readonly Named[]): string[] {
  const { t } = useTranslation();
  const { name } = useName();
  const nodes = useWorkspaceState(drawnNodes);
  const cities = useCities();
  const industries = useIndustries();
  const names = new Map<string, string>();
  for (const c of cities) names.set(c.id, name(c));
  for (const i of industries) for (const s of i.segments) names.set(s.id, name(s));
  for (const n of nodes) names.set(n.id, name({ nameZh: n.label, nameEn: n.labelEn }));
  for (const e of known) names.set(e.id, name(e));
  for (const c of changes) if (c.kind === 'ADD_COMPANY' && c.companyId && c.name) names.set(c.companyId, c.name);
  const of = (id: string | null | undefined) => (id ? (names.get(id) ?? id) : '');
  return changes.map((c) =>
    t(`scenario.${c.kind}`, {
      company: of(c.companyId),
      city: of(c.cityId),
      name: c.name ?? '',
      segment: of(c.segmentId),
      supplier: of(c.supplierId),
      customer: of(c.customerId),
    }),
  );
}
