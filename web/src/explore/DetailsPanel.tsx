import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/query';
import { useName } from '../i18n';
import { CommandButtons } from '../workspace/CommandButtons';
import { useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';
import { EntityFacts } from './EntityFacts';
import { EntityDocument } from './explore.documents';
import { SourceList } from './SourceList';

const selectedOf = (s: WorkspaceState) => s.selected;

/**
 * The selected entity: its properties and ties, the commands that apply to it, where every fact comes from, and
 * — for a company — its supplier and customer gaps (`gapsSlot`, given by the app so features stay apart).
 */
export function DetailsPanel({ gapsSlot }: { gapsSlot: (companyId: string) => ReactNode }) {
  const { t } = useTranslation();
  const { lang, name } = useName();
  const selected = useWorkspaceState(selectedOf);
  const query = useApiQuery(EntityDocument, selected ? { id: selected } : undefined);

  if (!selected) return <section className="details muted">{t('details.selectHint')}</section>;
  if (query.isPending) return <section className="details muted">{t('common.loading')}</section>;
  if (query.isError) return <section className="details error">{query.error.message}</section>;
  const entity = query.data.node;
  if (!entity) return <section className="details muted">{t('common.noResults')}</section>;

  return (
    <section className="details" data-testid="details-panel">
      <div className={`kind-badge kind-${entity.kind.toLowerCase()}`}>{t(`kind.${entity.kind}`)}</div>
      <h2>{name(entity)}</h2>
      {otherName(lang, entity) && <div className="muted">{otherName(lang, entity)}</div>}
      {entity.synthetic && <div className="synthetic-badge">{t('common.synthetic')}</div>}
      <EntityFacts entity={entity} />
      <div className="actions">
        <CommandButtons place="details" target={entity.id} hideDisabled />
      </div>
      <SourceList sources={entity.sources} />
      {entity.__typename === 'Company' && gapsSlot(entity.id)}
    </section>
  );
}

/** The name in the other language, shown under the title when the data has one. */
function otherName(lang: 'zh' | 'en', entity: { nameZh: string; nameEn?: string | null }): string | null {
  return lang === 'zh' ? (entity.nameEn ?? null) : entity.nameEn ? entity.nameZh : null;
}
