import type { Next, Request, Response } from 'restify';

/**
 * Turns away request bodies the body parser would mishandle, before a byte of them is read:
 *
 * - a compressed body (`Content-Encoding` other than `identity`): restify inflates gzip without a
 *   limit and checks `maxBodySize` against the compressed size only, so a 200 KB gzip body can become
 *   hundreds of megabytes in memory. No Bot Framework channel or Direct Line client compresses what it
 *   posts to a bot, so compressed bodies are refused with 415;
 * - a declared `Content-Length` over the limit: 413 at once, rather than after reading it all.
 *
 * Bodies sent without a length (chunked) are still counted by the body parser as they arrive.
 */
export function bodyGuard(maxBodyBytes: number) {
    return (req: Request, res: Response, next: Next): void => {
        const encoding = req.headers['content-encoding']?.trim().toLowerCase();
        if (encoding && encoding !== 'identity') {
            res.json(415, { error: 'compressed request bodies are not accepted; send the body uncompressed' });
            next(false);
            return;
        }
        const declared = Number(req.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBodyBytes) {
            // The client may still be sending: close the connection after answering.
            res.header('Connection', 'close');
            res.json(413, { error: `request body too large (limit ${maxBodyBytes} bytes)` });
            next(false);
            return;
        }
        next();
    };
}
