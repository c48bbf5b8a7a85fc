import { describe, expect, it } from 'vitest';
import { SseParser } from './sse';
describe('SseParser', () => {
    it('parses id, event and multi-line data, and skips comments', () => {
        const parser = new SseParser();
        const events = parser.feed(': keep-alive\n\nid: 1\nevent: status\ndata: {"status":\ndata: "running"}\n\n');
        expect(events).toEqual([{ id: '1', event: 'status', data: '{"status":\n"running"}' }]);
    });
    it('joins events split anywhere across chunks, CRLF included', () => {
        const text = 'id: 7\r\nevent: file_delta\r\ndata: {"text":"héllo"}\r\n\r\nid: 8\r\ndata: x\r\n\r\n';
        for (let cut = 1; cut < text.length; cut++) {
            const parser = new SseParser();
            const events = [...parser.feed(text.slice(0, cut)), ...parser.feed(text.slice(cut))];
            expect(events).toEqual([
                { id: '7', event: 'file_delta', data: '{"text":"héllo"}' },
                { id: '8', event: 'message', data: 'x' },
            ]);
        }
    });
    it('does not dispatch an event without data, and keeps the last id', () => {
        const parser = new SseParser();
        expect(parser.feed('id: 3\n\n')).toEqual([]);
        expect(parser.feed('data: a\n\n')).toEqual([{ id: '3', event: 'message', data: 'a' }]);
    });
    it('reads the retry field and values without a space after the colon', () => {
        const parser = new SseParser();
        expect(parser.feed('retry: 2500\nevent:summary\ndata:{"text":"ok"}\n\n')).toEqual([
            { id: null, event: 'summary', data: '{"text":"ok"}' },
        ]);
        expect(parser.retryMs).toBe(2500);
    });
});
