/**
 * The explorer's graph as undoable state: every change (load, expand, hide, remove) pushes a snapshot, so undo and
 * redo are exact, and a new change after an undo drops the redo history. Snapshots share node/edge objects; only
 * the arrays are new.
 */
import { mergeGraphs, type GraphData } from '../graph/toElements';

export interface GraphState {
  graph: GraphData;
  /** Ids hidden from view but kept (restored by "show all"). */
  hidden: string[];
  truncated: boolean;
}

export interface History {
  past: GraphState[];
  present: GraphState;
  future: GraphState[];
}

const EMPTY_STATE: GraphState = { graph: { nodes: [], edges: [] }, hidden: [], truncated: false };
export const EMPTY_HISTORY: History = { past: [], present: EMPTY_STATE, future: [] };

export type GraphAction =
  | { type: 'replace'; graph: GraphData; truncated: boolean }
  | { type: 'merge'; graph: GraphData; truncated: boolean }
  | { type: 'hide'; ids: string[] }
  | { type: 'remove'; ids: string[] }
  | { type: 'showAll' }
  /** A saved view: its graph and hidden nodes exactly (one undo step, like a load). */
  | { type: 'restore'; state: GraphState }
  | { type: 'undo' }
  | { type: 'redo' };

const LIMIT = 50;

function push(h: History, present: GraphState): History {
  return { past: [...h.past, h.present].slice(-LIMIT), present, future: [] };
}

export function graphReducer(h: History, action: GraphAction): History {
  const p = h.present;
  switch (action.type) {
    case 'replace':
      return push(h, { graph: action.graph, hidden: [], truncated: action.truncated });
    case 'merge':
      return push(h, { ...p, graph: mergeGraphs(p.graph, action.graph), truncated: action.truncated });
    case 'hide':
      return push(h, { ...p, hidden: [...new Set([...p.hidden, ...action.ids])] });
    case 'remove': {
      const gone = new Set(action.ids);
      return push(h, {
        ...p,
        graph: {
          nodes: p.graph.nodes.filter((n) => !gone.has(n.id)),
          edges: p.graph.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
        },
      });
    }
    case 'restore':
      return push(h, action.state);
    case 'showAll':
      return p.hidden.length === 0 ? h : push(h, { ...p, hidden: [] });
    case 'undo': {
      const previous = h.past.at(-1);
      return previous ? { past: h.past.slice(0, -1), present: previous, future: [p, ...h.future] } : h;
    }
    case 'redo': {
      const [next, ...rest] = h.future;
      return next ? { past: [...h.past, p], present: next, future: rest } : h;
    }
  }
}

/** The graph as drawn: without hidden nodes and their edges. */
export function visibleGraph(state: GraphState): GraphData {
  if (state.hidden.length === 0) return state.graph;
  const hidden = new Set(state.hidden);
  return {
    nodes: state.graph.nodes.filter((n) => !hidden.has(n.id)),
    edges: state.graph.edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target)),
  };
}
