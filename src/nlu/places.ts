import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Recognized } from './recognizers.js';
import { withoutToneMarks } from './text.js';

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
    /** The province a city or county-level city is in (none for a province or a municipality). */
    province?: { id: string; zh: string; en: string };
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
            province: z.string().optional(),
        }),
    ),
});

/** Reads and checks data/cities.json (written by `npm run cities:build`); each city carries its province's names. */
export async function loadPlaces(file: string): Promise<Place[]> {
    const places = placesFile.parse(JSON.parse(await readFile(file, 'utf8'))).places;
    const provinces = new Map(places.filter((p) => p.level === 'province').map((p) => [p.id, p]));
    return places.map(({ province, ...place }) => {
        const p = province ? provinces.get(province) : undefined;
        if (province && !p) throw new Error(`${file}: ${place.id} is in an unknown province "${province}"`);
        return p ? { ...place, province: { id: p.id, zh: p.zh, en: p.en } } : place;
    });
}

/** English words that are also the pinyin of a place: never read as the place without "city" or "市". */
const EN_WORDS = new Set(['mile', 'bole', 'daye', 'anda', 'hebi', 'luan']);
const EN_CITY = /^(?:city|shi)$/;
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

/** Words just before a place that say it is not the one: "not Haikou", 「不是海口」. */
const NEGATED_BEFORE = /(?:\bnot\s+(?:in\s+)?|不是|不在|没在)$/i;
/** Words just before a place that say the family has left it: "moved from Haikou", 「从海口搬」. */
const LEFT_BEFORE = /(?:\b(?:moved|moving|came|relocated)\s+(?:here\s+)?from\s+|\bfrom\s+|从)$/i;

/** Whether every mention of the place in the text comes right after a negation (or, `before`, other words). */
function negatedIn(text: string, place: Place, before = NEGATED_BEFORE): boolean {
    const said = text.toLowerCase();
    const at: number[] = [];
    for (const name of [place.zh, place.en, ...(place.aliases ?? [])].map((n) => n.toLowerCase())) {
        for (let i = said.indexOf(name); i >= 0; i = said.indexOf(name, i + 1)) at.push(i);
    }
    return at.length > 0 && at.every((i) => before.test(said.slice(Math.max(0, i - 20), i)));
}

/**
 * Finds the place a message names: Chinese name with or without 市 (「海口」「海口市」), pinyin or
 * English with or without "city"/"shi" ("Haikou", "haikou city", "Xi'an", "xian"). The most specific
 * place named wins (a city over its province). County-level cities (there are ~400, some named like
 * ordinary words: 合作, 东方) count only when named with 市 or "city", unless they are in `known`
 * (the places the knowledge base has rules for, e.g. 临湘, 慈溪). Pure.
 */
export class PlaceFinder {
    /** Names (Chinese, or English words joined by spaces) to the places so named. */
    private readonly zhKeys = new Map<string, Key[]>();
    private readonly enKeys = new Map<string, Key[]>();
    private readonly longestZh: number;
    private readonly longestEn: number;

    constructor(places: readonly Place[], options: { known?: ReadonlySet<string> } = {}) {
        const known = options.known ?? new Set<string>();
        const add = (map: Map<string, Key[]>, k: Key) => map.set(k.key, [...(map.get(k.key) ?? []), k]);
        for (const place of places) {
            const bare = place.level !== 'county' || known.has(place.id);
            add(this.zhKeys, { place, key: place.zh, zh: true, needsMarker: !bare });
            for (const en of [place.en, ...(place.aliases ?? [])]) {
                const words = en
                    .toLowerCase()
                    .replace(/[^a-z]+/g, ' ')
                    .trim();
                for (const key of new Set([words, words.replace(/ /g, '')])) {
                    add(this.enKeys, { place, key, zh: false, needsMarker: !bare || EN_WORDS.has(key) });
                }
            }
        }
        this.longestZh = Math.max(...[...this.zhKeys.keys()].map((k) => k.length));
        this.longestEn = Math.max(...[...this.enKeys.keys()].map((k) => k.split(' ').length));
    }

    /** The place the text names, if any. Looks names up by the text's own words: a few map lookups per message. */
    find(text: string): Recognized<Place> {
        const found: Place[] = [];
        const said = withoutToneMarks(text);
        // Chinese: every run of Han characters, longest names first at each position.
        for (const run of said.match(/\p{Script=Han}+/gu) ?? []) {
            for (let i = 0; i < run.length;) {
                let step = 1;
                for (let len = Math.min(this.longestZh, run.length - i); len >= 2; len--) {
                    const hit = this.zhKeys
                        .get(run.slice(i, i + len))
                        ?.find((k) => !k.needsMarker || ZH_CITY.test(run.slice(i + len)));
                    if (hit) {
                        found.push(hit.place);
                        step = len;
                        break;
                    }
                }
                i += step;
            }
        }
        // English and pinyin: runs of one to a few words ("xi an", "inner mongolia", "haikou").
        const words = said
            .toLowerCase()
            .replace(/['’]/g, '')
            .replace(/[^a-z]+/g, ' ')
            .trim()
            .split(' ')
            .filter(Boolean);
        for (let i = 0; i < words.length;) {
            let step = 1;
            for (let n = Math.min(this.longestEn, words.length - i); n >= 1; n--) {
                const key = words.slice(i, i + n).join(' ');
                const next = words[i + n] ?? '';
                // Pinyin typed syllable by syllable ("zhong shan", "wu han") is the name written as one word.
                const hit =
                    this.enKeys.get(key)?.find((k) => !k.needsMarker || EN_CITY.test(next)) ??
                    (n >= 2 && n <= 3 ? this.enKeys.get(key.replace(/ /g, ''))?.find((k) => !k.needsMarker) : undefined);
                if (hit) {
                    found.push(hit.place);
                    step = n;
                    break;
                }
            }
            i += step;
        }
        if (!found.length) return { success: false };
        // A place said not to be it ("sorry not haikou, we moved to Guiyang") gives way to one that is.
        // So does a place left for another ("we moved from haikou to guangzhou", 「我们从海口搬到广州市了」).
        let kept = found.filter((p) => !negatedIn(said, p));
        const stayed = kept.filter((p) => !negatedIn(said, p, LEFT_BEFORE));
        if (stayed.length && stayed.length < kept.length) kept = stayed;
        const best = (kept.length ? kept : found).reduce((a, b) => (RANK[b.level] > RANK[a.level] ? b : a));
        return { success: true, value: best };
    }
}
