import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/api/endpoints';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { changedFiles, splitRows, unifiedRows } from './diff';
const ROW_TONE = {
    add: 'bg-add-bg',
    del: 'bg-del-bg',
    hunk: 'bg-surface-2 text-muted',
    context: '',
};
const MARK = { add: '+', del: '−', context: ' ', hunk: '' };
function Unified({ rows }) {
    const { t } = useTranslation();
    return (_jsxs("table", { className: "w-full border-collapse font-mono text-xs leading-5", "data-testid": "diff-table", children: [_jsx("caption", { className: "sr-only", children: t('diff.unifiedCaption') }), _jsx("tbody", { children: rows.map((row, i) => (_jsxs("tr", { className: ROW_TONE[row.kind], "data-kind": row.kind, children: [_jsx("td", { className: "w-10 pr-2 text-right text-muted select-none", children: row.oldNo ?? '' }), _jsx("td", { className: "w-10 pr-2 text-right text-muted select-none", children: row.newNo ?? '' }), _jsx("td", { className: "w-4 text-center select-none", "aria-label": t(`diff.kind.${row.kind}`), children: MARK[row.kind] }), _jsx("td", { className: "pr-3 whitespace-pre text-fg", children: row.text })] }, i))) })] }));
}
function Cell({ cell }) {
    const { t } = useTranslation();
    if (!cell)
        return (_jsxs(_Fragment, { children: [_jsx("td", { className: "w-9 bg-surface-2" }), _jsx("td", { className: "bg-surface-2" })] }));
    return (_jsxs(_Fragment, { children: [_jsx("td", { className: `w-9 pr-1 text-right align-top text-muted select-none ${ROW_TONE[cell.kind]}`, children: cell.no ?? '' }), _jsxs("td", { className: `pr-3 break-all whitespace-pre-wrap text-fg ${ROW_TONE[cell.kind]}`, children: [cell.kind !== 'context' && cell.kind !== 'hunk' && (_jsxs("span", { className: "sr-only", children: [t(`diff.kind.${cell.kind}`), " "] })), cell.text] })] }));
}
function Split({ rows }) {
    const { t } = useTranslation();
    const pairs = useMemo(() => splitRows(rows), [rows]);
    return (_jsxs("table", { className: "w-full table-fixed border-collapse font-mono text-xs leading-5", "data-testid": "diff-table", children: [_jsx("caption", { className: "sr-only", children: t('diff.splitCaption') }), _jsxs("colgroup", { children: [_jsx("col", { className: "w-9" }), _jsx("col", {}), _jsx("col", { className: "w-9" }), _jsx("col", {})] }), _jsx("tbody", { children: pairs.map((pair, i) => pair.left?.kind === 'hunk' ? (_jsx("tr", { className: ROW_TONE.hunk, children: _jsx("td", { colSpan: 4, className: "px-2", children: pair.left.text }) }, i)) : (_jsxs("tr", { children: [_jsx(Cell, { cell: pair.left }), _jsx(Cell, { cell: pair.right })] }, i))) })] }));
}
function FileDiff({ projectId, from, to, change, mode, }) {
    const { t } = useTranslation();
    const [rows, setRows] = useState(null);
    const [error, setError] = useState(null);
    useEffect(() => {
        const controller = new AbortController();
        setRows(null);
        setError(null);
        const read = (version) => endpoints.file(projectId, version, change.path, controller.signal).then((f) => f.content);
        Promise.all([
            change.kind === 'added' ? Promise.resolve('') : read(from),
            change.kind === 'deleted' ? Promise.resolve('') : read(to),
        ])
            .then(([before, after]) => {
            if (!controller.signal.aborted)
                setRows(unifiedRows(before, after));
        })
            .catch((e) => {
            if (!controller.signal.aborted)
                setError(e);
        });
        return () => controller.abort();
    }, [projectId, from, to, change.path, change.kind]);
    if (error != null)
        return _jsx(ErrorAlert, { error: error, className: "m-3" });
    if (!rows)
        return _jsx(Loading, {});
    if (rows.length === 0)
        return _jsx("p", { className: "p-3 text-sm text-muted", children: t('diff.sameContent') });
    return _jsx("div", { className: "overflow-auto", children: mode === 'unified' ? _jsx(Unified, { rows: rows }) : _jsx(Split, { rows: rows }) });
}
const KIND_TONE = {
    added: 'text-success',
    deleted: 'text-danger',
    modified: 'text-warn',
};
/** What changed from one version to another: the changed files, and the diff of the chosen one. */
export function DiffView({ projectId, from, to, mode }) {
    const { t } = useTranslation();
    const [changes, setChanges] = useState(null);
    const [error, setError] = useState(null);
    const [selected, setSelected] = useState(null);
    useEffect(() => {
        const controller = new AbortController();
        setChanges(null);
        setError(null);
        Promise.all([endpoints.files(projectId, from, controller.signal), endpoints.files(projectId, to, controller.signal)])
            .then(([a, b]) => {
            const found = changedFiles(a.files, b.files);
            setChanges(found);
            setSelected((current) => (found.some((c) => c.path === current) ? current : (found[0]?.path ?? null)));
        })
            .catch((e) => {
            if (!controller.signal.aborted)
                setError(e);
        });
        return () => controller.abort();
    }, [projectId, from, to]);
    if (error != null)
        return _jsx(ErrorAlert, { error: error, className: "m-3" });
    if (!changes)
        return _jsx(Loading, { label: t('diff.loading') });
    if (from === to)
        return _jsx(EmptyState, { title: t('diff.sameVersion') });
    if (changes.length === 0)
        return _jsx(EmptyState, { title: t('diff.noChanges') });
    const change = changes.find((c) => c.path === selected) ?? changes[0];
    return (_jsxs("div", { className: "flex min-h-0 flex-1 flex-col md:flex-row", children: [_jsxs("div", { className: "max-h-40 shrink-0 overflow-auto border-b border-border p-2 md:max-h-none md:w-60 md:border-r md:border-b-0", children: [_jsx("p", { className: "mb-1 px-1 text-xs text-muted", "data-testid": "diff-summary", children: t('diff.filesChanged', { count: changes.length }) }), _jsx("ul", { className: "flex flex-col", children: changes.map((c) => (_jsx("li", { children: _jsxs("button", { type: "button", onClick: () => setSelected(c.path), "aria-current": c.path === change.path ? 'true' : undefined, className: `flex w-full items-center gap-2 rounded px-1 py-0.5 text-left font-mono text-xs hover:bg-surface-2 ${c.path === change.path ? 'bg-accent-soft font-semibold' : ''}`, children: [_jsx("span", { className: `w-14 shrink-0 font-sans ${KIND_TONE[c.kind]}`, children: t(`diff.change.${c.kind}`) }), _jsx("span", { className: "truncate text-fg", children: c.path })] }) }, c.path))) })] }), _jsxs("section", { className: "min-h-0 min-w-0 flex-1 overflow-auto", "aria-label": t('diff.fileLabel', { path: change.path }), children: [_jsx("h3", { className: "sticky top-0 z-10 border-b border-border bg-surface px-3 py-2 font-mono text-xs font-semibold text-fg", children: change.path }), _jsx(FileDiff, { projectId: projectId, from: from, to: to, change: change, mode: mode })] })] }));
}
