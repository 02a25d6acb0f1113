// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { setEditorKey } from '../ui/useEditorKey';
import type { Preview } from './importApi';
import { ImportView } from './ImportView';

const companies = { sheet: '企业名录', kind: 'companies', rows: 3, unusedColumns: [], headers: ['单位全称', '代码'] };
const preview = (rejected: number): Preview => ({
  sheets: [{ ...companies, kind: 'companies', columns: { uscc: '代码' } }],
  rejected: Array.from({ length: rejected }, () => ({ at: '企业名录:4', column: '代码', message: 'bad code' })),
  rejectedCount: rejected,
  unplaced: [],
  unplacedCount: 0,
  codesVersion: 'test',
});

/** The import routes as the server answers them (server/src/http/imports.ts); every call is kept. */
const calls: { method: string; path: string; body: unknown; auth: string | undefined }[] = [];
let polls = 0;
function route(method: string, path: string, body: unknown): unknown {
  if (method === 'POST' && path.startsWith('/api/imports?name=')) return { id: 'u1', name: '名录.xlsx', bytes: 10 };
  if (method === 'POST' && path === '/api/imports/u1/preview') {
    const { mapping } = body as { mapping: Record<string, string> };
    return preview(mapping.name ? 0 : 1);
  }
  if (method === 'POST' && path === '/api/imports/u1/commit') return { id: 'u1', state: 'importing' };
  if (method === 'GET' && path === '/api/imports/u1') {
    polls += 1;
    return polls < 2
      ? { state: 'importing', progress: { phase: 'companies', done: 2 }, error: null, report: null }
      : {
          state: 'done',
          progress: null,
          error: null,
          report: {
            ...preview(0),
            import: { written: true, created: 2, updated: 0, unchanged: 0, invalid: 0 },
          },
        };
  }
  throw new Error(`no route ${method} ${path}`);
}

beforeEach(() => {
  calls.length = 0;
  polls = 0;
  sessionStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : null;
      const auth = (init.headers as Record<string, string> | undefined)?.authorization;
      calls.push({ method, path, body, auth });
      const answer = route(method, path, body);
      return { ok: true, status: 200, json: async () => answer };
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const button = (testId: string) => screen.getByTestId(testId) as HTMLButtonElement;
const current = () => screen.getByTestId('import-steps').querySelector('[aria-current=step]')?.textContent;

describe('the import page', () => {
  it('walks upload → preview → commit → status with the routes and payloads of /api/imports', async () => {
    setEditorKey('g60_editor');
    render(<ImportView />);
    expect(current()).toBe('上传');
    expect(button('import-upload').disabled).toBe(true);
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File(['x'], '名录.xlsx')] } });
    fireEvent.click(button('import-upload'));

    // The preview: a refused row holds the import back until the name column is given or the row skipped.
    await screen.findByTestId('import-rejected');
    expect(current()).toBe('预览与列对应');
    expect((screen.getByTestId('map-uscc') as HTMLSelectElement).value).toBe('代码');
    expect(button('import-commit').disabled).toBe(true);
    fireEvent.change(screen.getByTestId('map-name'), { target: { value: '单位全称' } });
    fireEvent.click(button('import-repreview'));
    await waitFor(() => expect(button('import-commit').disabled).toBe(false));
    expect(screen.queryByTestId('import-rejected')).toBeNull();

    fireEvent.click(button('import-commit'));
    const done = await screen.findByTestId('import-done', {}, { timeout: 5000 });
    expect(done.textContent).toContain('新建 2');
    expect(current()).toBe('结果');
    expect(screen.getByTestId('import-report')).toBeTruthy();

    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `POST /api/imports?name=${encodeURIComponent('名录.xlsx')}`,
      'POST /api/imports/u1/preview',
      'POST /api/imports/u1/preview',
      'POST /api/imports/u1/commit',
      'GET /api/imports/u1',
      'GET /api/imports/u1',
    ]);
    expect(calls.map((c) => c.body)).toEqual([
      null,
      { mapping: {} },
      { mapping: { uscc: '代码', name: '单位全称' } },
      { mapping: { uscc: '代码', name: '单位全称' }, skipInvalid: false },
      null,
      null,
    ]);
    expect(new Set(calls.map((c) => c.auth))).toEqual(new Set(['Bearer g60_editor']));
  });

  it('says what went wrong and lets the editor try again', async () => {
    setEditorKey('g60_editor');
    render(<ImportView />);
    vi.mocked(fetch).mockResolvedValueOnce({
      ok: false,
      status: 413,
      json: async () => ({
        errors: [{ message: 'the file is larger than 200 MB', extensions: { code: 'TOO_LARGE' } }],
      }),
    } as unknown as Response);
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File(['x'], '名录.xlsx')] } });
    fireEvent.click(button('import-upload'));
    expect((await screen.findByRole('alert')).textContent).toBe('the file is larger than 200 MB');
    expect(current()).toBe('上传');
    expect(button('import-upload').disabled).toBe(false);
  });
});
