/**
 * Which of `names` occur in `text` (exact substrings, as `text.includes(name)` would say): one pass over the text,
 * looking up each position's first two characters, instead of one search of the whole text per name. Start-up
 * (src/app.ts) asks this of the knowledge base's text for 700 places: 1,400 searches of 170,000 characters were
 * 0.1-0.2 s of CPU.
 */
export function namesIn(text: string, names: Iterable<string>): Set<string> {
    const found = new Set<string>();
    const byStart = new Map<number, string[]>();
    for (const name of names) {
        if (name.length < 2) {
            if (text.includes(name)) found.add(name);
            continue;
        }
        const key = name.charCodeAt(0) * 0x10000 + name.charCodeAt(1);
        const list = byStart.get(key);
        if (list) list.push(name);
        else byStart.set(key, [name]);
    }
    for (let i = 0; i + 1 < text.length; i++) {
        const candidates = byStart.get(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
        if (!candidates) continue;
        for (const name of candidates) if (!found.has(name) && text.startsWith(name, i)) found.add(name);
    }
    return found;
}
