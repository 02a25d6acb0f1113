import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchQuery } from '../__generated__/graphql';
import { useApiQuery } from '../api/query';
import { useName } from '../i18n';
import { showNeighborhood } from '../workspace/showNeighborhood';
import { useWorkspaceActions } from '../workspace/Workspace';
import { SearchDocument } from './search.documents';

type Hit = SearchQuery['search'][number];

/** Hits in the drop-down; a person picks from the first screen or types more. */
const HITS_SHOWN = 12;
/** Typing pauses this long before a search goes out; a stale one is cancelled. */
const DEBOUNCE_MS = 180;

/** The text after the person stopped typing for `ms`. */
function useSettled(text: string, ms: number): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return settled;
}

/** Type-ahead search: debounced, cancels stale requests, arrow keys + Enter + Escape. */
export function SearchBox() {
  const { t } = useTranslation();
  const { lang, name } = useName();
  const ws = useWorkspaceActions();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const query = useSettled(text.trim(), DEBOUNCE_MS);
  const answer = useApiQuery(SearchDocument, query ? { text: query, first: HITS_SHOWN } : undefined);
  const current = query === text.trim();
  const hits = (current && answer.data?.search) || [];
  const loading = text.trim().length > 0 && (!current || answer.isFetching);

  const pick = (hit: Hit | undefined) => {
    if (!hit) return;
    void showNeighborhood(ws, hit.node.id, 'replace');
    setOpen(false);
    setText(hit.node.nameZh);
    input.current?.blur();
  };

  return (
    <div className="search" role="combobox" aria-expanded={open} aria-haspopup="listbox">
      <input
        ref={input}
        value={text}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        data-testid="search-input"
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (e.key === 'Enter') pick(hits[active]);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {open && text.trim() && (
        <ul className="search-results" role="listbox" data-testid="search-results">
          {loading && <li className="muted">{t('search.searching')}</li>}
          {!loading && answer.isError && <li className="error">{t('common.error')}</li>}
          {!loading && !answer.isError && hits.length === 0 && <li className="muted">{t('common.noResults')}</li>}
          {!loading &&
            hits.map((hit, i) => (
              <li
                key={hit.node.id}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(hit);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="hit-name">{name(hit.node)}</span>
                {lang === 'zh' && hit.node.nameEn && <span className="hit-en">{hit.node.nameEn}</span>}
                <span className={`kind-badge kind-${hit.node.kind.toLowerCase()}`}>{t(`kind.${hit.node.kind}`)}</span>
                {hit.node.synthetic && <span className="synthetic-badge">{t('common.synthetic')}</span>}
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
