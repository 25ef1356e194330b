import type { BoundedContextCanvas } from '../schema/BoundedContext';

/** Bounded Context Canvases of the insurance claims example. */

export const policyAdminCanvas: BoundedContextCanvas = {
  purpose: 'Keeps the record of every policy and answers one question quickly and correctly: was this loss covered?',
  classification: { domain: 'supporting', businessModel: ['compliance'], evolution: 'product' },
  domainRoles: ['Specification', 'Gateway'],
  inbound: [
    { collaborator: 'Underwriter', relationship: 'actor', messageKind: 'command', message: 'Register Policy, Change Coverage, Cancel Policy' },
    { collaborator: 'Claims Intake', relationship: 'OHS', messageKind: 'command', message: 'Verify Coverage' },
  ],
  outbound: [
    { collaborator: 'Claims Intake', relationship: 'PL', messageKind: 'event', message: 'Coverage Verified, Coverage Denied' },
    { collaborator: 'Settlement', relationship: 'shared kernel', messageKind: 'event', message: 'Policy Registered, Coverage Changed' },
    { collaborator: 'Policy Core (mainframe)', relationship: 'external', messageKind: 'command', message: 'Export Policy To Core' },
  ],
  ubiquitousLanguage: [
    { term: 'Policy', definition: 'A contract covering named perils up to limits for a term.' },
    { term: 'Peril', definition: 'A cause of loss: theft, fire, flood, collision…' },
    { term: 'Excess', definition: 'The part of every claim the holder pays.' },
    { term: 'Lapse', definition: 'A policy ending because its term ran out unrenewed.' },
  ],
  businessDecisions: ['Cover is judged at the date of loss.', 'The mainframe stays the legal record until 2027; we mirror into it.'],
  assumptions: ['Coverage answers are needed within 2 seconds while the holder waits in the app.'],
  verificationMetrics: ['Coverage checks answered < 2 s P95.', 'Zero claims accepted on lapsed policies.'],
  openQuestions: ['Who owns pro-rata premium on mid-term changes?'],
};

export const intakeCanvas: BoundedContextCanvas = {
  purpose: 'Receives a claim the moment a loss is reported, checks cover and keeps the policyholder informed until it is closed.',
  classification: { domain: 'core', businessModel: ['engagement', 'costReduction'], evolution: 'customBuilt' },
  domainRoles: ['Funnel', 'Engagement'],
  inbound: [
    { collaborator: 'Policyholder', relationship: 'actor', messageKind: 'command', message: 'Submit Claim, Upload Claim Evidence, Withdraw Claim' },
    { collaborator: 'Policy Administration', relationship: 'ACL', messageKind: 'event', message: 'Coverage Verified, Coverage Denied' },
    { collaborator: 'Claims Assessment', relationship: 'downstream', messageKind: 'event', message: 'Claim Rejected' },
    { collaborator: 'Settlement', relationship: 'conformist', messageKind: 'event', message: 'Settlement Paid' },
  ],
  outbound: [
    { collaborator: 'Policy Administration', relationship: 'ACL', messageKind: 'command', message: 'Verify Coverage' },
    { collaborator: 'Claims Assessment, Fraud Screening', relationship: 'PL', messageKind: 'event', message: 'Claim Accepted, Claim Withdrawn' },
    { collaborator: 'Claims Assessment', relationship: 'PL', messageKind: 'event', message: 'Claim Evidence Uploaded, Evidence Data Extracted' },
    { collaborator: 'Document OCR Service', relationship: 'external', messageKind: 'command', message: 'Extract Evidence Data' },
    { collaborator: 'Policyholder', relationship: 'actor', messageKind: 'query', message: 'My Claims' },
  ],
  ubiquitousLanguage: [
    { term: 'First notice of loss', definition: 'The first report of a loss; creates the claim.' },
    { term: 'Claim', definition: 'A request to be paid for one loss under one policy.' },
    { term: 'Evidence', definition: 'Photos, invoices and reports attached to a claim.' },
    { term: 'Accepted', definition: 'Covered and handed over for assessment; not yet approved.' },
  ],
  businessDecisions: ['A claim without cover is declined immediately, with the reason.', 'Holders may withdraw until approval.'],
  assumptions: ['Most holders report within 48 hours of the loss.'],
  verificationMetrics: ['App submissions ≥ 80%.', 'Submission to acceptance < 1 minute for covered claims.'],
  openQuestions: ['Can brokers submit on behalf of holders?'],
};

export const fraudCanvas: BoundedContextCanvas = {
  purpose: 'Screens every accepted claim for fraud and lets investigators work the suspicious ones without stalling the rest.',
  classification: { domain: 'core', businessModel: ['costReduction', 'compliance'], evolution: 'genesis' },
  domainRoles: ['Analysis', 'Enforcer'],
  inbound: [
    { collaborator: 'Claims Intake', relationship: 'ACL', messageKind: 'event', message: 'Claim Accepted' },
    { collaborator: 'Fraud Scoring Service', relationship: 'external', messageKind: 'event', message: 'Fraud Score Received' },
    { collaborator: 'Fraud Investigator', relationship: 'actor', messageKind: 'command', message: 'Conclude Investigation' },
  ],
  outbound: [
    { collaborator: 'Claims Assessment', relationship: 'partnership', messageKind: 'event', message: 'Fraud Suspected, Investigation Concluded' },
    { collaborator: 'Fraud Scoring Service', relationship: 'external', messageKind: 'command', message: 'Request Fraud Score' },
  ],
  ubiquitousLanguage: [
    { term: 'Score', definition: '0 to 1, the scoring service’s confidence that a claim is fraudulent.' },
    { term: 'Suspected', definition: 'Score of 0.7 or above; assessment pauses.' },
    { term: 'Investigation', definition: 'An investigator’s review of a suspected claim, ending in confirmed or cleared.' },
  ],
  businessDecisions: ['Every accepted claim is scored; no sampling.', 'Only an investigator can clear a suspected claim.'],
  assumptions: ['The scoring service answers within a minute.'],
  verificationMetrics: ['Honest claims held < 5%.', 'Investigations concluded within 10 working days.'],
  openQuestions: ['Hold or pass claims when the scoring service is down?'],
};

export const assessmentCanvas: BoundedContextCanvas = {
  purpose: 'Decides how much an accepted claim is worth and whether we pay it.',
  classification: { domain: 'core', businessModel: ['costReduction'], evolution: 'customBuilt' },
  domainRoles: ['Execution', 'Analysis'],
  inbound: [
    { collaborator: 'Claims Intake', relationship: 'conformist', messageKind: 'event', message: 'Claim Accepted, Claim Withdrawn, Claim Evidence Uploaded, Evidence Data Extracted' },
    { collaborator: 'Fraud Screening', relationship: 'partnership', messageKind: 'event', message: 'Fraud Suspected, Investigation Concluded' },
    { collaborator: 'Claims Handler, Loss Adjuster', relationship: 'actor', messageKind: 'command', message: 'Assign Adjuster, Record Damage Estimate, Approve Claim' },
    { collaborator: 'Repair Network', relationship: 'external', messageKind: 'event', message: 'Repair Quote Received' },
  ],
  outbound: [
    { collaborator: 'Settlement', relationship: 'supplier', messageKind: 'event', message: 'Claim Approved' },
    { collaborator: 'Claims Intake', relationship: 'upstream', messageKind: 'event', message: 'Claim Rejected' },
    { collaborator: 'Repair Network', relationship: 'external', messageKind: 'command', message: 'Request Repair Quote' },
  ],
  ubiquitousLanguage: [
    { term: 'Assessment', definition: 'The file in which a claim’s value is established.' },
    { term: 'Loss adjuster', definition: 'Expert who inspects the damage and estimates it.' },
    { term: 'Estimate', definition: 'The adjuster’s view of what the damage costs.' },
    { term: 'Approved amount', definition: 'What we will pay before the excess is taken off.' },
  ],
  businessDecisions: ['No approval without an estimate.', 'Assessments pause while fraud is suspected.'],
  assumptions: ['Adjusters are in-house for home claims, partners for motor.'],
  verificationMetrics: ['Assessment opened to decision < 3 working days for claims under €2,000.'],
  openQuestions: ['What SLA can we hold the repair network to?'],
};

export const settlementCanvas: BoundedContextCanvas = {
  purpose: 'Pays approved claims: the right amount, to the right account, once.',
  classification: { domain: 'supporting', businessModel: ['compliance'], evolution: 'product' },
  domainRoles: ['Execution', 'Enforcer'],
  inbound: [
    { collaborator: 'Claims Assessment', relationship: 'customer', messageKind: 'event', message: 'Claim Approved' },
    { collaborator: 'Policy Administration', relationship: 'shared kernel', messageKind: 'event', message: 'Policy Registered, Coverage Changed' },
    { collaborator: 'Banking Gateway', relationship: 'external', messageKind: 'event', message: 'Funds Transferred, Transfer Failed' },
    { collaborator: 'Finance Officer', relationship: 'actor', messageKind: 'command', message: 'Approve Payout' },
  ],
  outbound: [
    { collaborator: 'Claims Intake', relationship: 'PL', messageKind: 'event', message: 'Settlement Paid' },
    { collaborator: 'Banking Gateway', relationship: 'external', messageKind: 'command', message: 'Transfer Funds' },
    { collaborator: 'Finance Officer', relationship: 'actor', messageKind: 'query', message: 'Payout Ledger' },
  ],
  ubiquitousLanguage: [
    { term: 'Settlement', definition: 'The payment of one approved claim.' },
    { term: 'Payout', definition: 'Approved amount minus excess.' },
    { term: 'Held', definition: 'A settlement whose transfer failed and waits for a person.' },
  ],
  businessDecisions: ['Four-eyes approval above €10,000.', 'Failed transfers are never retried automatically.'],
  assumptions: ['The holder’s IBAN is known from the policy.'],
  verificationMetrics: ['Approved to paid < 1 working day.', 'Duplicate payouts: 0.'],
  openQuestions: ['May we pay repair shops directly?'],
};
