import { describe, expect, it } from 'vitest';
import { changedFiles, diffStats, splitRows, unifiedRows } from './diff';
describe('version diff', () => {
    it('finds added, deleted and modified files by sha', () => {
        const changes = changedFiles([
            { path: 'a.js', size: 1, sha256: '1' },
            { path: 'b.js', size: 1, sha256: '2' },
            { path: 'gone.js', size: 1, sha256: '3' },
        ], [
            { path: 'a.js', size: 1, sha256: '1' },
            { path: 'b.js', size: 2, sha256: '22' },
            { path: 'new.js', size: 1, sha256: '4' },
        ]);
        expect(changes).toEqual([
            { path: 'b.js', kind: 'modified' },
            { path: 'gone.js', kind: 'deleted' },
            { path: 'new.js', kind: 'added' },
        ]);
    });
    it('numbers lines of a unified diff', () => {
        const rows = unifiedRows('one\ntwo\nthree\n', 'one\n2\nthree\nfour\n');
        expect(rows[0].kind).toBe('hunk');
        expect(rows.slice(1)).toEqual([
            { kind: 'context', text: 'one', oldNo: 1, newNo: 1 },
            { kind: 'del', text: 'two', oldNo: 2 },
            { kind: 'add', text: '2', newNo: 2 },
            { kind: 'context', text: 'three', oldNo: 3, newNo: 3 },
            { kind: 'add', text: 'four', newNo: 4 },
        ]);
        expect(diffStats(rows)).toEqual({ added: 2, removed: 1 });
    });
    it('pairs removals with additions side by side', () => {
        const split = splitRows(unifiedRows('a\nb\nc\n', 'a\nB\nc\nd\n'));
        expect(split.slice(1).map((r) => [r.left?.text, r.right?.text])).toEqual([
            ['a', 'a'],
            ['b', 'B'],
            ['c', 'c'],
            [undefined, 'd'],
        ]);
    });
    it('has no rows for equal texts', () => {
        expect(unifiedRows('same\n', 'same\n')).toEqual([]);
    });
});
