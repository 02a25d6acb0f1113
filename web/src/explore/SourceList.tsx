import { useTranslation } from 'react-i18next';
import type { Entity } from './EntityFacts';

/** Where every fact about the entity comes from: article, publisher, date and the quoted words. */
export function SourceList({ sources }: { sources: Entity['sources'] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('details.sources')}</h3>
      {sources.length === 0 && <p className="muted">{t('details.noSources')}</p>}
      <ul className="sources" data-testid="sources">
        {sources.map((s) => (
          <li key={`${s.sourceId}-${s.quote ?? ''}`}>
            <div className="source-title">{s.title}</div>
            <div className="muted">
              {s.publisher} · {s.publishedOn}
            </div>
            {s.quote && <blockquote>{s.quote}</blockquote>}
          </li>
        ))}
      </ul>
    </>
  );
}
