/**
 * The app shell: providers, the header, the toolbar, the mode's panel, the canvas and the details. Features own
 * their state, data and commands; the shell only puts them in place.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { createQueryClient } from '../api/query';
import { DetailsPanel } from '../explore/DetailsPanel';
import { CommandsProvider } from '../workspace/CommandButtons';
import { useWorkspace, WorkspaceProvider } from '../workspace/Workspace';
import { AppHeader } from './AppHeader';
import { CanvasArea } from './CanvasArea';
import { COMMANDS } from './commands';
import { Toolbar } from './Toolbar';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useRestoreView } from './useRestoreView';

// Each mode's panel loads when the mode is first opened, so the first paint carries only the shell and explore.
const GapsView = lazy(() => import('../gaps/GapsView').then((m) => ({ default: m.GapsView })));
const SupplierGaps = lazy(() => import('../gaps/SupplierGaps').then((m) => ({ default: m.SupplierGaps })));
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
      <WorkspaceProvider>
        <CommandsProvider commands={COMMANDS}>
          <Shell />
        </CommandsProvider>
      </WorkspaceProvider>
    </QueryClientProvider>
  );
}

function Shell() {
  const { view } = useWorkspace();
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);
  useKeyboardShortcuts(COMMANDS, () => setMenu(null));
  useRestoreView();
  if (WHOLE_PAGE.has(view.mode)) {
    return (
      <div className="app">
        <AppHeader />
        <main className="whole-page">
          <Suspense fallback={null}>
            {view.mode === 'overview' && <OverviewView />}
            {view.mode === 'indicators' && <IndicatorsView />}
            {view.mode === 'targets' && <TargetsView />}
          </Suspense>
        </main>
      </div>
    );
  }
  return (
    <div className="app" onClick={() => setMenu(null)}>
      <AppHeader />
      <Toolbar />
      <main>
        <Suspense fallback={null}>
          {view.mode === 'trace' && <TracePanel />}
          {view.mode === 'gaps' && <GapsView />}
          {view.mode === 'import' && <ImportView />}
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
