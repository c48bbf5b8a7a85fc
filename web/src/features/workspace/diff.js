import { structuredPatch } from 'diff';
/** Files that differ between two versions, by sha256 (so only those need fetching). */
export function changedFiles(from, to) {
    const before = new Map(from.map((f) => [f.path, f.sha256]));
    const after = new Map(to.map((f) => [f.path, f.sha256]));
    const changes = [];
    for (const [path, sha] of after) {
        if (!before.has(path))
            changes.push({ path, kind: 'added' });
        else if (before.get(path) !== sha)
            changes.push({ path, kind: 'modified' });
    }
    for (const path of before.keys()) {
        if (!after.has(path))
            changes.push({ path, kind: 'deleted' });
    }
    return changes.sort((a, b) => a.path.localeCompare(b.path));
}
/** A unified diff as rows: hunk headers, then context, removed and added lines with their numbers. */
export function unifiedRows(oldText, newText, context = 3) {
    const patch = structuredPatch('a', 'b', oldText, newText, '', '', { context });
    const rows = [];
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
            if (mark === '+')
                rows.push({ kind: 'add', text, newNo: newNo++ });
            else if (mark === '-')
                rows.push({ kind: 'del', text, oldNo: oldNo++ });
            else if (mark === ' ')
                rows.push({ kind: 'context', text, oldNo: oldNo++, newNo: newNo++ });
            // '\ No newline at end of file' markers are not lines of either file.
        }
    }
    return rows;
}
/** Side by side: context on both sides, a run of removals paired with the additions after it. */
export function splitRows(rows) {
    const out = [];
    let i = 0;
    while (i < rows.length) {
        const row = rows[i];
        if (row.kind === 'hunk') {
            out.push({ left: { kind: 'hunk', text: row.text }, right: { kind: 'hunk', text: row.text } });
            i++;
        }
        else if (row.kind === 'context') {
            out.push({
                left: { kind: 'context', no: row.oldNo, text: row.text },
                right: { kind: 'context', no: row.newNo, text: row.text },
            });
            i++;
        }
        else {
            const dels = [];
            const adds = [];
            while (i < rows.length && rows[i].kind === 'del')
                dels.push(rows[i++]);
            while (i < rows.length && rows[i].kind === 'add')
                adds.push(rows[i++]);
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
export function diffStats(rows) {
    let added = 0;
    let removed = 0;
    for (const row of rows) {
        if (row.kind === 'add')
            added++;
        else if (row.kind === 'del')
            removed++;
    }
    return { added, removed };
}
