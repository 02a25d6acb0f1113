/** The editor's API key, asked for where a write needs it (import, saving scenarios and views). */
export function EditorKeyField(props: {
  value: string;
  onChange: (key: string) => void;
  label: string;
  hint: string;
  testId: string;
}) {
  return (
    <label className="field">
      <span className="label">{props.label}</span>
      <input
        type="password"
        data-testid={props.testId}
        value={props.value}
        autoComplete="off"
        onChange={(e) => props.onChange(e.target.value.trim())}
        placeholder="g60_…"
      />
      <span className="muted small">{props.hint}</span>
    </label>
  );
}
