import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
/** How an organisation is named on screen: the personal one is "Personal", in the UI's language. */
export function useOrganizationName() {
    const { t } = useTranslation();
    return useCallback((organization) => (organization.personal ? t('org.personal') : organization.name), [t]);
}
