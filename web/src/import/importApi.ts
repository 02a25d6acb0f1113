/**
 * The registry import API (/api/imports, server/src/http/imports.ts) for the import page. Every call carries the
 * user's API key; answers are the server's JSON, errors an ApiError with the server's code.
 */
import { ApiError } from '../api/client';

export type Mapping = Partial<Record<string, string>>;

export interface SheetSummary {
  sheet: string;
  kind: 'companies' | 'supplies' | 'unreadable';
  rows: number;
  unusedColumns: string[];
  headers: string[];
  columns: Record<string, string>;
}

export interface Preview {
  sheets: SheetSummary[];
  rejected: { at: string; column: string; message: string }[];
  rejectedCount: number;
  unplaced: { at: string; companyId: string; name: string; reason: string }[];
  unplacedCount: number;
  codesVersion: string;
  import?: { written: boolean; created: number; updated: number; unchanged: number; invalid: number };
}

export interface Status {
  state: 'uploaded' | 'previewing' | 'importing' | 'done' | 'failed';
  progress: { phase: string; done: number; total?: number } | null;
  error: string | null;
  report: Preview | null;
}

async function call<T>(key: string, path: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/imports${path}`, {
      ...init,
      headers: { authorization: `Bearer ${key}`, ...init.headers },
    });
  } catch {
    throw new ApiError('无法连接服务器 · Cannot reach the server', 'NETWORK');
  }
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => ({}))) as {
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const first = body.errors?.[0];
  throw new ApiError(first?.message ?? `HTTP ${res.status}`, first?.extensions?.code ?? 'HTTP');
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const uploadRegistry = (key: string, file: File) =>
  call<{ id: string; name: string; bytes: number }>(key, `?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });

export const previewRegistry = (key: string, id: string, mapping: Mapping) =>
  call<Preview>(key, `/${id}/preview`, json({ mapping }));

export const commitRegistry = (key: string, id: string, mapping: Mapping, skipInvalid: boolean) =>
  call<{ id: string; state: string }>(key, `/${id}/commit`, json({ mapping, skipInvalid }));

export const importStatus = (key: string, id: string) => call<Status>(key, `/${id}`);

export async function reportCsv(key: string, id: string): Promise<Blob> {
  const res = await fetch(`/api/imports/${id}/report.csv`, { headers: { authorization: `Bearer ${key}` } });
  if (!res.ok) throw new ApiError(`HTTP ${res.status}`, 'HTTP');
  return res.blob();
}
