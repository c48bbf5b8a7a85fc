import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../i18n';
import { useTheme } from '../theme/theme';
import { GlobeIcon, MonitorIcon, MoonIcon, SunIcon } from './Icons';
export function LanguagePicker() {
    const { t, i18n } = useTranslation();
    const id = useId();
    return (_jsxs("div", { className: "relative inline-flex items-center", children: [_jsx("label", { htmlFor: id, className: "sr-only", children: t('prefs.language') }), _jsx(GlobeIcon, { className: "pointer-events-none absolute left-2 h-4 w-4 text-muted" }), _jsx("select", { id: id, value: i18n.resolvedLanguage ?? i18n.language, onChange: (e) => setLanguage(e.target.value), className: "h-8 max-w-[7.5rem] rounded-md border border-border bg-surface pr-1 pl-7 text-sm text-fg sm:max-w-none", children: LANGUAGES.map((l) => (_jsx("option", { value: l.code, lang: l.code, children: l.name }, l.code))) })] }));
}
const NEXT = { system: 'light', light: 'dark', dark: 'system' };
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
    return (_jsxs("button", { type: "button", onClick: () => setTheme(NEXT[theme]), "aria-label": label, title: label, "data-theme-choice": theme, className: "inline-flex h-8 min-w-8 items-center justify-center gap-1 rounded-md border border-border bg-surface px-2 text-sm text-fg hover:bg-surface-2", children: [_jsx(ThemeIcon, {}), _jsx("span", { className: "hidden text-xs sm:inline", "aria-hidden": "true", children: t(`prefs.theme.${theme}`) })] }));
}
