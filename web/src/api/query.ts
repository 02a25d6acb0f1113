/**
 * The one data-fetching layer of the web app: TanStack Query over `request`. Components read with `useApiQuery`
 * (cached, cancelled when the key changes or the component goes, with loading and error states); commands fetch
 * imperatively with `fetchApi` through the same cache. The key of a query is its operation and variables.
 */
import { QueryClient, useQuery, type QueryKey } from '@tanstack/react-query';
import type { TypedDocumentString } from '../__generated__/graphql';
import { ApiError, request } from './client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The graph changes through imports, not second by second: answers stay fresh for a minute.
        staleTime: 60_000,
        // A bad argument or a missing entity will not fix itself; only network trouble is worth one retry.
        retry: (failures, error) => failures < 1 && error instanceof ApiError && error.code === 'NETWORK',
        refetchOnWindowFocus: false,
      },
    },
  });
}

const keyOf = <R, V>(document: TypedDocumentString<R, V>, variables: V): QueryKey => [document.toString(), variables];

/** A query a component shows: `undefined` variables (or `enabled: false`) means "not yet". */
export function useApiQuery<R, V>(document: TypedDocumentString<R, V>, variables: V | undefined, staleTime?: number) {
  return useQuery({
    queryKey: variables === undefined ? [document.toString(), 'disabled'] : keyOf(document, variables),
    queryFn: ({ signal }) => request(document, variables as V, signal),
    enabled: variables !== undefined,
    ...(staleTime === undefined ? {} : { staleTime }),
  });
}

/** A query a command runs: through the same cache, resolved or thrown like `request`. */
export function fetchApi<R, V>(client: QueryClient, document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  return client.fetchQuery({
    queryKey: keyOf(document, variables),
    queryFn: ({ signal }) => request(document, variables, signal),
  });
}

/** Puts an answer in the cache as if `variables` had asked for it: an answer that says what it is about. */
export function primeApi<R, V>(client: QueryClient, document: TypedDocumentString<R, V>, variables: V, data: R): void {
  client.setQueryData(keyOf(document, variables), data);
}
