/**
 * The app shell: providers, the header, the toolbar, the mode's panel, the canvas and the details. Features own
 * their state, data and commands; the shell only puts them in place.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { createQueryClient } from '../api/query';
import { DetailsPanel } from '../explore/DetailsPanel';
import { ScenarioProvider, useScenario } from '../scenarios/ScenarioState';
import { TraceProvider, useTrace } from '../trace/TraceState';
import { NoticesProvider } from '../ui/notices';
import { bindCommands } from '../workspace/command';
import { CommandsProvider, useCommands } from '../workspace/CommandButtons';
import { useWorkspace, useWorkspaceState, WorkspaceProvider, type WorkspaceState } from '../workspace/Workspace';
import { AppHeader } from './AppHeader';
import { CanvasArea } from './CanvasArea';
import { COMMANDS, type CommandContext } from './commands';
import { Toolbar } from './Toolbar';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useRestoreView } from './useRestoreView';

// Each mode's panel loads when the mode is first opened, so the first paint carries only the shell and explore.
const GapsMode = lazy(() => import('./GapsMode').then((m) => ({ default: m.GapsMode })));
const SupplierGaps = lazy(() =>
  import('../scenarios/ScenarioSupplierGaps').then((m) => ({ default: m.ScenarioSupplierGaps })),
);
const ImportView = lazy(() => import('../import/ImportView').then((m) => ({ default: m.ImportView })));
const TracePanel = lazy(() => import('../trace/TracePanel').then((m) => ({ default: m.TracePanel })));
const OverviewView = lazy(() => import('../overview/OverviewView').then((m) => ({ default: m.OverviewView })));
// ECharts (and the dashboard) load only when the indicators are opened.
const TargetsView = lazy(() => import('../targets/TargetsView').then((m) => ({ default: m.TargetsView })));
const IndicatorsView = lazy(() => import('../indicators/IndicatorsView').then((m) => ({ default: m.IndicatorsView })));

/** Modes that fill the page with a view of their own instead of the shared graph canvas. */
const WHOLE_PAGE = new Set(['overview', 'indicators', 'targets']);

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <NoticesProvider>
        <WorkspaceProvider>
          <TraceProvider>
            <ScenarioProvider>
              <BoundCommands>
                <Shell />
              </BoundCommands>
            </ScenarioProvider>
          </TraceProvider>
        </WorkspaceProvider>
      </NoticesProvider>
    </QueryClientProvider>
  );
}

/**
 * The registry bound to the whole context: the workspace and each feature's state. Only the buttons and keys
 * read it, so a change anywhere re-renders them (whether a command applies may depend on it), not the shell.
 */
function BoundCommands({ children }: { children: ReactNode }) {
  const ws = useWorkspace();
  const trace = useTrace();
  const scenario = useScenario();
  const commands = useMemo(
    () => bindCommands<CommandContext, (typeof COMMANDS)[number]['id']>(COMMANDS, { ...ws, trace, scenario }),
    [ws, trace, scenario],
  );
  return <CommandsProvider commands={commands}>{children}</CommandsProvider>;
}

/** The shortcuts, in a component of their own: the registry changes with the state, the shell need not. */
function Keys({ onEscape }: { onEscape: () => void }) {
  useKeyboardShortcuts(useCommands(), onEscape);
  return null;
}

const modeOf = (s: WorkspaceState) => s.view.mode;

function Shell() {
  const mode = useWorkspaceState(modeOf);
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);
  useRestoreView();
  if (WHOLE_PAGE.has(mode)) {
    return (
      <div className="app">
        <Keys onEscape={() => setMenu(null)} />
        <AppHeader />
        <main className="whole-page">
          <Suspense fallback={null}>
            {mode === 'overview' && <OverviewView />}
            {mode === 'indicators' && <IndicatorsView />}
            {mode === 'targets' && <TargetsView />}
          </Suspense>
        </main>
      </div>
    );
  }
  return (
    <div className="app" onClick={() => setMenu(null)}>
      <Keys onEscape={() => setMenu(null)} />
      <AppHeader />
      <Toolbar />
      <main>
        <Suspense fallback={null}>
          {mode === 'trace' && <TracePanel />}
          {mode === 'gaps' && <GapsMode />}
          {mode === 'import' && <ImportView />}
        </Suspense>
        <CanvasArea menu={menu} onMenu={setMenu} />
        <DetailsPanel
          gapsSlot={(companyId) => (
            <Suspense fallback={null}>
              <SupplierGaps companyId={companyId} />
            </Suspense>
          )}
        />
      </main>
    </div>
  );
}
