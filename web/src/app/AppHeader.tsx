import { useTranslation } from 'react-i18next';
import { SearchBox } from '../search/SearchBox';
import { useCommand } from '../workspace/CommandButtons';
import { MODES } from '../workspace/view';
import { useWorkspaceActions, useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';

const modeOf = (s: WorkspaceState) => s.view.mode;

/** Title, search, the modes and the language switch. */
export function AppHeader() {
  const { t } = useTranslation();
  const mode = useWorkspaceState(modeOf);
  const { patchView } = useWorkspaceActions();
  return (
    <header>
      <h1>{t('app.title')}</h1>
      <SearchBox />
      <nav className="tabs" aria-label={t('app.modes')}>
        {MODES.map((m) => (
          <button
            key={m}
            type="button"
            data-testid={`tab-${m}`}
            className={mode === m ? 'active' : ''}
            onClick={() => patchView({ mode: m })}
          >
            {t(`app.${m}`)}
          </button>
        ))}
      </nav>
      <LanguageSwitch />
    </header>
  );
}

/** The language command as a button: its own component, since the registry changes with every state. */
function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useCommand('language');
  return (
    <button
      type="button"
      data-testid="lang-toggle"
      onClick={() => language.run(null)}
      title={`${t('app.switchLanguage')} (${language.shortcut})`}
    >
      {t('app.otherLanguage')}
    </button>
  );
}
