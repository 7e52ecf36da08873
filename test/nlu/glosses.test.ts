import { describe, expect, it } from '@jest/globals';
import type { KnowledgeBase } from '../../src/kb/schema.js';
import { FeatureExtractor, parseGlosses } from '../../src/nlu/features.js';
import { GLOSSES } from '../../src/nlu/glosses.js';
import { OFF_TOPIC, TopicMatcher } from '../../src/nlu/matcher.js';

const table = parseGlosses('闺女\tdaughter\n照片\tphotograph pictur\n丢失\tlose');

/** A knowledge base whose samples are all English: only glosses can carry a Chinese message to a topic. */
function englishOnlyKb(): KnowledgeBase {
    const samples = (...en: string[]) => ({ en, zh: [] });
    return {
        topics: [
            {
                id: 'photo',
                samples: samples('photo for the card', 'picture size', 'photograph requirements', 'take a picture'),
            },
            { id: 'lost-card', samples: samples('I lost the card', 'lost my card', 'we lose cards', 'card lost') },
        ],
        offTopic: { samples: samples('weather today', 'tell me a joke', 'football scores') },
        concepts: [],
        domainTerms: { en: ['card'], zh: ['卡'] },
    } as unknown as KnowledgeBase;
}

describe('glosses of Chinese words', () => {
    it('parses the bundled CC-CEDICT table into word stems', () => {
        const bundled = parseGlosses(GLOSSES);
        expect(bundled.size).toBeGreaterThan(1000);
        expect(bundled.get('闺女')).toContain('daughter');
    });

    it('gives a Chinese word the English word features of its glosses', () => {
        const withGlosses = new FeatureExtractor([], [], {}, table).extract('闺女的照片');
        const without = new FeatureExtractor([], []).extract('闺女的照片');
        expect(withGlosses.has('w:daughter')).toBe(true);
        expect(withGlosses.has('w:photograph')).toBe(true);
        expect(without.has('w:daughter')).toBe(false);
    });

    it('lets samples in one language teach the other', () => {
        const kb = englishOnlyKb();
        const glossed = new TopicMatcher(kb, { glosses: table });
        const plain = new TopicMatcher(kb, { glosses: new Map() });
        expect(glossed.match('照片').intent).toBe('photo');
        expect(glossed.match('卡丢失').intent).toBe('lost-card');
        expect(plain.match('照片').intent).toBe(OFF_TOPIC);
    });
});
