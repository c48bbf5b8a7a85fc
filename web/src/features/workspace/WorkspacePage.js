import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { endpoints } from '../../shared/api/endpoints';
import { isApiError } from '../../shared/api/problem';
import { isTerminal } from '../../shared/api/types';
import { clearDraft } from '../../shared/drafts';
import { AppHeader, SkipLink } from '../../shared/ui/AppHeader';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { CodePanel } from './CodePanel';
import { Conversation } from './Conversation';
import { HistoryPanel } from './HistoryPanel';
import { PreviewPanel } from './PreviewPanel';
import { PromptBox } from './PromptBox';
const VIEWS = ['chat', 'preview', 'code', 'history'];
function acceptedAsGeneration(projectId, request, accepted, baseVersion) {
    return {
        id: accepted.id,
        projectId,
        status: accepted.status,
        description: request.description.trim(),
        framework: request.framework,
        type: request.type,
        model: null,
        forceRegenerate: false,
        generator: accepted.generator,
        attempts: 0,
        baseVersion,
        version: null,
        summary: null,
        error: null,
        usage: null,
        createdAt: new Date().toISOString(),
        startedAt: null,
        finishedAt: null,
        eventsUrl: accepted.eventsUrl,
    };
}
/** The heart of the app: the conversation that builds a project, and its preview, code and history. */
export function WorkspacePage() {
    const { projectId = '' } = useParams();
    const { t } = useTranslation();
    const toast = useToast();
    const [data, setData] = useState(null);
    const [catalog, setCatalog] = useState(null);
    const [error, setError] = useState(null);
    const [view, setView] = useState('chat');
    // Generations submitted from this page: their live progress stays until their stream ends.
    const [streaming, setStreaming] = useState(new Set());
    const [selectedVersion, setSelectedVersion] = useState(null);
    const reload = useCallback(async () => {
        try {
            const [project, generations, versions] = await Promise.all([
                endpoints.project(projectId),
                endpoints.generations(projectId),
                endpoints.versions(projectId),
            ]);
            setData({ project, generations, versions });
            setError(null);
        }
        catch (e) {
            setError(e);
        }
    }, [projectId]);
    useEffect(() => {
        setData(null);
        setSelectedVersion(null);
        void reload();
    }, [reload]);
    useEffect(() => {
        endpoints.catalog().then(setCatalog, setError);
    }, []);
    useEffect(() => {
        if (data)
            document.title = `${data.project.name} · Vectort`;
    }, [data]);
    const onGenerate = useCallback(async (request) => {
        const accepted = await endpoints.generate(projectId, request);
        clearDraft(projectId);
        setStreaming((ids) => new Set(ids).add(accepted.id));
        setData((d) => d && {
            ...d,
            generations: [acceptedAsGeneration(projectId, request, accepted, d.project.currentVersion), ...d.generations],
        });
        void reload();
    }, [projectId, reload]);
    const onFinished = useCallback((generation, state) => {
        setStreaming((ids) => {
            const next = new Set(ids);
            next.delete(generation.id);
            return next;
        });
        if (state.status === 'succeeded' && state.version) {
            setSelectedVersion(null);
            toast(t('workspace.versionReady', { version: state.version }));
        }
        void reload();
    }, [reload, t, toast]);
    const onRestored = useCallback((created, from) => {
        setSelectedVersion(null);
        toast(t('workspace.restored', { from, version: created.number }));
        void reload();
    }, [reload, t, toast]);
    if (error && !data) {
        const notFound = isApiError(error) && error.status === 404;
        return (_jsx(Shell, { title: null, children: _jsx("main", { id: "main", tabIndex: -1, className: "flex-1 outline-none", children: notFound ? (_jsx(EmptyState, { title: t('workspace.notFound.title'), action: _jsx(Link, { to: "/projects", className: "font-medium text-link underline underline-offset-2", children: t('workspace.backToProjects') }), children: t('workspace.notFound.body') })) : (_jsx(ErrorAlert, { error: error, onRetry: () => void reload(), className: "m-4" })) }) }));
    }
    if (!data) {
        return (_jsx(Shell, { title: null, children: _jsx("main", { id: "main", tabIndex: -1, className: "flex-1 outline-none", children: _jsx(Loading, { label: t('workspace.loading') }) }) }));
    }
    const { project, generations, versions } = data;
    const active = generations.find((g) => !isTerminal(g.status));
    const latest = generations[0];
    const version = selectedVersion ?? project.currentVersion;
    const panel = view === 'chat' ? 'preview' : view;
    const framework = catalog?.frameworks.find((f) => f.id === (latest?.framework ?? ''));
    const showVersion = (v, next = 'code') => {
        setSelectedVersion(v === project.currentVersion ? null : v);
        setView(next);
    };
    // Arrow keys, Home and End move between the tabs of the tab list that has focus.
    const onTabKey = (e) => {
        if (!['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(e.key))
            return;
        const tabs = Array.from(e.currentTarget.querySelectorAll('[role="tab"]'));
        const index = tabs.findIndex((tab) => tab === document.activeElement);
        let next = index < 0 ? 0 : index;
        if (e.key === 'ArrowRight')
            next = (next + 1) % tabs.length;
        if (e.key === 'ArrowLeft')
            next = (next - 1 + tabs.length) % tabs.length;
        if (e.key === 'Home')
            next = 0;
        if (e.key === 'End')
            next = tabs.length - 1;
        e.preventDefault();
        tabs[next].focus();
        setView(tabs[next].dataset.view);
    };
    return (_jsx(Shell, { title: project.name, children: _jsxs("main", { id: "main", tabIndex: -1, className: "flex min-h-0 flex-1 flex-col outline-none lg:flex-row", children: [_jsx("h1", { className: "sr-only", children: project.name }), _jsx("div", { role: "tablist", "aria-label": t('workspace.views'), onKeyDown: onTabKey, className: "flex shrink-0 gap-1 overflow-x-auto border-b border-border bg-surface px-2 pt-2 lg:hidden", children: VIEWS.map((v) => (_jsx(TabButton, { view: v, selected: view === v, onSelect: setView }, v))) }), _jsxs("section", { "aria-label": t('workspace.chat'), id: "panel-chat", className: `${view === 'chat' ? 'flex' : 'hidden'} min-h-0 flex-1 flex-col border-border lg:flex lg:w-[26rem] lg:flex-none lg:border-r xl:w-[30rem]`, children: [_jsx("div", { className: "min-h-0 flex-1 overflow-y-auto px-3 py-4 sm:px-4", children: _jsx(Conversation, { generations: generations, streaming: streaming, catalog: catalog, onShowVersion: (v) => showVersion(v, 'code'), onFinished: onFinished }) }), _jsx("div", { className: "border-t border-border bg-surface px-3 py-3 sm:px-4", children: _jsx(PromptBox, { projectId: projectId, catalog: catalog, defaults: { framework: latest?.framework, type: latest?.type }, followUp: project.currentVersion > 0, busy: active !== undefined, onGenerate: onGenerate }, projectId) })] }), _jsxs("section", { "aria-label": t('workspace.result'), className: `${view !== 'chat' ? 'flex' : 'hidden'} min-h-0 min-w-0 flex-1 flex-col lg:flex`, children: [_jsx("div", { role: "tablist", "aria-label": t('workspace.views'), onKeyDown: onTabKey, className: "hidden shrink-0 gap-1 border-b border-border bg-surface px-2 pt-2 lg:flex", children: VIEWS.filter((v) => v !== 'chat').map((v) => (_jsx(TabButton, { view: v, selected: panel === v, onSelect: setView }, v))) }), _jsxs("div", { role: "tabpanel", id: `panel-${panel}`, "aria-label": t(`workspace.tabs.${panel}`), className: "min-h-0 flex-1 overflow-hidden bg-bg", children: [panel === 'preview' && (_jsx(PreviewPanel, { projectId: projectId, versions: versions, version: version, framework: framework, onVersion: (v) => showVersion(v, 'preview') })), panel === 'code' && (_jsx(CodePanel, { projectId: projectId, projectName: project.name, versions: versions, version: version, onVersion: (v) => showVersion(v, 'code') })), panel === 'history' && (_jsx(HistoryPanel, { projectId: projectId, projectName: project.name, versions: versions, currentVersion: project.currentVersion, generations: generations, busy: active !== undefined, onOpen: (v, next) => showVersion(v, next), onRestored: onRestored }))] })] })] }) }));
}
function TabButton({ view, selected, onSelect, }) {
    const { t } = useTranslation();
    return (_jsx("button", { type: "button", role: "tab", "aria-selected": selected, "aria-controls": `panel-${view}`, tabIndex: selected ? 0 : -1, onClick: () => onSelect(view), "data-view": view, className: `shrink-0 rounded-t-md border-b-2 px-3 py-2 text-sm font-medium ${selected ? 'border-accent text-fg' : 'border-transparent text-muted hover:text-fg'}`, children: t(`workspace.tabs.${view}`) }));
}
function Shell({ title, children }) {
    const { t } = useTranslation();
    return (_jsxs("div", { className: "flex h-dvh flex-col", children: [_jsx(SkipLink, {}), _jsx(AppHeader, { children: _jsxs("nav", { "aria-label": t('nav.breadcrumb'), className: "flex min-w-0 items-center gap-1 text-sm", children: [_jsx(Link, { to: "/projects", className: "hidden shrink-0 rounded px-1 text-muted hover:text-fg hover:underline sm:inline", children: t('nav.projects') }), _jsx(Link, { to: "/projects", className: "shrink-0 rounded px-1 text-muted hover:text-fg sm:hidden", "aria-label": t('nav.projects'), children: _jsx("span", { "aria-hidden": "true", children: "\u2190" }) }), title && (_jsxs(_Fragment, { children: [_jsx("span", { "aria-hidden": "true", className: "hidden text-muted sm:inline", children: "/" }), _jsx("span", { className: "truncate font-medium text-fg", "aria-current": "page", children: title })] }))] }) }), children] }));
}
