import { useCallback, useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { endpoints } from '../../shared/api/endpoints';
import { isApiError } from '../../shared/api/problem';
import {
  isTerminal,
  type Catalog,
  type GenerateRequest,
  type Generation,
  type GenerationAccepted,
  type Project,
  type Version,
} from '../../shared/api/types';
import { clearDraft } from '../../shared/drafts';
import { AppHeader, SkipLink } from '../../shared/ui/AppHeader';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { CodePanel } from './CodePanel';
import { Conversation } from './Conversation';
import { HistoryPanel } from './HistoryPanel';
import type { LiveState } from './liveGeneration';
import { PreviewPanel } from './PreviewPanel';
import { PromptBox } from './PromptBox';
import { ShipPanel } from './ship/ShipPanel';

type View = 'chat' | 'preview' | 'code' | 'history' | 'ship';
const VIEWS: View[] = ['chat', 'preview', 'code', 'history', 'ship'];

interface WorkspaceData {
  project: Project;
  generations: Generation[];
  versions: Version[];
}

function acceptedAsGeneration(
  projectId: string,
  request: GenerateRequest,
  accepted: GenerationAccepted,
  baseVersion: number,
): Generation {
  return {
    id: accepted.id,
    projectId,
    status: accepted.status,
    description: request.description.trim(),
    // The server resolved `auto`: show the framework and type the app will have, and why.
    framework: accepted.framework ?? request.framework,
    frameworkReason: accepted.frameworkReason ?? null,
    type: accepted.type ?? request.type,
    typeReason: accepted.typeReason ?? null,
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
  const [data, setData] = useState<WorkspaceData | null>(null);
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [view, setView] = useState<View>('chat');
  // Generations submitted from this page: their live progress stays until their stream ends.
  const [streaming, setStreaming] = useState<ReadonlySet<string>>(new Set());
  const [selectedVersion, setSelectedVersion] = useState<number | null>(null);

  const reload = useCallback(async () => {
    try {
      const [project, generations, versions] = await Promise.all([
        endpoints.project(projectId),
        endpoints.generations(projectId),
        endpoints.versions(projectId),
      ]);
      setData({ project, generations, versions });
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [projectId]);
  const reloadQuietly = useCallback(() => void reload(), [reload]);

  useEffect(() => {
    setData(null);
    setSelectedVersion(null);
    void reload();
  }, [reload]);

  useEffect(() => {
    endpoints.catalog().then(setCatalog, setError);
  }, []);

  useEffect(() => {
    if (data) document.title = `${data.project.name} · Vectort`;
  }, [data]);

  const onGenerate = useCallback(
    async (request: GenerateRequest) => {
      const accepted = await endpoints.generate(projectId, request);
      clearDraft(projectId);
      setStreaming((ids) => new Set(ids).add(accepted.id));
      setData(
        (d) =>
          d && {
            ...d,
            generations: [acceptedAsGeneration(projectId, request, accepted, d.project.currentVersion), ...d.generations],
          },
      );
      void reload();
    },
    [projectId, reload],
  );

  const onFinished = useCallback(
    (generation: Generation, state: LiveState) => {
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
    },
    [reload, t, toast],
  );

  const onRestored = useCallback(
    (created: Version, from: number) => {
      setSelectedVersion(null);
      toast(t('workspace.restored', { from, version: created.number }));
      void reload();
    },
    [reload, t, toast],
  );

  if (error && !data) {
    const notFound = isApiError(error) && error.status === 404;
    return (
      <Shell title={null}>
        <main id="main" tabIndex={-1} className="flex-1 outline-none">
          {notFound ? (
            <EmptyState
              title={t('workspace.notFound.title')}
              action={
                <Link to="/projects" className="font-medium text-link underline underline-offset-2">
                  {t('workspace.backToProjects')}
                </Link>
              }
            >
              {t('workspace.notFound.body')}
            </EmptyState>
          ) : (
            <ErrorAlert error={error} onRetry={() => void reload()} className="m-4" />
          )}
        </main>
      </Shell>
    );
  }
  if (!data) {
    return (
      <Shell title={null}>
        <main id="main" tabIndex={-1} className="flex-1 outline-none">
          <Loading label={t('workspace.loading')} />
        </main>
      </Shell>
    );
  }

  const { project, generations, versions } = data;
  const active = generations.find((g) => !isTerminal(g.status));
  const latest = generations[0];
  const version = selectedVersion ?? project.currentVersion;
  const panel: View = view === 'chat' ? 'preview' : view;
  const framework = catalog?.frameworks.find((f) => f.id === (latest?.framework ?? ''));
  const showVersion = (v: number, next: View = 'code') => {
    setSelectedVersion(v === project.currentVersion ? null : v);
    setView(next);
  };

  // Arrow keys, Home and End move between the tabs of the tab list that has focus.
  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(e.key)) return;
    const tabs = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
    const index = tabs.findIndex((tab) => tab === document.activeElement);
    let next = index < 0 ? 0 : index;
    if (e.key === 'ArrowRight') next = (next + 1) % tabs.length;
    if (e.key === 'ArrowLeft') next = (next - 1 + tabs.length) % tabs.length;
    if (e.key === 'Home') next = 0;
    if (e.key === 'End') next = tabs.length - 1;
    e.preventDefault();
    tabs[next].focus();
    setView(tabs[next].dataset.view as View);
  };

  return (
    <Shell title={project.name}>
      <main id="main" tabIndex={-1} className="flex min-h-0 flex-1 flex-col outline-none lg:flex-row">
        <h1 className="sr-only">{project.name}</h1>
        <div
          role="tablist"
          aria-label={t('workspace.views')}
          onKeyDown={onTabKey}
          className="flex shrink-0 gap-1 overflow-x-auto border-b border-border bg-surface px-2 pt-2 lg:hidden"
        >
          {VIEWS.map((v) => (
            <TabButton key={v} view={v} selected={view === v} onSelect={setView} />
          ))}
        </div>

        <section
          aria-label={t('workspace.chat')}
          id="panel-chat"
          className={`${view === 'chat' ? 'flex' : 'hidden'} min-h-0 flex-1 flex-col border-border lg:flex lg:w-[26rem] lg:flex-none lg:border-r xl:w-[30rem]`}
        >
          <div className="min-h-0 flex-1 overflow-y-auto px-3 py-4 sm:px-4">
            <Conversation
              generations={generations}
              streaming={streaming}
              catalog={catalog}
              onShowVersion={(v) => showVersion(v, 'code')}
              onFinished={onFinished}
            />
          </div>
          <div className="border-t border-border bg-surface px-3 py-3 sm:px-4">
            <PromptBox
              key={projectId}
              projectId={projectId}
              catalog={catalog}
              followUp={project.currentVersion > 0}
              busy={active !== undefined}
              onGenerate={onGenerate}
            />
          </div>
        </section>

        <section
          aria-label={t('workspace.result')}
          className={`${view !== 'chat' ? 'flex' : 'hidden'} min-h-0 min-w-0 flex-1 flex-col lg:flex`}
        >
          <div
            role="tablist"
            aria-label={t('workspace.views')}
            onKeyDown={onTabKey}
            className="hidden shrink-0 gap-1 border-b border-border bg-surface px-2 pt-2 lg:flex"
          >
            {VIEWS.filter((v) => v !== 'chat').map((v) => (
              <TabButton key={v} view={v} selected={panel === v} onSelect={setView} />
            ))}
          </div>
          <div
            role="tabpanel"
            id={`panel-${panel}`}
            aria-label={t(`workspace.tabs.${panel}`)}
            className="min-h-0 flex-1 overflow-hidden bg-bg"
          >
            {panel === 'preview' && (
              <PreviewPanel
                projectId={projectId}
                versions={versions}
                version={version}
                framework={framework}
                onVersion={(v) => showVersion(v, 'preview')}
              />
            )}
            {panel === 'code' && (
              <CodePanel
                projectId={projectId}
                projectName={project.name}
                versions={versions}
                version={version}
                onVersion={(v) => showVersion(v, 'code')}
              />
            )}
            {panel === 'history' && (
              <HistoryPanel
                projectId={projectId}
                projectName={project.name}
                versions={versions}
                currentVersion={project.currentVersion}
                generations={generations}
                busy={active !== undefined}
                onOpen={(v, next) => showVersion(v, next)}
                onRestored={onRestored}
              />
            )}
            {panel === 'ship' && (
              <ShipPanel
                projectId={projectId}
                versions={versions}
                version={version}
                onVersion={(v) => showVersion(v, 'ship')}
                onNewVersion={reloadQuietly}
              />
            )}
          </div>
        </section>
      </main>
    </Shell>
  );
}

function TabButton({ view, selected, onSelect }: { view: View; selected: boolean; onSelect: (view: View) => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      role="tab"
      aria-selected={selected}
      aria-controls={`panel-${view}`}
      tabIndex={selected ? 0 : -1}
      onClick={() => onSelect(view)}
      data-view={view}
      className={`shrink-0 rounded-t-md border-b-2 px-3 py-2 text-sm font-medium ${
        selected ? 'border-accent text-fg' : 'border-transparent text-muted hover:text-fg'
      }`}
    >
      {t(`workspace.tabs.${view}`)}
    </button>
  );
}

function Shell({ title, children }: { title: string | null; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="flex h-dvh flex-col">
      <SkipLink />
      <AppHeader>
        <nav aria-label={t('nav.breadcrumb')} className="flex min-w-0 items-center gap-1 text-sm">
          <Link to="/projects" className="hidden shrink-0 rounded px-1 text-muted hover:text-fg hover:underline sm:inline">
            {t('nav.projects')}
          </Link>
          <Link
            to="/projects"
            className="shrink-0 rounded px-1 text-muted hover:text-fg sm:hidden"
            aria-label={t('nav.projects')}
          >
            <span aria-hidden="true">←</span>
          </Link>
          {title && (
            <>
              <span aria-hidden="true" className="hidden text-muted sm:inline">
                /
              </span>
              <span className="truncate font-medium text-fg" aria-current="page">
                {title}
              </span>
            </>
          )}
        </nav>
      </AppHeader>
      {children}
    </div>
  );
}
