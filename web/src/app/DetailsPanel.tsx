import { useEffect, useState } from 'react';
import type { EntityQuery } from '../__generated__/graphql';
import { request } from '../api/client';
import { EntityDocument } from '../api/documents';
import { SupplierGaps } from '../gaps/SupplierGaps';
import { kindName, t, type Lang } from './i18n';

type Entity = NonNullable<EntityQuery['node']>;

interface Props {
  id: string | null;
  lang: Lang;
  pathStart: string | null;
  onExpand: (id: string) => void;
  onTrace: (id: string) => void;
  onPathStart: (id: string) => void;
  onPathTo: (id: string) => void;
  onPick: (id: string) => void;
}

/** Properties of the selected entity, its ties, where every fact comes from, and (companies) its gaps. */
export function DetailsPanel({ id, lang, pathStart, onExpand, onTrace, onPathStart, onPathTo, onPick }: Props) {
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

  const isCompany = entity.__typename === 'Company';
  const city = 'city' in entity ? entity.city : null;
  return (
    <section className="details" data-testid="details-panel">
      <div className={`kind-badge kind-${entity.kind.toLowerCase()}`}>{kindName(entity.kind, lang)}</div>
      <h2>{lang === 'en' && entity.nameEn ? entity.nameEn : entity.nameZh}</h2>
      {entity.nameEn && lang === 'zh' && <div className="muted">{entity.nameEn}</div>}
      {entity.synthetic && <div className="synthetic-badge">{t('synthetic', lang)}</div>}
      <dl>
        {city && (
          <>
            <dt>{t('city', lang)}</dt>
            <dd>{city.nameZh}</dd>
          </>
        )}
        {'parks' in entity && entity.parks.length > 0 && (
          <>
            <dt>{t('park', lang)}</dt>
            <dd>{entity.parks.map((p) => p.nameZh).join('、')}</dd>
          </>
        )}
        {'memberships' in entity && entity.memberships.length > 0 && (
          <>
            <dt>{t('alliances', lang)}</dt>
            <dd>
              {entity.memberships
                .map((m) => `${m.alliance.nameZh}${m.role === 'CHAIR' ? '（理事长）' : ''}`)
                .join('、')}
            </dd>
          </>
        )}
        {'segments' in entity && entity.segments.length > 0 && (
          <>
            <dt>{t('segments', lang)}</dt>
            <dd>{entity.segments.map((s) => s.nameZh).join('、')}</dd>
          </>
        )}
        {'supplierCount' in entity && (
          <>
            <dt>{t('suppliersCustomers', lang)}</dt>
            <dd>
              {entity.supplierCount} / {entity.customerCount}
            </dd>
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
            <dt>{t('founded', lang)}</dt>
            <dd>{entity.founded}</dd>
          </>
        )}
        {'memberCount' in entity && entity.memberCount != null && (
          <>
            <dt>{t('members', lang)}</dt>
            <dd>{entity.memberCount}</dd>
          </>
        )}
      </dl>
      <div className="actions">
        <button type="button" onClick={() => onExpand(entity.id)}>
          {t('expand', lang)}
        </button>
        {isCompany && (
          <>
            <button type="button" data-testid="details-trace" onClick={() => onTrace(entity.id)}>
              {t('trace', lang)}
            </button>
            <button type="button" onClick={() => onPathStart(entity.id)}>
              {t('pathStart', lang)}
            </button>
            {pathStart && pathStart !== entity.id && (
              <button type="button" data-testid="path-to" onClick={() => onPathTo(entity.id)}>
                {t('pathTo', lang)}
              </button>
            )}
          </>
        )}
      </div>
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
      {isCompany && (
        <>
          <h3>{t('supplierGaps', lang)}</h3>
          <SupplierGaps companyId={entity.id} lang={lang} onPick={onPick} />
        </>
      )}
    </section>
  );
}
