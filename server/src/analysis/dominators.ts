/**
 * Which companies cut an industry chain. Add a virtual root that supplies every upstream company; a company x cuts
 * the chain for a downstream company d exactly when every supply path from the root to d passes through x, i.e. x
 * dominates d. Dominators by the iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance
 * Algorithm", 2001) over a reverse-postorder numbering.
 */
export interface SupplyGraph {
  /** Company ids that start the chain (in UPSTREAM segments). */
  sources: readonly string[];
  /** Company ids that end it (in DOWNSTREAM segments). */
  sinks: readonly string[];
  /** SUPPLIES links between companies of the industry. */
  edges: readonly (readonly [supplier: string, customer: string])[];
}

export interface CutResult {
  /** Downstream companies reachable from some upstream company. */
  connectedSinks: number;
  /** For each cutting company, how many downstream companies (other than itself) it strands. */
  stranded: Map<string, number>;
}

const ROOT = '\u0000root';

export function findCutCompanies(graph: SupplyGraph): CutResult {
  const succ = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = succ.get(a);
    if (list) list.push(b);
    else succ.set(a, [b]);
  };
  for (const s of graph.sources) add(ROOT, s);
  for (const [a, b] of graph.edges) add(a, b);

  // Reverse postorder from the root (iterative DFS: chains can be long).
  const order: string[] = [];
  const visited = new Set<string>([ROOT]);
  const stack: [string, number][] = [[ROOT, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = succ.get(top[0])?.[top[1]];
    if (next === undefined) {
      order.push(top[0]);
      stack.pop();
      continue;
    }
    top[1]++;
    if (!visited.has(next)) {
      visited.add(next);
      stack.push([next, 0]);
    }
  }
  order.reverse();
  const index = new Map(order.map((n, i) => [n, i]));
  const preds = new Map<string, string[]>();
  for (const [a, list] of succ) {
    if (!visited.has(a)) continue;
    for (const b of list) {
      const p = preds.get(b);
      if (p) p.push(a);
      else preds.set(b, [a]);
    }
  }

  const idom = new Map<string, string>([[ROOT, ROOT]]);
  const intersect = (a: string, b: string) => {
    let x = a;
    let y = b;
    while (x !== y) {
      while ((index.get(x) ?? 0) > (index.get(y) ?? 0)) x = idom.get(x) ?? ROOT;
      while ((index.get(y) ?? 0) > (index.get(x) ?? 0)) y = idom.get(y) ?? ROOT;
    }
    return x;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const n of order) {
      if (n === ROOT) continue;
      let dom: string | undefined;
      for (const p of preds.get(n) ?? []) {
        if (!idom.has(p)) continue;
        dom = dom === undefined ? p : intersect(p, dom);
      }
      if (dom !== undefined && idom.get(n) !== dom) {
        idom.set(n, dom);
        changed = true;
      }
    }
  }

  // Each reachable sink counts once for every dominator on its idom chain (root and itself excluded).
  const stranded = new Map<string, number>();
  let connectedSinks = 0;
  for (const sink of new Set(graph.sinks)) {
    if (!idom.has(sink)) continue;
    connectedSinks++;
    for (let d = idom.get(sink) ?? ROOT; d !== ROOT; d = idom.get(d) ?? ROOT) {
      stranded.set(d, (stranded.get(d) ?? 0) + 1);
    }
  }
  return { connectedSinks, stranded };
}
