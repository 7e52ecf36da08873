import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Recognized } from './recognizers.js';

/** A place a parent may name: a province, a prefecture-level city or a county-level city (data/cities.json). */
export interface Place {
    /** Stable id: the pinyin, lower case, no spaces (`haikou`, `xian`); `-city`/`-county` when two share one. */
    id: string;
    /** The short Chinese name, without 市/省 (`海口`). */
    zh: string;
    /** The usual English name (`Haikou`, `Xi'an`). */
    en: string;
    level: 'province' | 'city' | 'county';
    /** Other spellings people type (`xian`, `huhehaote`). */
    aliases?: string[];
}

const placesFile = z.object({
    source: z.string(),
    places: z.array(
        z.object({
            id: z.string().regex(/^[a-z]+(?:-[a-z]+)?$/),
            zh: z.string().min(2),
            en: z.string().min(2),
            level: z.enum(['province', 'city', 'county']),
            aliases: z.array(z.string().min(2)).optional(),
        }),
    ),
});

/** Reads and checks data/cities.json (written by `npm run cities:build`). */
export async function loadPlaces(file: string): Promise<Place[]> {
    return placesFile.parse(JSON.parse(await readFile(file, 'utf8'))).places;
}

/** English words that are also the pinyin of a place: never read as the place without "city" or "市". */
const EN_WORDS = new Set(['mile', 'bole', 'daye', 'anda', 'hebi', 'luan']);
const EN_CITY = /^(?:city|shi)\b/;
const ZH_CITY = /^市/;
/** How specific a place is: a county-level city named with 市 beats its prefecture, which beats a province. */
const RANK = { province: 0, city: 1, county: 2 } as const;

interface Key {
    place: Place;
    /** Lower case; English keys are space-separated words. */
    key: string;
    zh: boolean;
    /** Only with 市 / "city" after it (county-level cities, and words that are also English words). */
    needsMarker: boolean;
}

/**
 * Finds the place a message names: Chinese name with or without 市 (「海口」「海口市」), pinyin or
 * English with or without "city"/"shi" ("Haikou", "haikou city", "Xi'an", "xian"). The most specific
 * place named wins (a city over its province). County-level cities (there are ~400, some named like
 * ordinary words: 合作, 东方) count only when named with 市 or "city", unless they are in `known`
 * (the places the knowledge base has rules for, e.g. 临湘, 慈溪). Pure.
 */
export class PlaceFinder {
    private readonly zhKeys: Key[];
    private readonly enKeys: Key[];

    constructor(places: readonly Place[], options: { known?: ReadonlySet<string> } = {}) {
        const known = options.known ?? new Set<string>();
        const keys: Key[] = [];
        for (const place of places) {
            const bare = place.level !== 'county' || known.has(place.id);
            keys.push({ place, key: place.zh, zh: true, needsMarker: !bare });
            for (const en of [place.en, ...(place.aliases ?? [])]) {
                const words = en
                    .toLowerCase()
                    .replace(/[^a-z]+/g, ' ')
                    .trim();
                for (const key of new Set([words, words.replace(/ /g, '')])) {
                    keys.push({ place, key, zh: false, needsMarker: !bare || EN_WORDS.has(key) });
                }
            }
        }
        // Longest names first, so 「海南」 does not hide 「海南藏族」 and "inner mongolia" is one name.
        const byLength = (a: Key, b: Key) => b.key.length - a.key.length;
        this.zhKeys = keys.filter((k) => k.zh).sort(byLength);
        this.enKeys = keys.filter((k) => !k.zh).sort(byLength);
    }

    /** The place the text names, if any. */
    find(text: string): Recognized<Place> {
        const found: Place[] = [];
        const zh = text.normalize('NFKC');
        if (/\p{Script=Han}/u.test(zh)) {
            let rest = zh;
            for (const k of this.zhKeys) {
                let at = rest.indexOf(k.key);
                while (at >= 0) {
                    const after = rest.slice(at + k.key.length);
                    if (!k.needsMarker || ZH_CITY.test(after)) {
                        found.push(k.place);
                        // Blank it out so a shorter name inside it is not found again.
                        rest = rest.slice(0, at) + ' '.repeat(k.key.length) + after;
                        break;
                    }
                    at = rest.indexOf(k.key, at + 1);
                }
            }
        }
        const words = ` ${zh
            .toLowerCase()
            .replace(/['’]/g, '')
            .replace(/[^a-z]+/g, ' ')
            .trim()} `;
        if (words.trim()) {
            let rest = words;
            for (const k of this.enKeys) {
                const at = rest.indexOf(` ${k.key} `);
                if (at < 0) continue;
                const after = rest.slice(at + k.key.length + 2);
                if (k.needsMarker && !EN_CITY.test(after)) continue;
                found.push(k.place);
                rest = rest.slice(0, at) + ' '.repeat(k.key.length + 2) + after;
            }
        }
        if (!found.length) return { success: false };
        const best = found.reduce((a, b) => (RANK[b.level] > RANK[a.level] ? b : a));
        return { success: true, value: best };
    }
}
