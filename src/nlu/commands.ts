import type { Command } from '../i18n.js';
import { LANGS, type Lang } from '../kb/schema.js';
import { normalize } from './text.js';

/** Commands that may appear inside a longer message ("can I talk to a person please"). */
const FOUND_INSIDE: ReadonlySet<Command> = new Set(['human', 'english', 'chinese', 'walkthrough', 'where']);
/** Courtesy words trimmed before comparing ("next please", "继续吧"). */
const EN_FILLER = /^(?:ok(?:ay)?|so|and|um+|hmm+|well|pls|please)\s+|\s+(?:please|pls|thanks|thank you|then)$/;
const ZH_FILLER = /^(?:好的|好|嗯|那|那么|请)|(?:吧|呢|啊|呀|吗|谢谢|一下)$/;

/** Catalogue phrases, normalised once: every message is compared with the same few hundred of them. */
const normalizedPhrases = new Map<string, string>();

function normalizedPhrase(phrase: string): string {
    let norm = normalizedPhrases.get(phrase);
    if (norm === undefined) {
        norm = normalize(phrase);
        if (normalizedPhrases.size < 10_000) normalizedPhrases.set(phrase, norm);
    }
    return norm;
}

/** A normalised message without courtesy words around it ("activate pls", 「激活一下」). */
export function trimFiller(text: string): string {
    let out = text;
    for (let i = 0; i < 3; i++) {
        const next = out.replace(EN_FILLER, '').replace(ZH_FILLER, '').trim();
        if (next === out) break;
        out = next;
    }
    return out;
}

/**
 * Recognises a command from the catalogue's phrases in either language: the whole message
 * ("next", "下一步", "why?"), or, for a few commands, a phrase inside a short message
 * ("I'd like to talk to a person", "转人工谢谢"). Navigation words are only taken from a whole
 * message, so "why do I need the hukou book" stays a question.
 */
export function recognizeCommand(text: string, phrases: (lang: Lang) => Record<Command, string[]>): Command | null {
    const norm = normalize(text);
    if (!norm) return null;
    const trimmed = trimFiller(norm);
    const short = norm.split(' ').length <= 8 && [...norm.replace(/\s/g, '')].length <= 40;
    let inside: { command: Command; length: number } | null = null;
    for (const lang of LANGS) {
        for (const [command, list] of Object.entries(phrases(lang)) as [Command, string[]][]) {
            if (command === 'yes' || command === 'no') continue;
            for (const p of list) {
                const phrase = normalizedPhrase(p);
                if (!phrase) continue;
                if (phrase === norm || phrase === trimmed) return command;
                const multiword = lang === 'zh' ? [...phrase].length >= 2 : phrase.includes(' ');
                if (!multiword || !FOUND_INSIDE.has(command)) continue;
                if (!short && command !== 'human') continue;
                const found = lang === 'zh' ? norm.includes(phrase) : ` ${norm} `.includes(` ${phrase} `);
                if (found && (!inside || phrase.length > inside.length)) inside = { command, length: phrase.length };
            }
        }
    }
    return inside?.command ?? null;
}
