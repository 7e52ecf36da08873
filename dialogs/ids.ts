/** Dialog ids: one constant each, never repeated as string literals. */
export const ROOT_DIALOG = 'root';
export const WALKTHROUGH_DIALOG = 'walkthrough';
export const ACTIVATION_DIALOG = 'activation';
export const ACTIVATION_STEPS = 'activation.steps';
export const CARD_PROMPT = 'activation.cardPrompt';
