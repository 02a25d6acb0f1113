import { useIndustries } from '../api/useCorridor';
import { useName } from '../i18n';

interface Props {
  value: string | null;
  onChange: (industryId: string | null) => void;
  /** The option for "none": its label. */
  emptyLabel: string;
  /** Only industries with a chain template (segments). */
  withChainOnly?: boolean;
  testId?: string;
}

/** A choice of one of the corridor's industries, by name in the current language. */
export function IndustrySelect({ value, onChange, emptyLabel, withChainOnly = false, testId }: Props) {
  const { name } = useName();
  const industries = useIndustries().filter((i) => !withChainOnly || i.segments.length > 0);
  return (
    <select data-testid={testId} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{emptyLabel}</option>
      {industries.map((i) => (
        <option key={i.id} value={i.id}>
          {name(i)}
        </option>
      ))}
    </select>
  );
}
