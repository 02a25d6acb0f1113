import { CommandButtons } from '../workspace/CommandButtons';
import { useWorkspaceState } from '../workspace/Workspace';

export interface MenuAt {
  id: string;
  x: number;
  y: number;
}

/** A node's (or a link's) commands from the registry, where it was right-clicked. */
export function ContextMenu({ at, onClose }: { at: MenuAt; onClose: () => void }) {
  const isEdge = useWorkspaceState((s) => s.visible.edges.some((e) => e.id === at.id));
  return (
    <div
      className="context-menu"
      style={{ left: at.x, top: at.y }}
      data-testid="context-menu"
      role="menu"
      onClick={(e) => e.stopPropagation()}
    >
      <CommandButtons place={isEdge ? 'edge' : 'node'} target={at.id} onRun={onClose} />
    </div>
  );
}
