// Conclude Investigation (POST /fraud-checks/{fraudCheckId}/conclude-investigation)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/fraudCheck.js';

/**
 * The default changes the FraudCheck and publishes InvestigationConcluded. Refusing it (refuse.concludeInvestigation) publishes InvestigationConclusionRefused instead.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.concludeInvestigation(ctx, input, reason)`: it publishes InvestigationConclusionRefused
 * and answers 409 problem+json.
 */
export const handler: CommandHandlers['concludeInvestigation'] = (ctx, input) => defaults.concludeInvestigation(ctx, input);
