/**
 * The view lives in the URL, so a link restores it: which mode, what it was about, and the options. The graph is
 * re-fetched from these parameters, never serialised.
 */
import { LIMITS } from '@g60/graph-schema/limits';
import type { Lang } from '../i18n';

export type Mode = 'explore' | 'trace' | 'gaps' | 'import';

export interface ViewState {
  mode: Mode;
  lang: Lang;
  /** Entity whose neighbourhood is shown (explore) or company traced (trace). */
  focus: string | null;
  direction: 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';
  depth: number;
  cityIds: string[];
  industryId: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  mode: 'explore',
  lang: 'zh',
  focus: null,
  direction: 'DOWNSTREAM',
  depth: LIMITS.trace.maxDepth.default,
  cityIds: [],
  industryId: null,
};

export function readView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const mode = q.get('mode');
  const direction = q.get('dir');
  const depth = Number(q.get('depth'));
  const range = LIMITS.trace.maxDepth;
  return {
    mode: mode === 'trace' || mode === 'gaps' || mode === 'import' ? mode : 'explore',
    lang: q.get('lang') === 'en' ? 'en' : 'zh',
    focus: q.get('focus'),
    direction: direction === 'UPSTREAM' || direction === 'BOTH' ? direction : 'DOWNSTREAM',
    depth: Number.isInteger(depth) && depth >= range.min && depth <= range.max ? depth : DEFAULT_VIEW.depth,
    cityIds: (q.get('cities') ?? '').split(',').filter((c) => c.startsWith('city:')),
    industryId: q.get('industry'),
  };
}

export function writeView(view: ViewState): string {
  const q = new URLSearchParams();
  if (view.mode !== 'explore') q.set('mode', view.mode);
  if (view.lang !== 'zh') q.set('lang', view.lang);
  if (view.focus) q.set('focus', view.focus);
  if (view.mode === 'trace') {
    q.set('dir', view.direction);
    q.set('depth', String(view.depth));
  }
  if (view.cityIds.length > 0) q.set('cities', view.cityIds.join(','));
  if (view.industryId) q.set('industry', view.industryId);
  const s = q.toString();
  return s ? `?${s}` : location.pathname;
}
