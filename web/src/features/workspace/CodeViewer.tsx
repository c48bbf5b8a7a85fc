import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/api/endpoints';
import type { FileContent } from '../../shared/api/types';
import { highlightToHtml } from '../../shared/code/highlight';
import { fileSize } from '../../shared/format/format';
import { ErrorAlert, Loading } from '../../shared/ui/States';

/** One file of one version, highlighted when its language is known. */
export function CodeViewer({ projectId, version, path }: { projectId: string; version: number; path: string }) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<FileContent | null>(null);
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setFile(null);
    setHtml(null);
    setError(null);
    endpoints
      .file(projectId, version, path, controller.signal)
      .then(async (loaded) => {
        if (controller.signal.aborted) return;
        setFile(loaded);
        const highlighted = await highlightToHtml(loaded.content, loaded.path).catch(() => null);
        if (!controller.signal.aborted) setHtml(highlighted);
      })
      .catch((e) => {
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, [projectId, version, path, attempt]);

  return (
    <section aria-label={t('code.viewerLabel', { path })} className="flex min-h-0 min-w-0 flex-1 flex-col">
      <div className="flex items-center justify-between gap-2 border-b border-border px-3 py-2">
        <h3 className="truncate font-mono text-xs font-semibold text-fg" data-testid="viewer-path">
          {path}
        </h3>
        {file && <span className="shrink-0 text-xs text-muted">{fileSize(file.size, i18n.resolvedLanguage ?? 'en')}</span>}
      </div>
      <div className="min-h-0 flex-1 overflow-auto">
        {error != null && <ErrorAlert error={error} onRetry={() => setAttempt((a) => a + 1)} className="m-3" />}
        {!file && error == null && <Loading />}
        {file && html && (
          <div
            className="p-3 font-mono text-xs leading-5 [&_pre]:whitespace-pre"
            data-testid="code"
            // Shiki's output: the code is escaped by Shiki, the markup is its own.
            dangerouslySetInnerHTML={{ __html: html }}
          />
        )}
        {file && !html && (
          <pre className="p-3 font-mono text-xs leading-5 whitespace-pre text-fg" data-testid="code">
            {file.content || t('code.emptyFile')}
          </pre>
        )}
      </div>
    </section>
  );
}
