import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/api/endpoints';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { CodeViewer } from './CodeViewer';
import { DownloadButton } from './DownloadButton';
import { defaultFile, FileTree } from './FileTree';
import { VersionSelect } from './VersionSelect';
import { CodeIcon } from '../../shared/ui/Icons';
/** The files of a version: a tree and a viewer, with the version to show and its ZIP. */
export function CodePanel({ projectId, projectName, versions, version, onVersion, }) {
    const { t } = useTranslation();
    const [files, setFiles] = useState(null);
    const [error, setError] = useState(null);
    const [selected, setSelected] = useState(null);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
        if (version < 1)
            return;
        const controller = new AbortController();
        setError(null);
        endpoints
            .files(projectId, version, controller.signal)
            .then((loaded) => {
            setFiles(loaded);
            const paths = loaded.files.map((f) => f.path);
            setSelected((current) => (current && paths.includes(current) ? current : defaultFile(paths)));
        })
            .catch((e) => {
            if (!controller.signal.aborted)
                setError(e);
        });
        return () => controller.abort();
    }, [projectId, version, attempt]);
    if (version < 1) {
        return (_jsx(EmptyState, { title: t('code.empty.title'), icon: _jsx(CodeIcon, { className: "h-10 w-10" }), children: t('code.empty.body') }));
    }
    return (_jsxs("div", { className: "flex h-full min-h-0 flex-col", children: [_jsxs("div", { className: "flex flex-wrap items-center justify-between gap-2 border-b border-border px-3 py-2", children: [_jsx(VersionSelect, { versions: versions, value: version, onChange: onVersion, label: t('code.versionLabel') }), _jsx(DownloadButton, { projectId: projectId, projectName: projectName, version: version })] }), error != null && _jsx(ErrorAlert, { error: error, onRetry: () => setAttempt((a) => a + 1), className: "m-3" }), !files && error == null && _jsx(Loading, {}), files && files.files.length === 0 && _jsx(EmptyState, { title: t('code.noFiles') }), files && files.files.length > 0 && (_jsxs("div", { className: "flex min-h-0 flex-1 flex-col md:flex-row", children: [_jsxs("div", { className: "max-h-48 shrink-0 overflow-auto border-b border-border p-2 md:max-h-none md:w-60 md:border-r md:border-b-0", children: [_jsx("p", { className: "mb-1 px-1 text-xs text-muted", children: t('code.fileCount', { count: files.files.length }) }), _jsx(FileTree, { tree: files.tree, selected: selected, onSelect: setSelected })] }), selected ? (_jsx(CodeViewer, { projectId: projectId, version: files.version, path: selected })) : (_jsx(EmptyState, { title: t('code.pickFile') }))] }))] }));
}
