import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './locales/de';
import en from './locales/en';
import es from './locales/es';
import fr from './locales/fr';
import it from './locales/it';
import ja from './locales/ja';
import nl from './locales/nl';
import pt from './locales/pt';
import zh from './locales/zh';
/** Each language named in itself, as a picker shows it. */
export const LANGUAGES = [
    { code: 'en', name: 'English' },
    { code: 'fr', name: 'Français' },
    { code: 'es', name: 'Español' },
    { code: 'de', name: 'Deutsch' },
    { code: 'it', name: 'Italiano' },
    { code: 'pt', name: 'Português' },
    { code: 'nl', name: 'Nederlands' },
    { code: 'ja', name: '日本語' },
    { code: 'zh', name: '中文' },
];
export const RESOURCES = { en, fr, es, de, it, pt, nl, ja, zh };
const STORAGE_KEY = 'vectort.language';
function supported(tag) {
    if (!tag)
        return null;
    const base = tag.toLowerCase().split(/[-_]/)[0];
    return LANGUAGES.some((l) => l.code === base) ? base : null;
}
/** The saved choice, else the first of the browser's languages we speak, else English. */
export function detectLanguage(saved, browserLanguages) {
    const fromSaved = supported(saved);
    if (fromSaved)
        return fromSaved;
    for (const tag of browserLanguages) {
        const match = supported(tag);
        if (match)
            return match;
    }
    return 'en';
}
function savedLanguage() {
    try {
        return localStorage.getItem(STORAGE_KEY);
    }
    catch {
        return null;
    }
}
function browserLanguages() {
    if (typeof navigator === 'undefined')
        return [];
    return navigator.languages?.length ? navigator.languages : [navigator.language];
}
export function initI18n(language) {
    const lng = language ?? detectLanguage(savedLanguage(), browserLanguages());
    document.documentElement.lang = lng;
    void i18n.use(initReactI18next).init({
        resources: Object.fromEntries(Object.entries(RESOURCES).map(([code, messages]) => [code, { translation: messages }])),
        lng,
        fallbackLng: 'en',
        interpolation: { escapeValue: false },
        returnNull: false,
        initAsync: false,
    });
    i18n.on('languageChanged', (code) => {
        document.documentElement.lang = code;
    });
    return i18n;
}
/** Switches the UI language and remembers the choice. */
export function setLanguage(code) {
    try {
        localStorage.setItem(STORAGE_KEY, code);
    }
    catch {
        // The choice still applies to this page.
    }
    void i18n.changeLanguage(code);
}
export { i18n };
