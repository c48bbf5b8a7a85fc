import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/api/endpoints';
import { highlightToHtml } from '../../shared/code/highlight';
import { fileSize } from '../../shared/format/format';
import { ErrorAlert, Loading } from '../../shared/ui/States';
/** One file of one version, highlighted when its language is known. */
export function CodeViewer({ projectId, version, path }) {
    const { t, i18n } = useTranslation();
    const [file, setFile] = useState(null);
    const [html, setHtml] = useState(null);
    const [error, setError] = useState(null);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
        const controller = new AbortController();
        setFile(null);
        setHtml(null);
        setError(null);
        endpoints
            .file(projectId, version, path, controller.signal)
            .then(async (loaded) => {
            if (controller.signal.aborted)
                return;
            setFile(loaded);
            const highlighted = await highlightToHtml(loaded.content, loaded.path).catch(() => null);
            if (!controller.signal.aborted)
                setHtml(highlighted);
        })
            .catch((e) => {
            if (!controller.signal.aborted)
                setError(e);
        });
        return () => controller.abort();
    }, [projectId, version, path, attempt]);
    return (_jsxs("section", { "aria-label": t('code.viewerLabel', { path }), className: "flex min-h-0 min-w-0 flex-1 flex-col", children: [_jsxs("div", { className: "flex items-center justify-between gap-2 border-b border-border px-3 py-2", children: [_jsx("h3", { className: "truncate font-mono text-xs font-semibold text-fg", "data-testid": "viewer-path", children: path }), file && (_jsx("span", { className: "shrink-0 text-xs text-muted", children: fileSize(file.size, i18n.resolvedLanguage ?? 'en') }))] }), _jsxs("div", { className: "min-h-0 flex-1 overflow-auto", children: [error != null && _jsx(ErrorAlert, { error: error, onRetry: () => setAttempt((a) => a + 1), className: "m-3" }), !file && error == null && _jsx(Loading, {}), file && html && (_jsx("div", { className: "p-3 font-mono text-xs leading-5 [&_pre]:whitespace-pre", "data-testid": "code", 
                        // Shiki's output: the code is escaped by Shiki, the markup is its own.
                        dangerouslySetInnerHTML: { __html: html } })), file && !html && (_jsx("pre", { className: "p-3 font-mono text-xs leading-5 whitespace-pre text-fg", "data-testid": "code", children: file.content || t('code.emptyFile') }))] })] }));
}
