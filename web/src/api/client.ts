import type { TypedDocumentString } from '../__generated__/graphql';

/** A GraphQL error as the API reports it: message plus a stable code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * Runs a typed document against /graphql; `query.ts` puts caching and cancellation around it. `token`: an
 * editor's API key, for the writes that need one (reads go without).
 */
export async function request<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  signal?: AbortSignal,
  token?: string,
): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('无法连接服务器 · Cannot reach the server', 'NETWORK');
  }
  const body = (await response.json()) as {
    data?: R;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN');
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, 'HTTP');
  return body.data;
}
