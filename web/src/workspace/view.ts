/**
 * The view lives in the URL, so a link restores it: which mode, what it was about, and the options. The graph is
 * re-fetched from these parameters, never serialised.
 */
import { LIMITS } from '@g60/graph-schema/limits';
import type { Lang } from '../i18n';

export const MODES = ['overview', 'explore', 'trace', 'gaps', 'indicators', 'targets', 'import'] as const;
export type Mode = (typeof MODES)[number];

export interface ViewState {
  mode: Mode;
  lang: Lang;
  /** Entity whose neighbourhood is shown (explore) or company traced (trace). */
  focus: string | null;
  direction: 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';
  depth: number;
  cityIds: string[];
  industryId: string | null;
  /** Overview: only links that began in this year or later. */
  since: number | null;
  /** Overview: the city, and the segment, drilled into; target lists: the city. */
  city: string | null;
  segment: string | null;
  /** Gaps: the saved what-if scenario shown (a shared link carries it). */
  scenario: string | null;
  /** A saved view the link restores exactly: elements, positions, filters (web/src/views/). */
  savedView: string | null;
}

/** Without a mode in the URL: the overview, unless the link is about an entity (links made before it). */
export const DEFAULT_VIEW: ViewState = {
  mode: 'overview',
  lang: 'zh',
  focus: null,
  direction: 'DOWNSTREAM',
  depth: LIMITS.trace.maxDepth.default,
  cityIds: [],
  industryId: null,
  since: null,
  city: null,
  segment: null,
  scenario: null,
  savedView: null,
};

const isMode = (m: string | null): m is Mode => (MODES as readonly (string | null)[]).includes(m);

export function readView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const mode = q.get('mode');
  const focus = q.get('focus');
  const direction = q.get('dir');
  const depth = Number(q.get('depth'));
  const range = LIMITS.trace.maxDepth;
  const since = Number(q.get('since'));
  const years = LIMITS.corridorOverview.since;
  const prefixed = (key: string, prefix: string) => {
    const v = q.get(key);
    return v?.startsWith(prefix) ? v : null;
  };
  return {
    mode: isMode(mode) ? mode : focus ? 'explore' : DEFAULT_VIEW.mode,
    lang: q.get('lang') === 'en' ? 'en' : 'zh',
    focus,
    direction: direction === 'UPSTREAM' || direction === 'BOTH' ? direction : 'DOWNSTREAM',
    depth: Number.isInteger(depth) && depth >= range.min && depth <= range.max ? depth : DEFAULT_VIEW.depth,
    cityIds: (q.get('cities') ?? '').split(',').filter((c) => c.startsWith('city:')),
    industryId: q.get('industry'),
    since: q.has('since') && Number.isInteger(since) && since >= years.min && since <= years.max ? since : null,
    city: prefixed('city', 'city:'),
    segment: prefixed('segment', 'segment:'),
    scenario: prefixed('scenario', 'scenario:'),
    savedView: prefixed('view', 'view:'),
  };
}

export function writeView(view: ViewState): string {
  const q = new URLSearchParams();
  // The mode is written unless it is the one a bare link opens (a focus alone opens explore).
  const implied = view.focus ? 'explore' : DEFAULT_VIEW.mode;
  if (view.mode !== implied) q.set('mode', view.mode);
  if (view.lang !== 'zh') q.set('lang', view.lang);
  if (view.focus) q.set('focus', view.focus);
  if (view.mode === 'trace') {
    q.set('dir', view.direction);
    q.set('depth', String(view.depth));
  }
  if (view.cityIds.length > 0) q.set('cities', view.cityIds.join(','));
  if (view.industryId) q.set('industry', view.industryId);
  if (view.mode === 'overview') {
    if (view.since !== null) q.set('since', String(view.since));
    if (view.segment) q.set('segment', view.segment);
  }
  if ((view.mode === 'overview' || view.mode === 'targets') && view.city) q.set('city', view.city);
  if (view.mode === 'gaps' && view.scenario) q.set('scenario', view.scenario);
  if (view.savedView) q.set('view', view.savedView);
  const s = q.toString();
  return s ? `?${s}` : location.pathname;
}
