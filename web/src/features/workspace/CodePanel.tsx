import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/api/endpoints';
import type { Version, VersionFiles } from '../../shared/api/types';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { CodeViewer } from './CodeViewer';
import { DownloadButton } from './DownloadButton';
import { defaultFile, FileTree } from './FileTree';
import { VersionSelect } from './VersionSelect';
import { CodeIcon } from '../../shared/ui/Icons';

/** The files of a version: a tree and a viewer, with the version to show and its ZIP. */
export function CodePanel({
  projectId,
  projectName,
  versions,
  version,
  onVersion,
}: {
  projectId: string;
  projectName: string;
  versions: Version[];
  version: number;
  onVersion: (version: number) => void;
}) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<VersionFiles | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (version < 1) return;
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
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, [projectId, version, attempt]);

  if (version < 1) {
    return (
      <EmptyState title={t('code.empty.title')} icon={<CodeIcon className="h-10 w-10" />}>
        {t('code.empty.body')}
      </EmptyState>
    );
  }

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-border px-3 py-2">
        <VersionSelect versions={versions} value={version} onChange={onVersion} label={t('code.versionLabel')} />
        <DownloadButton projectId={projectId} projectName={projectName} version={version} />
      </div>
      {error != null && <ErrorAlert error={error} onRetry={() => setAttempt((a) => a + 1)} className="m-3" />}
      {!files && error == null && <Loading />}
      {files && files.files.length === 0 && <EmptyState title={t('code.noFiles')} />}
      {files && files.files.length > 0 && (
        <div className="flex min-h-0 flex-1 flex-col md:flex-row">
          <div className="max-h-48 shrink-0 overflow-auto border-b border-border p-2 md:max-h-none md:w-60 md:border-r md:border-b-0">
            <p className="mb-1 px-1 text-xs text-muted">{t('code.fileCount', { count: files.files.length })}</p>
            <FileTree tree={files.tree} selected={selected} onSelect={setSelected} />
          </div>
          {selected ? (
            <CodeViewer projectId={projectId} version={files.version} path={selected} />
          ) : (
            <EmptyState title={t('code.pickFile')} />
          )}
        </div>
      )}
    </div>
  );
}
