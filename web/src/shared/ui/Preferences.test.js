import { jsx as _jsx } from "react/jsx-runtime";
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { LanguagePicker, ThemeToggle } from './Preferences';
describe('preferences', () => {
    afterEach(async () => {
        await i18n.changeLanguage('en');
        document.documentElement.classList.remove('dark');
    });
    it('switches the language, remembers it and sets <html lang>', async () => {
        render(_jsx(LanguagePicker, {}));
        fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'fr' } });
        expect(localStorage.getItem('vectort.language')).toBe('fr');
        expect(i18n.language).toBe('fr');
        expect(document.documentElement.lang).toBe('fr');
        expect(await screen.findByLabelText('Langue')).toBeInTheDocument();
    });
    it('cycles the theme from system to light to dark and persists it', () => {
        render(_jsx(ThemeToggle, {}));
        const button = screen.getByRole('button', { name: /Theme: System/ });
        fireEvent.click(button);
        expect(localStorage.getItem('vectort.theme')).toBe('light');
        expect(document.documentElement.classList.contains('dark')).toBe(false);
        fireEvent.click(screen.getByRole('button', { name: /Theme: Light/ }));
        expect(localStorage.getItem('vectort.theme')).toBe('dark');
        expect(document.documentElement.classList.contains('dark')).toBe(true);
    });
});
