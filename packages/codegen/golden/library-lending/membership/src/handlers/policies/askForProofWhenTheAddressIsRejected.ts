// Policy: Ask for proof when the address is rejected (automated policy, sticky ll-pol-ask-for-proof-when-the-address-is-rejected)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['askForProofWhenTheAddressIsRejected'] = (ctx, event) => defaults.askForProofWhenTheAddressIsRejected(ctx, event);
