import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export type ReasonCode =
  'SHARED_ALLIANCE' | 'SAME_PARK' | 'SAME_CITY' | 'DISTANCE' | 'TRACK_RECORD' | 'CUSTOMERS_IN_CITY';

interface Reason {
  code: string;
  points: number;
  subjects: readonly string[];
  value?: number | null;
  label?: string;
}

/** A score reason in the interface's language, from its code, subjects and value (the API words it in Chinese). */
function useReasonWords(): (r: Reason) => string {
  const { t } = useTranslation();
  return useCallback(
    (r: Reason) =>
      t(`reason.${r.code as ReasonCode}`, {
        subjects: r.subjects.join(t('details.separator')),
        value: r.value ?? '',
        defaultValue: r.label ?? r.code,
      }),
    [t],
  );
}

/** A candidate's score, point by point, as gap candidates and target lists show it. */
export function ScoreReasons({ reasons }: { reasons: readonly Reason[] }) {
  const words = useReasonWords();
  return (
    <ul className="reasons">
      {reasons.map((r) => (
        <li key={r.code}>
          +{r.points} {words(r)}
        </li>
      ))}
    </ul>
  );
}
