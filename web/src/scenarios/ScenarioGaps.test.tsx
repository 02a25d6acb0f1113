// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioChangeInput } from '../__generated__/graphql';
import { createQueryClient } from '../api/query';
import { GapsView } from '../gaps/GapsView';
import '../i18n';
import { NoticesProvider } from '../ui/notices';
import { useWorkspace, useWorkspaceState, WorkspaceProvider } from '../workspace/Workspace';
import { addWhatIf } from './scenario.commands';
import { SCENARIO_GAPS } from './ScenarioGaps';
import { ScenarioProvider, useScenario } from './ScenarioState';

const name = (id: string, nameZh: string) => ({ id, nameZh, nameEn: null });
const segment = { ...name('segment:cells', '电芯'), stage: 'MIDSTREAM', position: 1 };
const city = name('city:jiaxing', '嘉兴');
const matrix = (count: number) => ({
  industry: name('industry:nev', '新能源汽车'),
  cities: [city],
  rows: [
    {
      segment,
      total: count,
      status: count > 0 ? 'COVERED' : 'MISSING',
      cells: [{ cityId: city.id, count, status: count > 0 ? 'COVERED' : 'LOCAL_GAP' }],
    },
  ],
});
const resilience = { singleSourceSegments: [], missingSegments: [], cutCompanies: [], connectedDownstream: 1 };

/** The API as these parts ask it: every request is kept, to count them. */
const asked: { operation: string; variables: Record<string, unknown> }[] = [];
const answers: Record<string, (variables: Record<string, unknown>) => unknown> = {
  Cities: () => ({ cities: [{ ...city, role: 'MEMBER', lat: 30.7, lng: 120.7 }] }),
  Industries: () => ({ industries: [{ ...name('industry:nev', '新能源汽车'), segments: [name(segment.id, '电芯')] }] }),
  Scenarios: () => ({ scenarios: [] }),
  Coverage: () => ({ chainCoverage: matrix(1), collaborationGaps: [], resilience }),
  WhatIf: (v) => ({
    whatIf: {
      // The server names the chain it analysed: the one of the first company the changes name.
      industry: { id: typeof v.industryId === 'string' ? v.industryId : 'industry:nev' },
      coverage: matrix(0),
      resilience: { singleSourceSegments: [], missingSegments: [] },
      diff: {
        cells: [{ segment, city, before: 'COVERED', after: 'LOCAL_GAP', countBefore: 1, countAfter: 0 }],
        stranded: [],
        strandedCount: 0,
        rescued: [],
        rescuedCount: 0,
        cityPairs: [],
        removedCount: 1,
        addedCount: 0,
        connectedDownstreamBefore: 1,
        connectedDownstreamAfter: 0,
      },
    },
  }),
};

beforeEach(() => {
  asked.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: { body: string }) => {
      const { query, variables } = JSON.parse(init.body) as { query: string; variables: Record<string, unknown> };
      const operation = /^\s*(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '?';
      asked.push({ operation, variables });
      const answer = answers[operation];
      if (!answer) throw new Error(`no answer for ${operation}`);
      return { status: 200, json: async () => ({ data: answer(variables) }) };
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** "What if it left" from the canvas' menu, as the command runs it. */
function WhatIfButton({ change }: { change: ScenarioChangeInput }) {
  const ws = useWorkspace();
  const scenario = useScenario();
  return <button onClick={() => addWhatIf({ ...ws, scenario }, change)}>what if</button>;
}

/** What the canvas is given to mark. */
function Marks() {
  return <output data-testid="marks">{JSON.stringify(useWorkspaceState((s) => s.marks))}</output>;
}

function renderAt(search: string, change: ScenarioChangeInput) {
  window.history.replaceState(null, '', `/${search}`);
  render(
    <QueryClientProvider client={createQueryClient()}>
      <NoticesProvider>
        <WorkspaceProvider>
          <ScenarioProvider>
            <WhatIfButton change={change} />
            <Marks />
            <GapsView slots={SCENARIO_GAPS} />
          </ScenarioProvider>
        </WorkspaceProvider>
      </NoticesProvider>
    </QueryClientProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'what if' }));
}

const whatIfs = () => asked.filter((a) => a.operation === 'WhatIf');

describe("the scenario's part of the gaps view", () => {
  it('asks once, without an industry, and takes the chain the answer names as the view’s', async () => {
    const change = { kind: 'REMOVE_COMPANY' as const, companyId: 'company:a' };
    renderAt('?focus=company%3Aa', change);
    const after = await screen.findByTestId('scenario-heatmap');
    expect(location.search).toMatch(/mode=gaps/);
    expect(location.search).toMatch(/industry=industry%3Anev/);
    // One what-if request, about the changes alone; the answer is kept under the industry it named.
    expect(whatIfs()).toEqual([{ operation: 'WhatIf', variables: { changes: [change] } }]);
    expect(asked.map((a) => a.operation)).not.toContain('CompanyIndustry');
    expect(after.querySelector('td.changed')?.getAttribute('data-before')).toBe('COVERED');
    expect(screen.getByTestId('before-after').querySelectorAll('table')).toHaveLength(2);
    expect(screen.getByTestId('scenario-changes').textContent).toContain('迁出');
    expect(JSON.parse(screen.getByTestId('marks').textContent ?? '{}')).toEqual({ 'company:a': 'whatif-removed' });
  });

  it('asks about the chosen industry when there is one', async () => {
    const change = { kind: 'REMOVE_COMPANY' as const, companyId: 'company:a' };
    renderAt('?mode=gaps&industry=industry%3Anev', change);
    await screen.findByTestId('scenario-heatmap');
    expect(whatIfs()).toEqual([{ operation: 'WhatIf', variables: { industryId: 'industry:nev', changes: [change] } }]);
  });

  it('asks nothing when the changes name no chain, and asks for an industry instead', async () => {
    renderAt('?mode=gaps', { kind: 'REMOVE_CITY', cityId: city.id });
    await waitFor(() => expect(screen.getByTestId('scenario-changes').textContent).toContain('嘉兴'));
    expect(whatIfs()).toEqual([]);
    expect(screen.getByTestId('gaps-view').textContent).toContain('选择产业链');
  });
});
