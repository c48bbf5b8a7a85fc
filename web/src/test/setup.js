import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../shared/i18n';
initI18n('en');
// CI has two cores shared with the Java build: give findBy*/waitFor more than the default 1 s.
configure({ asyncUtilTimeout: 5000 });
afterEach(() => {
    cleanup();
    localStorage.clear();
    sessionStorage.clear();
});
