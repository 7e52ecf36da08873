import type { ReplyMeta } from './reply.js';

/** What a catalogue line said by the core is, from its key (see {@link ReplyMeta}). */
export function lineMeta(key: string, vars: Record<string, string | number> = {}): ReplyMeta | undefined {
    if (key.startsWith('handoff.') || key === 'human') return { kind: 'handoff' };
    if (key === 'help' || key.startsWith('lang.') || key === 'step.nothingToResume') return { kind: 'menu' };
    if (key.startsWith('step.')) return typeof vars.n === 'number' ? { kind: 'step', step: vars.n } : { kind: 'step' };
    if (key === 'choice.retry' || key.startsWith('clarify.')) return { kind: 'clarify' };
    if (key.startsWith('memory.')) return { kind: 'ack' };
    return undefined;
}
