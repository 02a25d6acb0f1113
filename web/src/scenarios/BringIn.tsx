import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cell } from '../gaps/CellCompanies';
import { nextAddedId, withChange } from './scenarioDraft';
import { useScenario } from './ScenarioState';

/** What if a company came to this cell: a new company of the segment in the city, added to the scenario. */
export function BringIn({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  const { setDraft } = useScenario();
  const [name, setName] = useState('');
  const add = () =>
    setDraft((d) =>
      withChange(d, {
        kind: 'ADD_COMPANY',
        companyId: nextAddedId(d),
        name: name.trim() || `${t('scenario.newCompanyDefault')} · ${cell.segmentName}`,
        segmentId: cell.segmentId,
        cityId: cell.cityId,
      }),
    );
  return (
    <form
      className="bring-in row"
      data-testid="bring-in"
      onSubmit={(e) => {
        e.preventDefault();
        add();
        setName('');
      }}
    >
      <span className="label">{t('scenario.bringIn')}</span>
      <input
        aria-label={t('scenario.newCompany')}
        placeholder={t('scenario.newCompany')}
        value={name}
        maxLength={80}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit">{t('scenario.add')}</button>
    </form>
  );
}
