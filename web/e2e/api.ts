import { baseUrl } from './browser';

/** Direct API calls for test setup (choosing data), never for assertions about the UI. */
export async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The synthetic company with the most customers: a good start for a downstream trace. */
export async function busiestSupplier(): Promise<string> {
  const data = await api<{ companies: { edges: { node: { id: string; customerCount: number } }[] } }>(
    '{ companies(filter: { synthetic: true, industryId: "industry:nev" }, first: 300) { edges { node { id customerCount } } } }',
  );
  const best = [...data.companies.edges].sort((a, b) => b.node.customerCount - a.node.customerCount)[0];
  if (!best) throw new Error('no synthetic supplier');
  return best.node.id;
}
