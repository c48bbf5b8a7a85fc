import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TreeNode } from '../../shared/api/types';
import { ChevronIcon, FileIcon, FolderIcon } from '../../shared/ui/Icons';

function Folder({
  node,
  depth,
  selected,
  onSelect,
}: {
  node: TreeNode;
  depth: number;
  selected: string | null;
  onSelect: (path: string) => void;
}) {
  const [open, setOpen] = useState(depth < 2);
  return (
    <li>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="flex w-full items-center gap-1 rounded px-1 py-0.5 text-left text-sm text-fg hover:bg-surface-2"
        style={{ paddingLeft: `${depth * 0.75 + 0.25}rem` }}
      >
        <ChevronIcon open={open} className="h-3 w-3 shrink-0 text-muted" />
        <FolderIcon className="h-4 w-4 shrink-0 text-muted" />
        <span className="truncate">{node.name}</span>
      </button>
      {open && node.children && <Nodes nodes={node.children} depth={depth + 1} selected={selected} onSelect={onSelect} />}
    </li>
  );
}

function Nodes({
  nodes,
  depth,
  selected,
  onSelect,
}: {
  nodes: TreeNode[];
  depth: number;
  selected: string | null;
  onSelect: (path: string) => void;
}) {
  return (
    <ul className="flex flex-col">
      {nodes.map((node) =>
        node.type === 'directory' ? (
          <Folder key={node.path} node={node} depth={depth} selected={selected} onSelect={onSelect} />
        ) : (
          <li key={node.path}>
            <button
              type="button"
              onClick={() => onSelect(node.path)}
              aria-current={selected === node.path ? 'true' : undefined}
              data-path={node.path}
              className={`flex w-full items-center gap-1 rounded px-1 py-0.5 text-left font-mono text-xs hover:bg-surface-2 ${
                selected === node.path ? 'bg-accent-soft font-semibold text-fg' : 'text-fg'
              }`}
              style={{ paddingLeft: `${depth * 0.75 + 1}rem` }}
            >
              <FileIcon className="h-3.5 w-3.5 shrink-0 text-muted" />
              <span className="truncate">{node.name}</span>
            </button>
          </li>
        ),
      )}
    </ul>
  );
}

/** The files of a version as folders and files; folders open and close, a file opens in the viewer. */
export function FileTree({
  tree,
  selected,
  onSelect,
}: {
  tree: TreeNode[];
  selected: string | null;
  onSelect: (path: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('code.treeLabel')} className="text-sm">
      <Nodes nodes={tree} depth={0} selected={selected} onSelect={onSelect} />
    </nav>
  );
}

/** The file to open first: the app's main component or page, else the first file. */
export function defaultFile(paths: string[]): string | null {
  const preferred = ['src/App.jsx', 'src/App.tsx', 'src/App.vue', 'src/App.js', 'index.html', 'src/index.js', 'README.md'];
  return preferred.find((p) => paths.includes(p)) ?? paths[0] ?? null;
}
