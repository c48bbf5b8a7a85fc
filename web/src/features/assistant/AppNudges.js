import { jsx as _jsx } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { NudgeBanners } from './NudgeBanners';
/**
 * The Assistant's due nudges on every signed-in page, so a reminder is seen wherever the person is
 * in the app: a calm stack at the bottom of the screen, above the page. The Assistant's own pages
 * show them inline (AssistantLayout) and refresh their lists on Done, so this one stays away there
 * — one poller at a time.
 */
export function AppNudges() {
    const { t } = useTranslation();
    const { pathname } = useLocation();
    if (pathname === '/assistant' || pathname.startsWith('/assistant/'))
        return null;
    return _jsx(NudgeBanners, { label: t('assistant.push.nudges') });
}
