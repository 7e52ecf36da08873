import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { OFF_TOPIC, TopicMatcher } from '../../src/nlu/matcher.js';
import { detectLanguage } from '../../src/nlu/text.js';

let matcher: TopicMatcher;
beforeAll(async () => {
    matcher = new TopicMatcher(await loadKnowledgeBase('data/kb.json'));
});

describe('topic matcher', () => {
    it.each([
        ['What do I need to bring to activate my child’s social security card?', 'documents'],
        ['documants for my kids card??', 'documents'],
        ['社保卡 activate 要带什么', 'documents'],
        ['激活孩子社保卡需要带什么证件', 'documents'],
        ['how do i activte the card on my phone', 'activation'],
        ['宝宝的社保卡在哪激活', 'activation'],
        ['what are the steps to get the card', 'process'],
        ['社保卡办理流程', 'process'],
        ['信息核对要多久', 'not-covered'],
        ['where do they take the photo', 'photo'],
        ['which law says this', 'legal-basis'],
        ['法律依据是什么', 'legal-basis'],
        ['电子社保卡和实体卡有什么区别', 'card-kinds'],
        ['is my kids data safe', 'privacy'],
        ['how much does the card cost', 'not-covered'],
        ['孩子的社保卡丢了怎么办', 'lost-card'],
        ['新生儿多久内要参保', 'newborn-insurance'],
        // Age words lead to the answer about young children, not to "not covered" (phrasings not among the samples).
        ['my 8 month old baby, can she have a social security card', 'child-eligibility'],
        ['娃刚满月 能办社保卡不', 'child-eligibility'],
        ['can grandma apply for the card for us', 'who-can-act'],
    ])('%s → %s', (text, intent) => {
        expect(matcher.match(text).intent).toBe(intent);
    });

    it.each([
        'how do I renew my passport',
        'what is the weather tomorrow',
        'how do I activate my credit card',
        '公积金怎么提取',
        '给孩子办护照',
        'qwertyuiop',
        '讲个笑话',
    ])('declines the off-topic %s', (text) => {
        expect(matcher.match(text).intent).toBe(OFF_TOPIC);
    });
});

describe('off-topic near misses and very short messages (issue #17)', () => {
    // Phrasings not among the samples: they share the domain's words (insurance, activate, card, photo).
    it.each([
        "what's a good car insurance for a family SUV",
        'where can I renew the car insurance',
        '我想给车买保险',
        'how to activate my new credit card from ICBC',
        '工商银行信用卡怎么激活',
        '我妈的养老金卡怎么激活',
        'how do i apply for a home loan',
        '我的退休金什么时候到账',
        'how do I get a passport photo for my baby',
        "children's life insurance worth it?",
        'does my kid need a visa for Japan',
    ])('declines %s', (text) => {
        expect(matcher.match(text).intent).toBe(OFF_TOPIC);
    });

    // One word or a fragment is not declined: it goes to the topic it most likely means (the bot may ask which).
    it.each([
        ['that card??', 'card-kinds'],
        ['卡呢', 'card-kinds'],
        ['激活呢', 'activation'],
        ['photos??', 'photo'],
        ['要挂失', 'lost-card'],
        ['can it be done on a phone', 'activation'],
        ['是否可以在手机上办理', 'activation'],
        ['can a grandparent do it', 'who-can-act'],
        ['孩子两个月大，先办啥', 'newborn-insurance'],
    ])('%s → %s', (text, intent) => {
        expect(matcher.match(text).intent).toBe(intent);
    });
});

describe('language detection', () => {
    it.each([
        ['what documents do I need', 'en'],
        ['需要带什么材料', 'zh'],
        ['社保卡 activate 要带什么', 'zh'],
        ['how to activate 医保电子凭证', 'en'],
        ['2', null],
        ['ok', null],
        ['👍', null],
    ] as const)('%s → %s', (text, lang) => {
        expect(detectLanguage(text)).toBe(lang);
    });
});
