/**
 * The app shell: providers, the header, the toolbar, the mode's panel, the canvas and the details. Features own
 * their state, data and commands; the shell only puts them in place.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from '../api/query';
import { DetailsPanel } from '../explore/DetailsPanel';
import { GapsView } from '../gaps/GapsView';
import { SupplierGaps } from '../gaps/SupplierGaps';
import { TracePanel } from '../trace/TracePanel';
import { CommandsProvider } from '../workspace/CommandButtons';
import { useWorkspace, WorkspaceProvider } from '../workspace/Workspace';
import { AppHeader } from './AppHeader';
import { CanvasArea } from './CanvasArea';
import { COMMANDS } from './commands';
import { Toolbar } from './Toolbar';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useRestoreView } from './useRestoreView';

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
  return (
    <div className="app" onClick={() => setMenu(null)}>
      <AppHeader />
      <Toolbar />
      <main>
        {view.mode === 'trace' && <TracePanel />}
        {view.mode === 'gaps' && <GapsView />}
        <CanvasArea menu={menu} onMenu={setMenu} />
        <DetailsPanel gapsSlot={(companyId) => <SupplierGaps companyId={companyId} />} />
      </main>
    </div>
  );
}
