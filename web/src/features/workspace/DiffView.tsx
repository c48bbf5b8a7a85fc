import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/api/endpoints';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { changedFiles, splitRows, unifiedRows, type DiffRow, type FileChange, type SplitCell } from './diff';

export type DiffMode = 'unified' | 'split';

const ROW_TONE: Record<string, string> = {
  add: 'bg-add-bg',
  del: 'bg-del-bg',
  hunk: 'bg-surface-2 text-muted',
  context: '',
};

const MARK: Record<string, string> = { add: '+', del: '−', context: ' ', hunk: '' };

function Unified({ rows }: { rows: DiffRow[] }) {
  const { t } = useTranslation();
  return (
    <table className="w-full border-collapse font-mono text-xs leading-5" data-testid="diff-table">
      <caption className="sr-only">{t('diff.unifiedCaption')}</caption>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className={ROW_TONE[row.kind]} data-kind={row.kind}>
            <td className="w-10 pr-2 text-right text-muted select-none">{row.oldNo ?? ''}</td>
            <td className="w-10 pr-2 text-right text-muted select-none">{row.newNo ?? ''}</td>
            <td className="w-4 text-center select-none" aria-label={t(`diff.kind.${row.kind}`)}>
              {MARK[row.kind]}
            </td>
            <td className="pr-3 whitespace-pre text-fg">{row.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Cell({ cell }: { cell?: SplitCell }) {
  const { t } = useTranslation();
  if (!cell)
    return (
      <>
        <td className="w-9 bg-surface-2" />
        <td className="bg-surface-2" />
      </>
    );
  return (
    <>
      <td className={`w-9 pr-1 text-right align-top text-muted select-none ${ROW_TONE[cell.kind]}`}>{cell.no ?? ''}</td>
      <td className={`pr-3 break-all whitespace-pre-wrap text-fg ${ROW_TONE[cell.kind]}`}>
        {cell.kind !== 'context' && cell.kind !== 'hunk' && <span className="sr-only">{t(`diff.kind.${cell.kind}`)} </span>}
        {cell.text}
      </td>
    </>
  );
}

function Split({ rows }: { rows: DiffRow[] }) {
  const { t } = useTranslation();
  const pairs = useMemo(() => splitRows(rows), [rows]);
  return (
    <table className="w-full table-fixed border-collapse font-mono text-xs leading-5" data-testid="diff-table">
      <caption className="sr-only">{t('diff.splitCaption')}</caption>
      <colgroup>
        <col className="w-9" />
        <col />
        <col className="w-9" />
        <col />
      </colgroup>
      <tbody>
        {pairs.map((pair, i) =>
          pair.left?.kind === 'hunk' ? (
            <tr key={i} className={ROW_TONE.hunk}>
              <td colSpan={4} className="px-2">
                {pair.left.text}
              </td>
            </tr>
          ) : (
            <tr key={i}>
              <Cell cell={pair.left} />
              <Cell cell={pair.right} />
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

function FileDiff({
  projectId,
  from,
  to,
  change,
  mode,
}: {
  projectId: string;
  from: number;
  to: number;
  change: FileChange;
  mode: DiffMode;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<DiffRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    setRows(null);
    setError(null);
    const read = (version: number) => endpoints.file(projectId, version, change.path, controller.signal).then((f) => f.content);
    Promise.all([
      change.kind === 'added' ? Promise.resolve('') : read(from),
      change.kind === 'deleted' ? Promise.resolve('') : read(to),
    ])
      .then(([before, after]) => {
        if (!controller.signal.aborted) setRows(unifiedRows(before, after));
      })
      .catch((e) => {
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, [projectId, from, to, change.path, change.kind]);

  if (error != null) return <ErrorAlert error={error} className="m-3" />;
  if (!rows) return <Loading />;
  if (rows.length === 0) return <p className="p-3 text-sm text-muted">{t('diff.sameContent')}</p>;
  return <div className="overflow-auto">{mode === 'unified' ? <Unified rows={rows} /> : <Split rows={rows} />}</div>;
}

const KIND_TONE: Record<string, string> = {
  added: 'text-success',
  deleted: 'text-danger',
  modified: 'text-warn',
};

/** What changed from one version to another: the changed files, and the diff of the chosen one. */
export function DiffView({ projectId, from, to, mode }: { projectId: string; from: number; to: number; mode: DiffMode }) {
  const { t } = useTranslation();
  const [changes, setChanges] = useState<FileChange[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<string | null>(null);

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
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, [projectId, from, to]);

  if (error != null) return <ErrorAlert error={error} className="m-3" />;
  if (!changes) return <Loading label={t('diff.loading')} />;
  if (from === to) return <EmptyState title={t('diff.sameVersion')} />;
  if (changes.length === 0) return <EmptyState title={t('diff.noChanges')} />;
  const change = changes.find((c) => c.path === selected) ?? changes[0];

  return (
    <div className="flex min-h-0 flex-1 flex-col md:flex-row">
      <div className="max-h-40 shrink-0 overflow-auto border-b border-border p-2 md:max-h-none md:w-60 md:border-r md:border-b-0">
        <p className="mb-1 px-1 text-xs text-muted" data-testid="diff-summary">
          {t('diff.filesChanged', { count: changes.length })}
        </p>
        <ul className="flex flex-col">
          {changes.map((c) => (
            <li key={c.path}>
              <button
                type="button"
                onClick={() => setSelected(c.path)}
                aria-current={c.path === change.path ? 'true' : undefined}
                className={`flex w-full items-center gap-2 rounded px-1 py-0.5 text-left font-mono text-xs hover:bg-surface-2 ${
                  c.path === change.path ? 'bg-accent-soft font-semibold' : ''
                }`}
              >
                <span className={`w-14 shrink-0 font-sans ${KIND_TONE[c.kind]}`}>{t(`diff.change.${c.kind}`)}</span>
                <span className="truncate text-fg">{c.path}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <section className="min-h-0 min-w-0 flex-1 overflow-auto" aria-label={t('diff.fileLabel', { path: change.path })}>
        <h3 className="sticky top-0 z-10 border-b border-border bg-surface px-3 py-2 font-mono text-xs font-semibold text-fg">
          {change.path}
        </h3>
        <FileDiff projectId={projectId} from={from} to={to} change={change} mode={mode} />
      </section>
    </div>
  );
}
