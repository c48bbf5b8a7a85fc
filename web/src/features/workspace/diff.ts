import { structuredPatch } from 'diff';
import type { VersionFileEntry } from '../../shared/api/types';

export type ChangeKind = 'added' | 'deleted' | 'modified';

export interface FileChange {
  path: string;
  kind: ChangeKind;
}

/** Files that differ between two versions, by sha256 (so only those need fetching). */
export function changedFiles(from: VersionFileEntry[], to: VersionFileEntry[]): FileChange[] {
  const before = new Map(from.map((f) => [f.path, f.sha256]));
  const after = new Map(to.map((f) => [f.path, f.sha256]));
  const changes: FileChange[] = [];
  for (const [path, sha] of after) {
    if (!before.has(path)) changes.push({ path, kind: 'added' });
    else if (before.get(path) !== sha) changes.push({ path, kind: 'modified' });
  }
  for (const path of before.keys()) {
    if (!after.has(path)) changes.push({ path, kind: 'deleted' });
  }
  return changes.sort((a, b) => a.path.localeCompare(b.path));
}

export type RowKind = 'hunk' | 'context' | 'add' | 'del';

export interface DiffRow {
  kind: RowKind;
  text: string;
  oldNo?: number;
  newNo?: number;
}

/** A unified diff as rows: hunk headers, then context, removed and added lines with their numbers. */
export function unifiedRows(oldText: string, newText: string, context = 3): DiffRow[] {
  const patch = structuredPatch('a', 'b', oldText, newText, '', '', { context });
  const rows: DiffRow[] = [];
  for (const hunk of patch.hunks) {
    rows.push({
      kind: 'hunk',
      text: `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`,
    });
    let oldNo = hunk.oldStart;
    let newNo = hunk.newStart;
    for (const line of hunk.lines) {
      const mark = line[0];
      const text = line.slice(1);
      if (mark === '+') rows.push({ kind: 'add', text, newNo: newNo++ });
      else if (mark === '-') rows.push({ kind: 'del', text, oldNo: oldNo++ });
      else if (mark === ' ') rows.push({ kind: 'context', text, oldNo: oldNo++, newNo: newNo++ });
      // '\ No newline at end of file' markers are not lines of either file.
    }
  }
  return rows;
}

export interface SplitCell {
  kind: RowKind;
  no?: number;
  text: string;
}

export interface SplitRow {
  left?: SplitCell;
  right?: SplitCell;
}

/** Side by side: context on both sides, a run of removals paired with the additions after it. */
export function splitRows(rows: DiffRow[]): SplitRow[] {
  const out: SplitRow[] = [];
  let i = 0;
  while (i < rows.length) {
    const row = rows[i];
    if (row.kind === 'hunk') {
      out.push({ left: { kind: 'hunk', text: row.text }, right: { kind: 'hunk', text: row.text } });
      i++;
    } else if (row.kind === 'context') {
      out.push({
        left: { kind: 'context', no: row.oldNo, text: row.text },
        right: { kind: 'context', no: row.newNo, text: row.text },
      });
      i++;
    } else {
      const dels: DiffRow[] = [];
      const adds: DiffRow[] = [];
      while (i < rows.length && rows[i].kind === 'del') dels.push(rows[i++]);
      while (i < rows.length && rows[i].kind === 'add') adds.push(rows[i++]);
      for (let k = 0; k < Math.max(dels.length, adds.length); k++) {
        out.push({
          left: dels[k] && { kind: 'del', no: dels[k].oldNo, text: dels[k].text },
          right: adds[k] && { kind: 'add', no: adds[k].newNo, text: adds[k].text },
        });
      }
    }
  }
  return out;
}

export function diffStats(rows: DiffRow[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const row of rows) {
    if (row.kind === 'add') added++;
    else if (row.kind === 'del') removed++;
  }
  return { added, removed };
}
