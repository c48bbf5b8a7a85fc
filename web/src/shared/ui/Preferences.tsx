import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type LanguageCode } from '../i18n';
import { useTheme, type ThemeChoice } from '../theme/theme';

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="relative inline-flex items-center">
      <label htmlFor={id} className="sr-only">
        {t('prefs.language')}
      </label>
      <span aria-hidden="true" className="pointer-events-none absolute left-2 text-sm text-muted">
        🌐
      </span>
      <select
        id={id}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(e) => setLanguage(e.target.value as LanguageCode)}
        className="rounded-md border border-border bg-surface py-1.5 pr-2 pl-7 text-sm text-fg"
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
const ICON: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

/** One button that cycles system → light → dark; its label says the current and next theme. */
export function ThemeToggle() {
  const { t } = useTranslation();
  const [theme, setTheme] = useTheme();
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
      <span aria-hidden="true">{ICON[theme]}</span>
      <span className="hidden text-xs sm:inline" aria-hidden="true">
        {t(`prefs.theme.${theme}`)}
      </span>
    </button>
  );
}
