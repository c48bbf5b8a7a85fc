import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useCallback, useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { endpoints } from '../../shared/api/endpoints';
import { dateTime, relativeTime } from '../../shared/format/format';
import { AppHeader, SkipLink } from '../../shared/ui/AppHeader';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { ProjectDialog } from './ProjectDialog';
import { PlusIcon, SparkIcon } from '../../shared/ui/Icons';
import { useCan } from '../../shared/org/OrganizationContext';
export function ProjectsPage() {
    const { t, i18n } = useTranslation();
    const navigate = useNavigate();
    const toast = useToast();
    const [projects, setProjects] = useState(null);
    const [error, setError] = useState(null);
    const [dialog, setDialog] = useState(null);
    // Viewers read; members make and rename projects; deleting one is for admins and owners.
    const canCreate = useCan('member');
    const canDelete = useCan('admin');
    const load = useCallback((signal) => {
        setError(null);
        endpoints
            .projects(signal)
            .then((page) => setProjects(page.items))
            .catch((e) => {
            if (!signal?.aborted)
                setError(e);
        });
    }, []);
    useEffect(() => {
        document.title = `${t('projects.title')} · Vectort`;
    }, [t]);
    useEffect(() => {
        const controller = new AbortController();
        load(controller.signal);
        return () => controller.abort();
    }, [load]);
    const lang = i18n.resolvedLanguage ?? 'en';
    return (_jsxs("div", { className: "flex min-h-full flex-col", children: [_jsx(SkipLink, {}), _jsx(AppHeader, {}), _jsxs("main", { id: "main", tabIndex: -1, className: "mx-auto w-full max-w-5xl flex-1 px-4 py-6 outline-none sm:py-10", children: [_jsxs("div", { className: "mb-6 flex flex-wrap items-center justify-between gap-3", children: [_jsx("h1", { className: "text-2xl font-semibold text-fg", children: t('projects.title') }), _jsxs(Button, { variant: "primary", onClick: () => setDialog({ kind: 'create' }), disabled: !canCreate, "aria-describedby": canCreate ? undefined : 'projects-readonly', children: [_jsx(PlusIcon, {}), " ", t('projects.new')] })] }), !canCreate && (_jsx("p", { id: "projects-readonly", role: "note", className: "mb-4 rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg", children: t('roles.viewerCannotGenerate') })), error != null && _jsx(ErrorAlert, { error: error, onRetry: () => load(), className: "mb-4" }), projects === null && error == null && _jsx(Loading, { label: t('projects.loading') }), projects !== null && projects.length === 0 && (_jsx("div", { className: "rounded-xl border border-dashed border-border bg-surface", children: _jsx(EmptyState, { title: t('projects.empty.title'), icon: _jsx(SparkIcon, { className: "h-10 w-10" }), action: _jsx(Button, { variant: "primary", onClick: () => setDialog({ kind: 'create' }), disabled: !canCreate, children: t('projects.empty.action') }), children: t('projects.empty.body') }) })), projects !== null && projects.length > 0 && (_jsx("ul", { className: "grid gap-3 sm:grid-cols-2", "aria-label": t('projects.listLabel'), children: projects.map((project) => (_jsxs("li", { className: "group relative flex flex-col gap-2 rounded-xl border border-border bg-surface p-4 shadow-sm hover:border-accent", children: [_jsxs("div", { className: "flex items-start justify-between gap-3", children: [_jsx("h2", { className: "min-w-0 text-base font-semibold break-words text-fg", children: _jsx(Link, { to: `/projects/${project.id}`, className: "rounded after:absolute after:inset-0 hover:underline", children: project.name }) }), _jsx("span", { className: "shrink-0 rounded-full bg-surface-2 px-2 py-0.5 text-xs text-muted", children: project.currentVersion > 0
                                                ? t('projects.versionBadge', { version: project.currentVersion })
                                                : t('projects.noVersion') })] }), project.description && _jsx("p", { className: "line-clamp-2 text-sm text-muted", children: project.description }), _jsxs("div", { className: "mt-auto flex flex-wrap items-center justify-between gap-2 pt-1", children: [_jsx("span", { className: "text-xs text-muted", title: dateTime(project.updatedAt, lang), children: _jsx(Trans, { i18nKey: "projects.lastActivity", values: { when: relativeTime(project.updatedAt, lang) }, components: { time: _jsx("time", { dateTime: project.updatedAt }) } }) }), _jsxs("div", { className: "relative z-10 flex gap-1", children: [canCreate && (_jsx(Button, { size: "sm", variant: "ghost", onClick: () => setDialog({ kind: 'rename', project }), "aria-label": t('projects.renameLabel', { name: project.name }), children: t('projects.rename.action') })), canDelete && (_jsx(Button, { size: "sm", variant: "ghostDanger", onClick: () => setDialog({ kind: 'delete', project }), "aria-label": t('projects.deleteLabel', { name: project.name }), children: t('projects.delete.action') }))] })] })] }, project.id))) }))] }), dialog?.kind === 'create' && (_jsx(ProjectDialog, { onClose: () => setDialog(null), onSave: async (name, description) => {
                    const created = await endpoints.createProject(name, description);
                    navigate(`/projects/${created.id}`);
                } })), dialog?.kind === 'rename' && (_jsx(ProjectDialog, { project: dialog.project, onClose: () => setDialog(null), onSave: async (name, description) => {
                    const updated = await endpoints.updateProject(dialog.project.id, { name, description });
                    setProjects((all) => all?.map((p) => (p.id === updated.id ? updated : p)) ?? null);
                    toast(t('projects.rename.done', { name: updated.name }));
                } })), dialog?.kind === 'delete' && (_jsx(ConfirmDialog, { title: t('projects.delete.title'), confirmLabel: t('projects.delete.confirm'), danger: true, onClose: () => setDialog(null), onConfirm: async () => {
                    await endpoints.deleteProject(dialog.project.id);
                    setProjects((all) => all?.filter((p) => p.id !== dialog.project.id) ?? null);
                    toast(t('projects.delete.done', { name: dialog.project.name }));
                }, children: _jsx(Trans, { i18nKey: "projects.delete.body", values: { name: dialog.project.name }, components: { b: _jsx("strong", {}) } }) }))] }));
}
