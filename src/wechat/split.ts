/** WeChat's limit for one text message (passive reply or customer-service message), in UTF-8 bytes. */
export const WECHAT_TEXT_MAX_BYTES = 2048;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Splits text into messages of at most `maxBytes` UTF-8 bytes: whole paragraphs together where
 * they fit, then lines, then characters (never inside a character, nor inside an emoji or a
 * character with combining marks, which would show as garbage).
 */
export function splitUtf8(text: string, maxBytes = WECHAT_TEXT_MAX_BYTES): string[] {
    if (bytes(text) <= maxBytes) return text ? [text] : [];
    const out: string[] = [];
    for (const piece of pieces(text, maxBytes)) {
        const last = out.at(-1);
        const joined = last === undefined ? piece.text : `${last}${piece.sep}${piece.text}`;
        if (last !== undefined && bytes(joined) <= maxBytes) out[out.length - 1] = joined;
        else out.push(piece.text);
    }
    return out.filter((s) => s.trim());
}

/** Pieces no longer than maxBytes, each with the separator that stood before it. */
function* pieces(text: string, maxBytes: number): Generator<{ text: string; sep: string }> {
    for (const [i, paragraph] of text.split(/\n\n/).entries()) {
        const sep = i ? '\n\n' : '';
        if (bytes(paragraph) <= maxBytes) {
            yield { text: paragraph, sep };
            continue;
        }
        for (const [j, line] of paragraph.split('\n').entries()) {
            const lineSep = j ? '\n' : sep;
            if (bytes(line) <= maxBytes) {
                yield { text: line, sep: lineSep };
                continue;
            }
            let chunk = '';
            let first = true;
            for (const { segment } of graphemes.segment(line)) {
                if (chunk && bytes(chunk + segment) > maxBytes) {
                    yield { text: chunk, sep: first ? lineSep : '' };
                    first = false;
                    chunk = '';
                }
                chunk += segment;
            }
            if (chunk) yield { text: chunk, sep: first ? lineSep : '' };
        }
    }
}
