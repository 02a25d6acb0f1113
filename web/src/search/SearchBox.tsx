import { useEffect, useRef, useState } from 'react';
import type { SearchQuery } from '../__generated__/graphql';
import { request } from '../api/client';
import { SearchDocument } from '../api/documents';
import { kindName, t, type Lang } from '../app/i18n';

type Hit = SearchQuery['search'][number];

/** Type-ahead search: debounced, cancels stale requests, arrow keys + Enter + Escape. */
export function SearchBox({ lang, onPick }: { lang: Lang; onPick: (id: string) => void }) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The answer remembers its query: while it differs from the text, the answer is stale (loading).
  const [answer, setAnswer] = useState<{ query: string; hits: Hit[]; failed: boolean }>({
    query: '',
    hits: [],
    failed: false,
  });
  const input = useRef<HTMLInputElement>(null);
  const query = text.trim();
  const loading = query.length > 0 && answer.query !== query;
  const hits = answer.query === query ? answer.hits : [];

  useEffect(() => {
    if (query.length === 0) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      request(SearchDocument, { text: query, first: 12 }, controller.signal)
        .then((data) => {
          setAnswer({ query, hits: data.search, failed: false });
          setActive(0);
        })
        .catch((error: Error) => {
          if (error.name !== 'AbortError') setAnswer({ query, hits: [], failed: true });
        });
    }, 180);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const pick = (hit: Hit | undefined) => {
    if (!hit) return;
    onPick(hit.node.id);
    setOpen(false);
    setText(hit.node.nameZh);
    input.current?.blur();
  };

  return (
    <div className="search" role="combobox" aria-expanded={open} aria-haspopup="listbox">
      <input
        ref={input}
        value={text}
        placeholder={t('searchPlaceholder', lang)}
        aria-label={t('searchPlaceholder', lang)}
        data-testid="search-input"
        onChange={(e) => {
          setText(e.target.value);
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
          {loading && <li className="muted">{t('searching', lang)}</li>}
          {!loading && !answer.failed && hits.length === 0 && <li className="muted">{t('noResults', lang)}</li>}
          {!loading && answer.failed && <li className="error">{t('error', lang)}</li>}
          {hits.map((hit, i) => (
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
              <span className="hit-name">{lang === 'en' && hit.node.nameEn ? hit.node.nameEn : hit.node.nameZh}</span>
              {lang === 'zh' && hit.node.nameEn && <span className="hit-en">{hit.node.nameEn}</span>}
              <span className={`kind-badge kind-${hit.node.kind.toLowerCase()}`}>{kindName(hit.node.kind, lang)}</span>
              {hit.node.synthetic && <span className="synthetic-badge">{t('synthetic', lang)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
