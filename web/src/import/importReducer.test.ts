import { describe, expect, it } from 'vitest';
import type { Preview, Status } from './importApi';
import {
  canCommit,
  canPreviewAgain,
  canUpload,
  definedOnly,
  ended,
  fieldsOf,
  following,
  headersOf,
  importReducer,
  INITIAL,
  type ImportAction,
  type ImportState,
} from './importReducer';

const file = new File(['x'], '名录.xlsx');
const sheet = (kind: Preview['sheets'][number]['kind'], headers: string[], columns: Record<string, string> = {}) => ({
  sheet: kind,
  kind,
  rows: 3,
  unusedColumns: [],
  headers,
  columns,
});
const preview = (over: Partial<Preview> = {}): Preview => ({
  sheets: [sheet('companies', ['单位全称', '统一社会信用代码'], { uscc: '统一社会信用代码' })],
  rejected: [{ at: '企业名录:4', column: '统一社会信用代码', message: 'check character' }],
  rejectedCount: 1,
  unplaced: [],
  unplacedCount: 0,
  codesVersion: 'test',
  ...over,
});
const status = (state: Status['state']): Status => ({ state, progress: null, error: null, report: null });
const run = (actions: ImportAction[], from: ImportState = INITIAL) => actions.reduce(importReducer, from);

/** Chosen, uploaded and previewed: the preview step, ready. */
const previewed = run([
  { type: 'file', file },
  { type: 'uploading' },
  { type: 'uploaded', upload: { id: 'u1', name: '名录.xlsx' } },
  { type: 'previewed', preview: preview(), asked: {} },
]);

describe('the import steps', () => {
  it('goes upload → preview with the columns the server read as the starting mapping', () => {
    expect(canUpload(INITIAL, 'key')).toBe(false);
    const chosen = run([{ type: 'file', file }]);
    expect(canUpload(chosen, '')).toBe(false);
    expect(canUpload(chosen, 'key')).toBe(true);
    const uploading = importReducer(chosen, { type: 'uploading' });
    expect(uploading.busy).toBe('uploading');
    expect(canUpload(uploading, 'key')).toBe(false);
    expect(previewed.step).toBe('preview');
    expect(previewed.busy).toBeNull();
    expect(previewed.mapping).toEqual({ uscc: '统一社会信用代码' });
    expect(canPreviewAgain(previewed)).toBe(true);
  });

  it('keeps the mapping the editor asked for over what the server read, and previews it again', () => {
    const mapped = run([{ type: 'map', field: 'name', column: '单位全称' }], previewed);
    expect(mapped.mapping).toEqual({ uscc: '统一社会信用代码', name: '单位全称' });
    const again = run([{ type: 'previewing' }], mapped);
    expect(canPreviewAgain(again)).toBe(false);
    const read = { ...preview(), sheets: [sheet('companies', ['单位全称'], { name: '名称', uscc: '代码' })] };
    const done = run([{ type: 'previewed', preview: read, asked: definedOnly(mapped.mapping) }], again);
    expect(done.mapping).toEqual({ name: '单位全称', uscc: '统一社会信用代码' });
    // A field set back to "not used" is not sent.
    const cleared = run([{ type: 'map', field: 'name', column: null }], done);
    expect(definedOnly(cleared.mapping)).toEqual({ uscc: '统一社会信用代码' });
  });

  it('holds the import back while rows have problems, until the editor skips them', () => {
    expect(canCommit(previewed)).toBe(false);
    const skipping = run([{ type: 'skipInvalid', skip: true }], previewed);
    expect(canCommit(skipping)).toBe(true);
    const clean = run(
      [{ type: 'previewed', preview: preview({ rejected: [], rejectedCount: 0 }), asked: {} }],
      previewed,
    );
    expect(canCommit(clean)).toBe(true);
  });

  it('commits, follows the status until the import ends, and may start over with another file', () => {
    const committing = run([{ type: 'skipInvalid', skip: true }, { type: 'committing' }], previewed);
    expect(committing.step).toBe('commit');
    expect(canCommit(committing)).toBe(false);
    expect(canUpload(committing, 'key')).toBe(false);
    const running = run([{ type: 'committed' }, { type: 'status', status: status('importing') }], committing);
    expect(following(running)).toBe(true);
    expect(ended(running)).toBe(false);
    expect(canUpload(running, 'key')).toBe(false);
    const done = run([{ type: 'status', status: status('done') }], running);
    expect(following(done)).toBe(false);
    expect(ended(done)).toBe(true);
    expect(canCommit(done)).toBe(false);
    expect(canUpload(done, 'key')).toBe(true);
    const again = run([{ type: 'uploading' }], done);
    expect(again).toEqual({ ...INITIAL, file, busy: 'uploading' });
  });

  it('goes back to the last step that stands when a request fails', () => {
    const upload = run([{ type: 'file', file }, { type: 'uploading' }, { type: 'failed', error: 'too large' }]);
    expect(upload).toMatchObject({ step: 'upload', busy: null, error: 'too large', preview: null });
    const refused = run([{ type: 'committing' }, { type: 'failed', error: 'busy' }], previewed);
    expect(refused).toMatchObject({ step: 'preview', error: 'busy' });
    const lost = run([{ type: 'committing' }, { type: 'committed' }, { type: 'failed', error: 'offline' }], previewed);
    expect(lost.step).toBe('preview');
    const report = run([{ type: 'failed', error: 'HTTP 409' }], {
      ...previewed,
      step: 'status',
      status: status('done'),
    });
    expect(report).toMatchObject({ step: 'status', error: 'HTTP 409' });
    // The next request clears the error.
    expect(run([{ type: 'previewing' }], refused).error).toBeNull();
  });

  it('asks for the fields of what the file holds, and offers every header once', () => {
    expect(fieldsOf(preview())).toContain('uscc');
    expect(fieldsOf(preview())).not.toContain('supplier');
    const links = preview({ sheets: [sheet('supplies', ['供应商', '客户'])] });
    expect(fieldsOf(links)).toEqual(['supplier', 'supplierCode', 'customer', 'customerCode', 'product', 'since']);
    const both = preview({ sheets: [sheet('companies', ['名称', '代码']), sheet('supplies', ['代码', '客户'])] });
    expect(fieldsOf(both)).toEqual(expect.arrayContaining(['name', 'supplier']));
    expect(headersOf(both)).toEqual(['名称', '代码', '客户']);
  });
});
