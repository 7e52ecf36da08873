import type { Next, Request, Response } from 'restify';

export interface BodyPolicy {
    /** Largest body read, in bytes, however it is sent (with a length or chunked). */
    maxBytes: number;
    /** Paths whose bodies are XML (WeChat's server URL); every other path takes JSON only. */
    xmlPaths?: readonly string[];
}

const XML_TYPES = new Set(['text/xml', 'application/xml', 'text/plain', '']);

/** The media type of a request, lower-case, without parameters ('' when none is given). */
function mediaType(req: Request): string {
    const header = req.headers['content-type'];
    return (typeof header === 'string' ? header.split(';')[0]! : '').trim().toLowerCase();
}

const isJson = (type: string) => type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);

function hasBody(req: Request): boolean {
    if (req.headers['transfer-encoding'] !== undefined) return true;
    const length = Number(req.headers['content-length'] ?? 0);
    return !Number.isFinite(length) || length > 0;
}

/**
 * Reads request bodies in memory, taking only what each route needs: JSON everywhere, XML on the WeChat
 * path. A multipart, form or any other body is refused (415) before a byte of it is read, so nothing is
 * ever written to disk; a body over `maxBytes` is refused (413) as soon as the count passes the limit,
 * whether or not it declared a length (chunked bodies are counted as they arrive). Sets `req.body` (the
 * parsed JSON, or the XML text) and `req.rawBody` (the bytes). Replaces restify's bodyParser, which
 * accepts multipart uploads into the temp folder and counts only declared lengths before parsing.
 */
export function bodyReader(policy: BodyPolicy) {
    const xmlPaths = new Set(policy.xmlPaths ?? []);
    return (req: Request, res: Response, next: Next): void => {
        if (!hasBody(req)) return next();
        const type = mediaType(req);
        const xml = xmlPaths.has(req.path());
        if (!(xml ? XML_TYPES.has(type) : isJson(type))) {
            // Unread: the connection closes after the answer rather than draining what the client sends.
            res.header('Connection', 'close');
            res.json(415, { error: xml ? 'send the message as XML' : 'send the body as application/json' });
            return next(false);
        }
        const chunks: Buffer[] = [];
        let size = 0;
        let done = false;
        const finish = (fn: () => void) => {
            if (done) return;
            done = true;
            req.off('data', onData);
            fn();
        };
        const onData = (chunk: Buffer) => {
            size += chunk.length;
            if (size > policy.maxBytes) {
                finish(() => {
                    chunks.length = 0;
                    req.pause();
                    res.header('Connection', 'close');
                    res.json(413, { error: `request body too large (limit ${policy.maxBytes} bytes)` });
                    next(false);
                });
                return;
            }
            chunks.push(chunk);
        };
        req.on('data', onData);
        // A client that goes away mid-body: nothing to answer, nothing to log.
        req.on('error', () => finish(() => next(false)));
        req.on('end', () =>
            finish(() => {
                const raw = Buffer.concat(chunks, size);
                (req as Request & { rawBody?: Buffer }).rawBody = raw;
                if (xml) {
                    req.body = raw.toString('utf8');
                    return next();
                }
                if (!raw.length) return next();
                try {
                    req.body = JSON.parse(raw.toString('utf8')) as unknown;
                } catch {
                    res.json(400, { error: 'invalid JSON' });
                    return next(false);
                }
                next();
            }),
        );
    };
}
