/**
 * After an import: the companies it could not place, each with a city and a chain segment to choose, saved with
 * the editor's key (updateCompany). What the import did place is left as it is: only the chosen fields are sent.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { useCities, useIndustries } from '../api/useCorridor';
import { useName } from '../i18n';
import { AssignCompanyDocument } from './import.documents';
import type { Preview } from './importApi';

type Unplaced = Preview['unplaced'][number];

export function AssignUnplaced({ unplaced, apiKey }: { unplaced: Unplaced[]; apiKey: string }) {
  const { t } = useTranslation();
  return (
    <table className="import-table problems" data-testid="assign-unplaced">
      <thead>
        <tr>
          <th>{t('importer.fields.name')}</th>
          <th>{t('importer.reason')}</th>
          <th>{t('importer.assign')}</th>
        </tr>
      </thead>
      <tbody>
        {unplaced.map((u) => (
          <AssignRow key={u.companyId} company={u} apiKey={apiKey} />
        ))}
      </tbody>
    </table>
  );
}

function AssignRow({ company, apiKey }: { company: Unplaced; apiKey: string }) {
  const { t } = useTranslation();
  const { name } = useName();
  const cities = useCities();
  const industries = useIndustries();
  const [cityId, setCityId] = useState('');
  const [segmentId, setSegmentId] = useState('');
  const [state, setState] = useState<{ saving?: boolean; saved?: boolean; error?: string }>({});

  const save = async () => {
    setState({ saving: true });
    try {
      const input = { ...(cityId ? { cityId } : {}), ...(segmentId ? { segmentIds: [segmentId] } : {}) };
      const { updateCompany } = await request(
        AssignCompanyDocument,
        { id: company.companyId, input },
        undefined,
        apiKey,
      );
      setState(updateCompany.ok ? { saved: true } : { error: updateCompany.errors.map((e) => e.message).join('; ') });
    } catch (e) {
      setState({ error: (e as Error).message });
    }
  };

  return (
    <tr data-testid={`assign-${company.companyId}`}>
      <td>
        {company.name}
        <div className="muted small">{company.at}</div>
      </td>
      <td>{company.reason}</td>
      <td className="assign">
        <select aria-label={t('importer.fields.city')} value={cityId} onChange={(e) => setCityId(e.target.value)}>
          <option value="">{t('importer.fields.city')}</option>
          {cities.map((c) => (
            <option key={c.id} value={c.id}>
              {name(c)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('importer.fields.segment')}
          value={segmentId}
          onChange={(e) => setSegmentId(e.target.value)}
        >
          <option value="">{t('importer.fields.segment')}</option>
          {industries
            .filter((i) => i.segments.length > 0)
            .map((i) => (
              <optgroup key={i.id} label={name(i)}>
                {i.segments.map((s) => (
                  <option key={s.id} value={s.id}>
                    {name(s)}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
        <button
          type="button"
          disabled={(!cityId && !segmentId) || state.saving || state.saved}
          onClick={() => void save()}
        >
          {state.saved ? t('importer.assigned') : t('importer.save')}
        </button>
        {state.error && <div className="error">{state.error}</div>}
      </td>
    </tr>
  );
}
