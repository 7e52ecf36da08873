import { createRequire } from 'node:module';
import { provideRecognizers } from './recognizerModules.js';

/**
 * Edge: gives src/nlu its loader for the Microsoft recognizers (a require on first use, so start-up does not pay
 * for them; the suite's own modules, not the suite, which would also load unit and sequence recognizers this bot
 * does not use). Imported for its effect by src/app.ts and by tests that call the recognizers directly.
 */
const load = createRequire(import.meta.url);
provideRecognizers({
    number: () => load('@microsoft/recognizers-text-number') as typeof import('@microsoft/recognizers-text-number'),
    choice: () => load('@microsoft/recognizers-text-choice') as typeof import('@microsoft/recognizers-text-choice'),
    age: () =>
        load(
            '@microsoft/recognizers-text-number-with-unit',
        ) as typeof import('@microsoft/recognizers-text-number-with-unit'),
    dateTime: () =>
        load('@microsoft/recognizers-text-date-time') as typeof import('@microsoft/recognizers-text-date-time'),
});
