/**
 * The one "write with an editor key" control, wherever a write needs the key (import, saving scenarios and
 * views): a field when it appears without a key, a line that says a key is there (with a way to change it) when
 * one was entered before. The key is one for the tab (useEditorKey): entered in one place, it is there in all.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorKey } from './useEditorKey';

export function EditorKey({ testId }: { testId: string }) {
  const { t } = useTranslation();
  const [key, setKey] = useEditorKey();
  // Decided when the control appears, not at each keystroke: the field must not vanish under the editor's fingers,
  // nor move the button below it away between the press and the release of a click.
  const [open, setOpen] = useState(!key);
  const [changing, setChanging] = useState(false);

  if (!open) {
    return (
      <p className="editor-key muted small" data-testid={`${testId}-set`}>
        {t('editorKey.entered')}{' '}
        <button
          type="button"
          className="link"
          onClick={() => {
            setOpen(true);
            setChanging(true);
          }}
        >
          {t('editorKey.change')}
        </button>
      </p>
    );
  }
  return (
    <label className="field editor-key">
      <span className="label">{t('editorKey.label')}</span>
      <input
        type="password"
        data-testid={testId}
        value={key}
        autoComplete="off"
        autoFocus={changing}
        placeholder="g60_…"
        onChange={(e) => setKey(e.target.value.trim())}
      />
      <span className="muted small">{t('editorKey.hint')}</span>
    </label>
  );
}
