/**
 * The conversations the benchmark plays: what a parent says, turn by turn, and a few words each
 * of the bot's replies must contain (so a run where the bot stopped understanding its commands
 * cannot pass for a fast one). Commands are the catalogue's own words (data/locales/*.json) and
 * the replies are those of the walkthrough step tables (test/dialogs/walkthrough.test.ts).
 */

export interface ScriptTurn {
    /** A message, or `null` for the conversationUpdate that adds the user (the bot welcomes them). */
    text: string | null;
    /** Substrings that must all appear in the turn's replies (checked against the real bot only). */
    expect: string[];
}

export interface Script {
    lang: 'en' | 'zh';
    locale: string;
    turns: ScriptTurn[];
    /** How a stored conversation (welcomed long ago, left mid-walkthrough) starts again before turns[1..]. */
    restart: ScriptTurn;
}

export const ENGLISH: Script = {
    lang: 'en',
    locale: 'en-US',
    turns: [
        { text: null, expect: ['Hello!'] },
        { text: "What do I need to bring to activate my child's social security card?", expect: ['What to bring'] },
        { text: 'walk me through the steps', expect: ['Step 1 of 6'] },
        { text: 'next', expect: ['Step 2 of 6'] },
        { text: 'next', expect: ['Step 3 of 6'] },
        { text: 'back', expect: ['Step 2 of 6'] },
        { text: 'why?', expect: ['Why this step:'] },
        { text: 'what is the legal basis?', expect: ['Article 16', 'Say "continue"'] },
    ],
    restart: { text: 'start over', expect: ["OK, let's start over."] },
};

export const CHINESE: Script = {
    lang: 'zh',
    locale: 'zh-CN',
    turns: [
        { text: null, expect: ['您好'] },
        { text: '激活孩子的社保卡要带什么材料？', expect: ['办理材料', '户口簿'] },
        { text: '带我看办理步骤', expect: ['第1步（共6步）'] },
        { text: '下一步', expect: ['第2步（共6步）'] },
        { text: '下一步', expect: ['第3步（共6步）'] },
        { text: '上一步', expect: ['第2步（共6步）'] },
        { text: '为什么', expect: ['为什么要这一步'] },
        { text: '法律依据是什么', expect: ['第十六条', '说“继续”'] },
    ],
    restart: { text: '重新开始', expect: ['好的，我们重新开始。'] },
};

/** Conversations alternate between the two languages. */
export const SCRIPTS: readonly Script[] = [ENGLISH, CHINESE];
