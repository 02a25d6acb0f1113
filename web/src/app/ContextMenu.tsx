import { CommandButtons } from '../workspace/CommandButtons';

export interface MenuAt {
  id: string;
  x: number;
  y: number;
}

/** A node's commands from the registry, where the node was right-clicked. */
export function ContextMenu({ at, onClose }: { at: MenuAt; onClose: () => void }) {
  return (
    <div
      className="context-menu"
      style={{ left: at.x, top: at.y }}
      data-testid="context-menu"
      role="menu"
      onClick={(e) => e.stopPropagation()}
    >
      <CommandButtons place="node" target={at.id} onRun={onClose} />
    </div>
  );
}
