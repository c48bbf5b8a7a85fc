import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../shared/api/download';
import { endpoints } from '../../shared/api/endpoints';
import { describeError } from '../../shared/api/messages';
import { useCan } from '../../shared/org/OrganizationContext';
import { Button } from '../../shared/ui/Button';
import { useToast } from '../../shared/ui/Toasts';
import { DownloadIcon } from '../../shared/ui/Icons';
export function DownloadButton({ projectId, projectName, version, size = 'sm', }) {
    const { t } = useTranslation();
    const toast = useToast();
    const [busy, setBusy] = useState(false);
    // Viewers read but do not export.
    const allowed = useCan('member');
    const download = async () => {
        setBusy(true);
        try {
            await downloadFile(endpoints.archiveUrl(projectId, version), `${projectName}-v${version}.zip`);
        }
        catch (e) {
            toast(describeError(t, e), 'error');
        }
        finally {
            setBusy(false);
        }
    };
    return (_jsxs(Button, { size: size, onClick: download, busy: busy, disabled: !allowed, title: allowed ? undefined : t('roles.viewerCannotExport'), "aria-label": t('versions.downloadLabel', { version }), children: [_jsx(DownloadIcon, {}), " ", t('versions.download')] }));
}
