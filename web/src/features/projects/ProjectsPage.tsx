import { useCallback, useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { endpoints } from '../../shared/api/endpoints';
import type { Project } from '../../shared/api/types';
import { dateTime, relativeTime } from '../../shared/format/format';
import { AppHeader, SkipLink } from '../../shared/ui/AppHeader';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { ProjectDialog } from './ProjectDialog';
import { PlusIcon, SparkIcon } from '../../shared/ui/Icons';
import { useCan } from '../../shared/org/OrganizationContext';

type Dialog = { kind: 'create' } | { kind: 'rename'; project: Project } | { kind: 'delete'; project: Project } | null;

export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const [projects, setProjects] = useState<Project[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  // Viewers read; members make and rename projects; deleting one is for admins and owners.
  const canCreate = useCan('member');
  const canDelete = useCan('admin');

  const load = useCallback((signal?: AbortSignal) => {
    setError(null);
    endpoints
      .projects(signal)
      .then((page) => setProjects(page.items))
      .catch((e) => {
        if (!signal?.aborted) setError(e);
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

  return (
    <div className="flex min-h-full flex-col">
      <SkipLink />
      <AppHeader />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 outline-none sm:py-10">
        <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-semibold text-fg">{t('projects.title')}</h1>
          <Button
            variant="primary"
            onClick={() => setDialog({ kind: 'create' })}
            disabled={!canCreate}
            aria-describedby={canCreate ? undefined : 'projects-readonly'}
          >
            <PlusIcon /> {t('projects.new')}
          </Button>
        </div>
        {!canCreate && (
          <p
            id="projects-readonly"
            role="note"
            className="mb-4 rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg"
          >
            {t('roles.viewerCannotGenerate')}
          </p>
        )}

        {error != null && <ErrorAlert error={error} onRetry={() => load()} className="mb-4" />}
        {projects === null && error == null && <Loading label={t('projects.loading')} />}
        {projects !== null && projects.length === 0 && (
          <div className="rounded-xl border border-dashed border-border bg-surface">
            <EmptyState
              title={t('projects.empty.title')}
              icon={<SparkIcon className="h-10 w-10" />}
              action={
                <Button variant="primary" onClick={() => setDialog({ kind: 'create' })} disabled={!canCreate}>
                  {t('projects.empty.action')}
                </Button>
              }
            >
              {t('projects.empty.body')}
            </EmptyState>
          </div>
        )}
        {projects !== null && projects.length > 0 && (
          <ul className="grid gap-3 sm:grid-cols-2" aria-label={t('projects.listLabel')}>
            {projects.map((project) => (
              <li
                key={project.id}
                className="group relative flex flex-col gap-2 rounded-xl border border-border bg-surface p-4 shadow-sm hover:border-accent"
              >
                <div className="flex items-start justify-between gap-3">
                  <h2 className="min-w-0 text-base font-semibold break-words text-fg">
                    <Link to={`/projects/${project.id}`} className="rounded after:absolute after:inset-0 hover:underline">
                      {project.name}
                    </Link>
                  </h2>
                  <span className="shrink-0 rounded-full bg-surface-2 px-2 py-0.5 text-xs text-muted">
                    {project.currentVersion > 0
                      ? t('projects.versionBadge', { version: project.currentVersion })
                      : t('projects.noVersion')}
                  </span>
                </div>
                {project.description && <p className="line-clamp-2 text-sm text-muted">{project.description}</p>}
                <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-1">
                  <span className="text-xs text-muted" title={dateTime(project.updatedAt, lang)}>
                    <Trans
                      i18nKey="projects.lastActivity"
                      values={{ when: relativeTime(project.updatedAt, lang) }}
                      components={{ time: <time dateTime={project.updatedAt} /> }}
                    />
                  </span>
                  <div className="relative z-10 flex gap-1">
                    {canCreate && (
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => setDialog({ kind: 'rename', project })}
                        aria-label={t('projects.renameLabel', { name: project.name })}
                      >
                        {t('projects.rename.action')}
                      </Button>
                    )}
                    {canDelete && (
                      <Button
                        size="sm"
                        variant="ghostDanger"
                        onClick={() => setDialog({ kind: 'delete', project })}
                        aria-label={t('projects.deleteLabel', { name: project.name })}
                      >
                        {t('projects.delete.action')}
                      </Button>
                    )}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </main>

      {dialog?.kind === 'create' && (
        <ProjectDialog
          onClose={() => setDialog(null)}
          onSave={async (name, description) => {
            const created = await endpoints.createProject(name, description);
            navigate(`/projects/${created.id}`);
          }}
        />
      )}
      {dialog?.kind === 'rename' && (
        <ProjectDialog
          project={dialog.project}
          onClose={() => setDialog(null)}
          onSave={async (name, description) => {
            const updated = await endpoints.updateProject(dialog.project.id, { name, description });
            setProjects((all) => all?.map((p) => (p.id === updated.id ? updated : p)) ?? null);
            toast(t('projects.rename.done', { name: updated.name }));
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('projects.delete.title')}
          confirmLabel={t('projects.delete.confirm')}
          danger
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await endpoints.deleteProject(dialog.project.id);
            setProjects((all) => all?.filter((p) => p.id !== dialog.project.id) ?? null);
            toast(t('projects.delete.done', { name: dialog.project.name }));
          }}
        >
          <Trans i18nKey="projects.delete.body" values={{ name: dialog.project.name }} components={{ b: <strong /> }} />
        </ConfirmDialog>
      )}
    </div>
  );
}
