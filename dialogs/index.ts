import type { GuidedFlow } from '../src/core/flow.js';
import { activation } from './activation.js';
import { walkthrough } from './walkthrough.js';

/**
 * The guided flows, in the order they have the next message when two are open (a question asked in
 * the middle of the walkthrough is answered first). Adding a flow: its file here, one line below.
 */
export const FLOWS: readonly GuidedFlow[] = [activation as GuidedFlow, walkthrough as GuidedFlow];
