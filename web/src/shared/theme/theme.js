import { useCallback, useEffect, useState } from 'react';
const KEY = 'vectort.theme';
export function savedTheme() {
    try {
        const value = localStorage.getItem(KEY);
        return value === 'light' || value === 'dark' ? value : 'system';
    }
    catch {
        return 'system';
    }
}
function systemPrefersDark() {
    return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}
export function applyTheme(choice) {
    const dark = choice === 'dark' || (choice === 'system' && systemPrefersDark());
    document.documentElement.classList.toggle('dark', dark);
}
/** The theme choice, persisted; `system` follows the OS setting live. */
export function useTheme() {
    const [choice, setChoice] = useState(savedTheme);
    useEffect(() => {
        applyTheme(choice);
        if (choice !== 'system' || typeof matchMedia !== 'function')
            return;
        const query = matchMedia('(prefers-color-scheme: dark)');
        const onChange = () => applyTheme('system');
        query.addEventListener('change', onChange);
        return () => query.removeEventListener('change', onChange);
    }, [choice]);
    const update = useCallback((next) => {
        try {
            if (next === 'system')
                localStorage.removeItem(KEY);
            else
                localStorage.setItem(KEY, next);
        }
        catch {
            // Storage can be unavailable (private mode); the choice still applies to this page.
        }
        setChoice(next);
    }, []);
    return [choice, update];
}
