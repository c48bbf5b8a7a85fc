/**
 * Server-Sent Events over fetch. EventSource cannot send an Authorization header, so the stream
 * is read with fetch and parsed here, following the WHATWG event-stream format.
 */
/** Incremental parser: feed it text as it arrives, in pieces of any size. */
export class SseParser {
    buffer = '';
    pendingCarriageReturn = false;
    eventType = '';
    data = [];
    lastEventId = null;
    /** Reconnection delay the server asked for with `retry:`, if any. */
    retryMs = null;
    feed(chunk) {
        const events = [];
        let text = chunk;
        // A CRLF may be split across two chunks: the CR ended the line already, skip its LF.
        if (this.pendingCarriageReturn && text.startsWith('\n'))
            text = text.slice(1);
        this.pendingCarriageReturn = false;
        this.buffer += text;
        let start = 0;
        for (let i = 0; i < this.buffer.length; i++) {
            const c = this.buffer[i];
            if (c !== '\n' && c !== '\r')
                continue;
            const line = this.buffer.slice(start, i);
            if (c === '\r') {
                if (i + 1 < this.buffer.length) {
                    if (this.buffer[i + 1] === '\n')
                        i++;
                }
                else {
                    this.pendingCarriageReturn = true;
                }
            }
            start = i + 1;
            const event = this.line(line);
            if (event)
                events.push(event);
        }
        this.buffer = this.buffer.slice(start);
        return events;
    }
    line(line) {
        if (line === '')
            return this.dispatch();
        if (line.startsWith(':'))
            return null;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        let value = colon === -1 ? '' : line.slice(colon + 1);
        if (value.startsWith(' '))
            value = value.slice(1);
        switch (field) {
            case 'event':
                this.eventType = value;
                break;
            case 'data':
                this.data.push(value);
                break;
            case 'id':
                if (!value.includes('\0'))
                    this.lastEventId = value;
                break;
            case 'retry':
                if (/^\d+$/.test(value))
                    this.retryMs = Number(value);
                break;
            default:
                break;
        }
        return null;
    }
    dispatch() {
        const hasData = this.data.length > 0;
        const event = {
            id: this.lastEventId,
            event: this.eventType || 'message',
            data: this.data.join('\n'),
        };
        this.eventType = '';
        this.data = [];
        return hasData ? event : null;
    }
}
