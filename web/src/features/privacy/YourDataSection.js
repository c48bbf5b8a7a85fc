import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { Section } from '../../shared/ui/Section';
import { DeleteAccountSection } from './DeleteAccountSection';
import { ExportSection } from './ExportSection';
/** "Your data" on the account page: a copy of everything, or deleting the account. */
export function YourDataSection() {
    const { t } = useTranslation();
    return (_jsx(Section, { title: t('privacy.title'), testId: "your-data", children: _jsxs("div", { className: "flex flex-col gap-6", children: [_jsx(ExportSection, {}), _jsx("div", { className: "border-t border-border pt-5", children: _jsx(DeleteAccountSection, {}) })] }) }));
}
