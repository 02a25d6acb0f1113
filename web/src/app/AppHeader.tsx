import { useTranslation } from 'react-i18next';
import { SearchBox } from '../search/SearchBox';
import { MODES } from '../workspace/view';
import { useWorkspace } from '../workspace/Workspace';
import { commandById } from './commands';

/** Title, search, the modes and the language switch. */
export function AppHeader() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const language = commandById('language');
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
            className={ws.view.mode === m ? 'active' : ''}
            onClick={() => ws.patchView({ mode: m })}
          >
            {t(`app.${m}`)}
          </button>
        ))}
      </nav>
      <button
        type="button"
        data-testid="lang-toggle"
        onClick={() => language.run(ws, null)}
        title={`${t('app.switchLanguage')} (${language.shortcut})`}
      >
        {t('app.otherLanguage')}
      </button>
    </header>
  );
}
