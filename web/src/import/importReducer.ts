/**
 * The import page as one state and one reducer: upload → preview (change the column mapping, preview again) →
 * commit → status (progress, then done or failed). Pure: the page (useImportJob.ts) sends the requests and tells
 * the reducer what happened; what each step may do is decided here, where it can be tested without a browser.
 */
import type { Mapping, Preview, Status } from './importApi';

export const COMPANY_FIELDS = [
  'name',
  'uscc',
  'city',
  'district',
  'address',
  'industryCode',
  'founded',
  'listed',
  'park',
  'chain',
  'segment',
] as const;
export const SUPPLY_FIELDS = ['supplier', 'supplierCode', 'customer', 'customerCode', 'product', 'since'] as const;

export type Field = (typeof COMPANY_FIELDS)[number] | (typeof SUPPLY_FIELDS)[number];

/** The steps in order; the page shows every one reached so far. */
export const STEPS = ['upload', 'preview', 'commit', 'status'] as const;
export type Step = (typeof STEPS)[number];

export interface ImportState {
  /** The step reached: `commit` while the import is asked for, `status` once it runs. */
  step: Step;
  /** A request on its way that the editor waits for (the upload, a preview). */
  busy: 'uploading' | 'previewing' | null;
  file: File | null;
  upload: { id: string; name: string } | null;
  preview: Preview | null;
  /** The column each field is read from: what the server read, as the editor changed it. */
  mapping: Mapping;
  skipInvalid: boolean;
  status: Status | null;
  error: string | null;
}

export const INITIAL: ImportState = {
  step: 'upload',
  busy: null,
  file: null,
  upload: null,
  preview: null,
  mapping: {},
  skipInvalid: false,
  status: null,
  error: null,
};

export type ImportAction =
  | { type: 'file'; file: File | null }
  | { type: 'uploading' }
  | { type: 'uploaded'; upload: { id: string; name: string } }
  | { type: 'previewing' }
  /** `asked`: the mapping the preview was asked with (it wins over what the server read). */
  | { type: 'previewed'; preview: Preview; asked: Mapping }
  | { type: 'map'; field: Field; column: string | null }
  | { type: 'skipInvalid'; skip: boolean }
  | { type: 'committing' }
  | { type: 'committed' }
  | { type: 'status'; status: Status }
  | { type: 'failed'; error: string };

const finished = (status: Status) => status.state === 'done' || status.state === 'failed';

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'file':
      return { ...state, file: action.file };
    case 'uploading':
      // A new file starts over: nothing of the last one's preview or import is about it.
      return { ...INITIAL, file: state.file, busy: 'uploading' };
    case 'uploaded':
      return { ...state, upload: action.upload, busy: 'previewing' };
    case 'previewing':
      return { ...state, busy: 'previewing', error: null };
    case 'previewed':
      return {
        ...state,
        step: 'preview',
        busy: null,
        preview: action.preview,
        // What the server read becomes the starting mapping, for the editor to change.
        mapping: Object.assign({}, ...action.preview.sheets.map((s) => s.columns), action.asked) as Mapping,
      };
    case 'map':
      return { ...state, mapping: { ...state.mapping, [action.field]: action.column ?? undefined } };
    case 'skipInvalid':
      return { ...state, skipInvalid: action.skip };
    case 'committing':
      return { ...state, step: 'commit', error: null };
    case 'committed':
      return { ...state, step: 'status' };
    case 'status':
      return { ...state, status: action.status };
    case 'failed':
      // Back to the last step that stands: an import refused, or lost sight of, can be asked for again (the
      // server answers that it runs already if it does).
      return {
        ...state,
        busy: null,
        error: action.error,
        step: state.step === 'commit' || following(state) ? 'preview' : state.step,
      };
  }
}

/** Whether the import runs and its status is still to be asked for. */
export function following(s: ImportState): boolean {
  return s.step === 'status' && !(s.status && finished(s.status));
}

/** Whether the import ran to its end, done or failed. */
export const ended = (s: ImportState): s is ImportState & { status: Status } =>
  s.step === 'status' && !!s.status && finished(s.status);

export const canUpload = (s: ImportState, key: string) =>
  !!s.file && !!key && s.busy === null && s.step !== 'commit' && !following(s);

export const canPreviewAgain = (s: ImportState) => s.upload !== null && s.step === 'preview' && s.busy === null;

export const canCommit = (s: ImportState) =>
  canPreviewAgain(s) && !!s.preview && (s.preview.rejectedCount === 0 || s.skipInvalid);

/** The fields to map: the companies' unless only supply links were found, and the links' when there are some. */
export function fieldsOf(preview: Preview | null): Field[] {
  const kinds = new Set(preview?.sheets.map((s) => s.kind));
  return [
    ...(kinds.has('supplies') && !kinds.has('companies') ? [] : COMPANY_FIELDS),
    ...(kinds.has('supplies') ? SUPPLY_FIELDS : []),
  ];
}

/** Every header of every sheet, once. */
export const headersOf = (preview: Preview | null) => [...new Set(preview?.sheets.flatMap((s) => s.headers) ?? [])];

/** The mapping as the API takes it: the fields given a column only. */
export function definedOnly(mapping: Mapping): Mapping {
  return Object.fromEntries(Object.entries(mapping).filter(([, v]) => v));
}
