import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type LanguageCode } from '../i18n';
import { useTheme, type ThemeChoice } from '../theme/theme';
import { GlobeIcon, MonitorIcon, MoonIcon, SunIcon } from './Icons';

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="relative inline-flex items-center">
      <label htmlFor={id} className="sr-only">
        {t('prefs.language')}
      </label>
      <GlobeIcon className="pointer-events-none absolute left-2 h-4 w-4 text-muted" />
      <select
        id={id}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(e) => setLanguage(e.target.value as LanguageCode)}
        className="h-8 max-w-[7.5rem] rounded-md border border-border bg-surface pr-1 pl-7 text-sm text-fg sm:max-w-none"
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const ICON = { system: MonitorIcon, light: SunIcon, dark: MoonIcon };

/** One button that cycles system → light → dark; its label says the current and next theme. */
export function ThemeToggle() {
  const { t } = useTranslation();
  const [theme, setTheme] = useTheme();
  const ThemeIcon = ICON[theme];
  const label = t('prefs.themeToggle', {
    current: t(`prefs.theme.${theme}`),
    next: t(`prefs.theme.${NEXT[theme]}`),
  });
  return (
    <button
      type="button"
      onClick={() => setTheme(NEXT[theme])}
      aria-label={label}
      title={label}
      data-theme-choice={theme}
      className="inline-flex h-8 min-w-8 items-center justify-center gap-1 rounded-md border border-border bg-surface px-2 text-sm text-fg hover:bg-surface-2"
    >
      <ThemeIcon />
      <span className="hidden text-xs sm:inline" aria-hidden="true">
        {t(`prefs.theme.${theme}`)}
      </span>
    </button>
  );
}
