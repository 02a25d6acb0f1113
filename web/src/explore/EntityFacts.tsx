import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityQuery } from '../__generated__/graphql';
import { useName } from '../i18n';

export type Entity = NonNullable<EntityQuery['node']>;

/** The properties and ties of an entity, as a definition list; rows without a value are left out. */
export function EntityFacts({ entity }: { entity: Entity }) {
  const { t } = useTranslation();
  const { name } = useName();
  const list = (items: string[]) => items.join(t('details.separator'));
  const rows: [string, ReactNode][] = [];
  const add = (label: string, value: ReactNode | null | undefined, when = true) => {
    if (when && value !== null && value !== undefined && value !== '') rows.push([label, value]);
  };

  if ('city' in entity && entity.city) add(t('details.city'), name(entity.city));
  if ('parks' in entity) add(t('details.park'), list(entity.parks.map(name)), entity.parks.length > 0);
  if ('memberships' in entity) {
    const alliances = entity.memberships.map((m) => name(m.alliance) + (m.role === 'CHAIR' ? t('details.chair') : ''));
    add(t('details.alliances'), list(alliances), alliances.length > 0);
  }
  if ('segments' in entity) add(t('details.segments'), list(entity.segments.map(name)), entity.segments.length > 0);
  if ('supplierCount' in entity) {
    add(t('details.suppliersCustomers'), `${entity.supplierCount} / ${entity.customerCount}`);
  }
  add(t('details.aliases'), list(entity.aliases), entity.aliases.length > 0);
  if ('founded' in entity) add(t('details.founded'), entity.founded);
  if ('memberCount' in entity) add(t('details.members'), entity.memberCount);

  return (
    <dl>
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
