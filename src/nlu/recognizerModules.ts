/**
 * The Microsoft recognizers this bot uses, loaded when first needed. Loading them is a good part of start-up
 * (the number and choice recognizers about 35 ms, the age and date-time ones about half a second), so the
 * modules of src/nlu name them by type only; the edge (src/nlu/loadRecognizers.ts) gives the loader (a
 * require), and the server loads the number and choice recognizers just after it starts listening
 * ({@link warmRecognizers}), so start-up does not wait for them and the first message does not either.
 */
type NumberModule = typeof import('@microsoft/recognizers-text-number');
type ChoiceModule = typeof import('@microsoft/recognizers-text-choice');
type AgeModule = typeof import('@microsoft/recognizers-text-number-with-unit');
type DateTimeModule = typeof import('@microsoft/recognizers-text-date-time');

export interface RecognizerModules {
    number(): NumberModule;
    choice(): ChoiceModule;
    age(): AgeModule;
    dateTime(): DateTimeModule;
}

/** The recognizers' culture codes (their `Culture.Chinese` and `Culture.English`, without loading them). */
export const CULTURE = { zh: 'zh-cn', en: 'en-us' } as const;

let modules: RecognizerModules | undefined;
const loaded: { number?: NumberModule; choice?: ChoiceModule; age?: AgeModule; dateTime?: DateTimeModule } = {};

/** Gives the recognizers' loader; called once by the edge (src/nlu/loadRecognizers.ts) before any message. */
export function provideRecognizers(loader: RecognizerModules): void {
    modules = loader;
}

const loader = (): RecognizerModules => {
    if (!modules) throw new Error('the recognizers were not provided: import src/nlu/loadRecognizers.js at start-up');
    return modules;
};

export const numberRecognizer = (): NumberModule => (loaded.number ??= loader().number());
export const choiceRecognizer = (): ChoiceModule => (loaded.choice ??= loader().choice());
export const ageRecognizer = (): AgeModule => (loaded.age ??= loader().age());
export const dateTimeRecognizer = (): DateTimeModule => (loaded.dateTime ??= loader().dateTime());

/** Loads the recognizers nearly every message needs (numbers, yes/no), if not loaded yet. */
export function warmRecognizers(): void {
    numberRecognizer();
    choiceRecognizer();
}
