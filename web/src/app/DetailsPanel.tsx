import { useEffect, useState } from 'react';
import type { EntityQuery } from '../__generated__/graphql';
import { request } from '../api/client';
import { EntityDocument } from '../api/documents';
import { kindName, t, type Lang } from './i18n';

type Entity = NonNullable<EntityQuery['node']>;

/** Properties of the selected entity, and where every fact about it comes from. */
export function DetailsPanel({
  id,
  lang,
  onExpand,
}: {
  id: string | null;
  lang: Lang;
  onExpand: (id: string) => void;
}) {
  // Keyed by id: while the loaded id differs from the selected one, the panel is loading.
  const [loaded, setLoaded] = useState<{ id: string; entity: Entity | null } | null>(null);

  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    request(EntityDocument, { id }, controller.signal)
      .then((d) => setLoaded({ id, entity: d.node ?? null }))
      .catch((error: Error) => {
        if (error.name !== 'AbortError') setLoaded({ id, entity: null });
      });
    return () => controller.abort();
  }, [id]);

  if (!id) return <section className="details muted">{t('selectHint', lang)}</section>;
  if (loaded?.id !== id) return <section className="details muted">…</section>;
  const entity = loaded.entity;
  if (!entity) return <section className="details muted">{t('noResults', lang)}</section>;

  const city = 'city' in entity ? entity.city : null;
  return (
    <section className="details" data-testid="details-panel">
      <div className={`kind-badge kind-${entity.kind.toLowerCase()}`}>{kindName(entity.kind, lang)}</div>
      <h2>{entity.nameZh}</h2>
      {entity.nameEn && <div className="muted">{entity.nameEn}</div>}
      {entity.synthetic && <div className="synthetic-badge">{t('synthetic', lang)}</div>}
      <dl>
        {city && (
          <>
            <dt>{t('city', lang)}</dt>
            <dd>{city.nameZh}</dd>
          </>
        )}
        {entity.aliases.length > 0 && (
          <>
            <dt>{t('aliases', lang)}</dt>
            <dd>{entity.aliases.join('、')}</dd>
          </>
        )}
        {'founded' in entity && entity.founded && (
          <>
            <dt>founded</dt>
            <dd>{entity.founded}</dd>
          </>
        )}
        {'memberCount' in entity && entity.memberCount != null && (
          <>
            <dt>members</dt>
            <dd>{entity.memberCount}</dd>
          </>
        )}
      </dl>
      <button type="button" onClick={() => onExpand(entity.id)}>
        {t('expand', lang)}
      </button>
      <h3>{t('sources', lang)}</h3>
      {entity.sources.length === 0 && <p className="muted">{t('noSources', lang)}</p>}
      <ul className="sources" data-testid="sources">
        {entity.sources.map((s) => (
          <li key={`${s.sourceId}-${s.quote ?? ''}`}>
            <div className="source-title">{s.title}</div>
            <div className="muted">
              {s.publisher} · {s.publishedOn}
            </div>
            {s.quote && <blockquote>{s.quote}</blockquote>}
          </li>
        ))}
      </ul>
    </section>
  );
}
