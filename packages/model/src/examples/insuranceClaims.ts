import type { Board } from '../schema/Board';
import { BoardBuilder } from './builder';
import { fraudCanvas, intakeCanvas, policyAdminCanvas } from './insuranceClaimsCanvases';
import { assessmentAndSettlement } from './insuranceClaimsSettlement';

const claim = { 'claimId: uuid': 'The claim' } as const;
const policyNo = { 'policyNumber: string': 'Policy number, e.g. "HM-2024-001234"' } as const;

/** Motor and home insurance claims, from first notice of loss to payout. */
export function insuranceClaims(): Board {
  const b = new BoardBuilder('ic', 'Insurance claims handling');

  b.goal('Pay straightforward claims within 5 working days', [
    'Median submission-to-payout of claims under €2,000 is 5 working days or less',
    '80% of claims are submitted in the app, not by phone',
  ], 'pay-in-5-days');
  b.goal('Catch fraud without slowing honest customers', [
    'Confirmed fraud detected before payout up 20%',
    'At most 5% of honest claims held for investigation',
  ], 'catch-fraud');
  b.nonGoal('Underwriting and pricing of new policies', ['Quotes stay in the existing quote engine'], 'underwriting');
  b.nonGoal('Life and health claims', ['Only motor and home claims are modelled'], 'life-and-health');

  const holderLane = b.lane('Policyholder');
  const handlingLane = b.lane('Claims handling');
  const financeLane = b.lane('Underwriting and finance');

  // ── Policy Administration ───────────────────────────────────────────────────
  const pa = b.context('Policy Administration', '#7F8C8D', financeLane, policyAdminCanvas);
  const underwriter = pa.actor('Underwriter', { at: 0 });
  const console_ = pa.ui('Policy Admin Console', { at: 0 });
  const insPolicy = pa.aggregate('Insurance Policy', {
    at: 0, span: 7,
    description: 'Invariants: coverage is judged at the date of loss; a cancelled or lapsed policy covers nothing after its end date.',
    fields: { ...policyNo, 'holderId: uuid': 'Policyholder', 'product: string': 'motor or home', 'coverages: string[]': 'Covered perils with limits', 'excess: money': 'Amount the holder pays per claim', 'startsOn: date': 'Start of cover', 'endsOn: date': 'End of term', 'status: string': 'active, cancelled, lapsed' },
  });
  const registerPolicy = pa.command('Register Policy', { at: 0, fields: { 'holderId: uuid': 'Policyholder', 'product: string': 'motor or home', 'coverages: string[]': 'Perils and limits', 'excess: money': 'Excess', 'startsOn: date': 'Start of cover', 'endsOn: date': 'End of term' } });
  b.design(insPolicy, { creates: registerPolicy });
  const policyRegistered = pa.event('Policy Registered', { at: 0, fields: { ...policyNo, 'holderId: uuid': 'Policyholder', 'excess: money': 'Excess', 'startsOn: date': 'Start', 'endsOn: date': 'End' } });
  const changeCoverage = pa.command('Change Coverage', { at: 1, fields: { ...policyNo, 'coverages: string[]': 'New perils and limits', 'excess?: money': 'New excess', 'effectiveOn: date': 'From when' } });
  const coverageChanged = pa.event('Coverage Changed', { at: 1, fields: { ...policyNo, 'coverages: string[]': 'Perils and limits', 'excess: money': 'Excess', 'effectiveOn: date': 'From when' } });
  const cancelPolicy = pa.command('Cancel Policy', { at: 2, fields: { ...policyNo, 'endsOn: date': 'Last day of cover', 'reason: string': 'Why' } });
  const policyCancelled = pa.event('Policy Cancelled', { at: 2, fields: { ...policyNo, 'endsOn: date': 'Last day of cover' } });
  const termEnded = pa.event('Policy Term Ended', { at: 3, timed: true, description: 'Raised at midnight on the end date of a policy that was not renewed.', fields: { ...policyNo, 'endedOn: date': 'End date' } });
  const lapsePolicy = pa.policy('Lapse policies at the end of their term', { at: 4 });
  const lapse = pa.command('Lapse Policy', { at: 4, fields: { ...policyNo } });
  const policyLapsed = pa.event('Policy Lapsed', { at: 4, fields: { ...policyNo, 'lapsedOn: date': 'When' } });
  const verifyCoverage = pa.command('Verify Coverage', { at: 5, description: 'Asked synchronously by Claims Intake.', fields: { ...policyNo, ...claim, 'lossDate: date': 'When the loss happened', 'peril: string': 'What happened, e.g. theft, flood' } });
  const coverageVerified = pa.event('Coverage Verified', { at: 5, fields: { ...policyNo, ...claim, 'excess: money': 'Excess that applies', 'limit: money': 'Cover limit for the peril' } });
  const coverageDenied = pa.event('Coverage Denied', { at: 6, fields: { ...policyNo, ...claim, 'reason: string': 'not covered, not active on the loss date' } });
  b.flow([underwriter, console_], registerPolicy, insPolicy, policyRegistered);
  b.flow([underwriter, console_], changeCoverage, insPolicy, coverageChanged);
  b.flow([underwriter, console_], cancelPolicy, insPolicy, policyCancelled);
  b.reacts(termEnded, lapsePolicy);
  b.flow(lapsePolicy, lapse, insPolicy, policyLapsed);
  b.link(verifyCoverage, insPolicy);
  b.link(insPolicy, coverageVerified);
  b.link(insPolicy, coverageDenied);
  b.outcomes(verifyCoverage, { success: [coverageVerified], rejection: [coverageDenied] });
  b.design(insPolicy, {
    states: ['Active', 'Cancelled', 'Lapsed'],
    acceptedIn: [[changeCoverage, ['Active']], [cancelPolicy, ['Active']], [lapse, ['Active']], [verifyCoverage, ['Active', 'Cancelled', 'Lapsed']]],
    leadsTo: [[policyRegistered, 'Active'], [coverageChanged, 'Active'], [policyCancelled, 'Cancelled'], [policyLapsed, 'Lapsed']],
  });
  const core = pa.external('Policy Core (mainframe)', { at: 7, slug: 'policy-core' });
  const mirror = pa.policy('Mirror new policies into the core system', { at: 7 });
  const exportPolicy = pa.command('Export Policy To Core', { at: 7, fields: { ...policyNo } });
  const exported = pa.event('Policy Exported To Core', { at: 7, fields: { ...policyNo, 'coreReference: string': 'Mainframe key' } });
  b.reacts(policyRegistered, mirror);
  b.flow(mirror, exportPolicy, core, exported);
  const coverageSummary = pa.readModel('Policy Coverage Summary', { at: 1, fields: { ...policyNo, 'holderName: string': 'Policyholder', 'status: string': 'active, cancelled, lapsed', 'coverages: string[]': 'Perils and limits', 'openClaims: integer': 'Claims in progress' } });
  b.feeds([policyRegistered, coverageChanged, policyCancelled, policyLapsed], coverageSummary);
  b.rowKey(coverageSummary, 'policyNumber');
  b.link(underwriter, coverageSummary);
  pa.hotspot('Mid-term coverage change: pro-rata premium?', [changeCoverage], { at: 1, description: 'Open: billing is outside this board.' });
  pa.hotspot('Cover at the loss date or the claim date?', [verifyCoverage], { at: 5, resolved: true, description: 'Resolved: the loss date, always.' });

  // ── Claims Intake ────────────────────────────────────────────────────────────
  const intake = b.context('Claims Intake', '#2980B9', holderLane, intakeCanvas);
  const holder = intake.actor('Policyholder', { at: 0 });
  const app = intake.ui('Claims App', { at: 0 });
  const claimAgg = intake.aggregate('Claim', {
    at: 0, span: 6,
    description: 'Invariants: a claim names an active policy and a loss date; withdrawn only before approval; closed claims never reopen.',
    fields: { ...claim, ...policyNo, 'lossDate: date': 'When it happened', 'peril: string': 'What happened', 'description: text': 'In the holder’s words', 'evidenceUrls: url[]': 'Photos and documents', 'status: string': 'submitted, accepted, declined, withdrawn, closed' },
  });
  const submitClaim = intake.command('Submit Claim', { at: 0, fields: { ...policyNo, 'lossDate: date': 'When it happened', 'peril: string': 'What happened', 'description: text': 'Story', 'contactPhone?: string': 'Call-back number' } });
  b.design(claimAgg, { creates: submitClaim });
  const claimSubmitted = intake.event('Claim Submitted', { at: 0, pivotal: true, fields: { ...claim, ...policyNo, 'lossDate: date': 'When', 'peril: string': 'What' } });
  const uploadEvidence = intake.command('Upload Claim Evidence', { at: 1, slug: 'upload-evidence', fields: { ...claim, 'fileUrl: url': 'Uploaded photo or document', 'caption?: string': 'What it shows' } });
  const evidenceUploaded = intake.event('Claim Evidence Uploaded', { at: 1, slug: 'evidence-uploaded', fields: { ...claim, 'fileUrl: url': 'File' } });
  const withdrawClaim = intake.command('Withdraw Claim', { at: 2, fields: { ...claim, 'reason?: text': 'Why' } });
  const claimWithdrawn = intake.event('Claim Withdrawn', { at: 2, fields: { ...claim } });
  const acceptCovered = intake.policy('Accept claims with cover', { at: 3 });
  const acceptClaim = intake.command('Accept Claim', { at: 3, fields: { ...claim, 'excess: money': 'Excess that applies', 'limit: money': 'Cover limit' } });
  const claimAccepted = intake.event('Claim Accepted', { at: 3, pivotal: true, public: true, fields: { ...claim, ...policyNo, 'excess: money': 'Excess', 'limit: money': 'Limit' } });
  const declineUncovered = intake.policy('Decline claims without cover', { at: 4 });
  const declineClaim = intake.command('Decline Claim', { at: 4, fields: { ...claim, 'reason: string': 'Why' } });
  const claimDeclined = intake.event('Claim Declined', { at: 4, fields: { ...claim, 'reason: string': 'Why' } });
  const closeSettled = intake.policy('Close the claim once it is paid', { at: 5 });
  const closeRejected = intake.policy('Close rejected claims', { at: 5, dy: -1 });
  const closeClaim = intake.command('Close Claim', { at: 5, fields: { ...claim, 'outcome: string': 'paid or rejected' } });
  const claimClosed = intake.event('Claim Closed', { at: 5, fields: { ...claim, 'outcome: string': 'paid or rejected', 'closedOn: date': 'When' } });
  const checkCover = intake.policy('Check cover for every new claim', { at: 6 });
  b.flow([holder, app], submitClaim, claimAgg, claimSubmitted);
  b.flow([holder, app], uploadEvidence, claimAgg, evidenceUploaded);
  b.flow([holder, app], withdrawClaim, claimAgg, claimWithdrawn);
  b.reacts(claimSubmitted, checkCover);
  b.link(checkCover, verifyCoverage, 'sync: the app shows the answer while the holder waits');
  b.reacts(coverageVerified, acceptCovered);
  b.flow(acceptCovered, acceptClaim, claimAgg, claimAccepted);
  b.reacts(coverageDenied, declineUncovered);
  b.flow(declineUncovered, declineClaim, claimAgg, claimDeclined);
  b.flow([closeSettled, closeRejected], closeClaim, claimAgg, claimClosed);
  b.design(claimAgg, {
    states: ['Submitted', 'Accepted', 'Declined', 'Withdrawn', 'Closed'],
    acceptedIn: [[uploadEvidence, ['Submitted', 'Accepted']], [withdrawClaim, ['Submitted', 'Accepted']], [acceptClaim, ['Submitted']], [declineClaim, ['Submitted']], [closeClaim, ['Accepted']]],
    leadsTo: [[claimSubmitted, 'Submitted'], [evidenceUploaded, 'Submitted'], [claimWithdrawn, 'Withdrawn'], [claimAccepted, 'Accepted'], [claimDeclined, 'Declined'], [claimClosed, 'Closed']],
  });
  const ocr = intake.external('Document OCR Service', { at: 7, slug: 'ocr' });
  const extractPolicy = intake.policy('Read every uploaded document', { at: 7 });
  const extract = intake.command('Extract Evidence Data', { at: 7, fields: { ...claim, 'fileUrl: url': 'Document' } });
  const extracted = intake.event('Evidence Data Extracted', { at: 7, fields: { ...claim, 'fileUrl: url': 'Document', 'amounts: money[]': 'Amounts found on invoices', 'dates: date[]': 'Dates found' } });
  b.reacts(evidenceUploaded, extractPolicy);
  b.flow(extractPolicy, extract, ocr, extracted);
  const myClaims = intake.readModel('My Claims', { at: 2, fields: { 'holderId: uuid': 'Policyholder', 'claims: string[]': 'Claim, peril, status, last update', 'nextStep?: string': 'What we are waiting for' } });
  b.feeds([claimSubmitted, claimAccepted, claimDeclined, claimWithdrawn, claimClosed], myClaims);
  b.rowKey(myClaims, 'holderId');
  b.link(holder, myClaims);
  intake.hotspot('Can a broker submit on the holder’s behalf?', [submitClaim], { at: 0, description: 'Open: brokers phone in 30% of claims today.' });
  intake.hotspot('Withdraw after the assessment started?', [withdrawClaim], { at: 2, resolved: true, description: 'Resolved: allowed until approval; Assessment closes its file.' });
  intake.opportunity('Photo triage of damage at first notice of loss', [uploadEvidence], { at: 1 });

  // ── Fraud Screening ──────────────────────────────────────────────────────────
  const fraud = b.context('Fraud Screening', '#8E44AD', handlingLane, fraudCanvas, { context: intake, cols: 4 });
  const investigator = fraud.actor('Fraud Investigator', { at: 3 });
  const fraudCheck = fraud.aggregate('Fraud Check', {
    at: 0, span: 4,
    description: 'Invariant: a suspected claim stays suspected until an investigator concludes.',
    fields: { 'fraudCheckId: uuid': 'Identity', ...claim, 'score?: number': '0 (clean) to 1 (certain fraud)', 'reasons: string[]': 'Why the score is what it is', 'status: string': 'open, passed, suspected, concluded' },
  });
  const screenPolicy = fraud.policy('Screen every accepted claim', { at: 0 });
  const openCheck = fraud.command('Open Fraud Check', { at: 0, fields: { ...claim, ...policyNo } });
  b.design(fraudCheck, { creates: openCheck });
  const checkOpened = fraud.event('Fraud Check Opened', { at: 0, fields: { 'fraudCheckId: uuid': 'Check', ...claim } });
  const triage = fraud.policy('Triage the fraud score', { at: 1 });
  const recordScore = fraud.command('Record Fraud Score', { at: 1, fields: { 'fraudCheckId: uuid': 'Check', 'score: number': 'Score', 'reasons: string[]': 'Reasons' } });
  const checkPassed = fraud.event('Fraud Check Passed', { at: 1, fields: { 'fraudCheckId: uuid': 'Check', ...claim, 'score: number': 'Score' } });
  const suspected = fraud.event('Fraud Suspected', { at: 2, public: true, fields: { 'fraudCheckId: uuid': 'Check', ...claim, 'score: number': 'Score', 'reasons: string[]': 'Reasons' } });
  const conclude = fraud.command('Conclude Investigation', { at: 3, fields: { 'fraudCheckId: uuid': 'Check', 'fraudConfirmed: boolean': 'Outcome', 'notes: text': 'Findings' } });
  const concluded = fraud.event('Investigation Concluded', { at: 3, fields: { 'fraudCheckId: uuid': 'Check', ...claim, 'fraudConfirmed: boolean': 'Outcome' } });
  const checkRefused = fraud.event('Fraud Check Refused', { at: 0, dy: 1, fields: { ...claim, 'reason: string': 'the claim already has a fraud check' } });
  const conclusionRefused = fraud.event('Investigation Conclusion Refused', { at: 2, dy: 1, fields: { 'fraudCheckId: uuid': 'Check', 'reason: string': 'the check is not under investigation' } });
  const scorer = fraud.external('Fraud Scoring Service', { at: 4 });
  const scorePolicy = fraud.policy('Score the claim with the scoring service', { at: 4 });
  const requestScore = fraud.command('Request Fraud Score', { at: 4, fields: { 'fraudCheckId: uuid': 'Check', ...claim, ...policyNo } });
  const scoreReceived = fraud.event('Fraud Score Received', { at: 4, fields: { 'fraudCheckId: uuid': 'Check', 'score: number': 'Score', 'reasons: string[]': 'Reasons' } });
  b.reacts(claimAccepted, screenPolicy);
  b.flow(screenPolicy, openCheck, fraudCheck, checkOpened, checkRefused);
  b.reacts(checkOpened, scorePolicy);
  b.flow(scorePolicy, requestScore, scorer, scoreReceived);
  b.reacts(scoreReceived, triage);
  b.flow(triage, recordScore, fraudCheck, checkPassed, suspected);
  b.flow(investigator, conclude, fraudCheck, concluded, conclusionRefused);
  b.design(fraudCheck, {
    // A suspected check stays open (Fraud Suspected refuses a pass) until an investigator concludes.
    states: ['Open', 'Passed', 'Concluded'],
    acceptedIn: [[recordScore, ['Open']], [conclude, ['Open']]],
    leadsTo: [[checkOpened, 'Open'], [checkPassed, 'Passed'], [concluded, 'Concluded']],
    invariants: ['One fraud check per claim', 'A suspected claim stays suspected until an investigator concludes'],
  });
  const investigations = fraud.readModel('Investigation Queue', { at: 3, fields: { 'cases: string[]': 'Claim, score, reasons, days open', 'oldestDaysOpen: integer': 'Age of the oldest case' } });
  b.feeds([suspected, concluded], investigations);
  b.link(investigator, investigations);
  fraud.hotspot('What score starts an investigation?', [recordScore], { at: 1, resolved: true, description: 'Resolved: 0.7 and above; reviewed quarterly.' });
  fraud.hotspot('Scoring service down: hold or pass the claim?', [requestScore], { at: 4, description: 'Open: compliance wants hold, operations wants pass.' });
  b.snapEntry(fraud, 'stories', 'As a fraud investigator I want the scoring reasons, not just a number, so that I can start where the risk is.');

  // ── Policy mappings: where each required command field comes from ('unmapped': still open) ──
  b.mapping(closeSettled, closeClaim, { outcome: { kind: 'constant', value: 'paid' } });
  b.mapping(closeRejected, closeClaim, { outcome: { kind: 'constant', value: 'rejected' } });
  b.mapping(scorePolicy, requestScore, { policyNumber: { kind: 'unmapped' } });

  return assessmentAndSettlement(b, { handlingLane, financeLane, pa, intake, fraud }, {
    claimAccepted, claimWithdrawn, evidenceUploaded, extracted, suspected, concluded, closeSettled, closeRejected, policyRegistered, coverageChanged,
    slices: { claimSubmitted, coverageVerified, checkOpened, scoreReceived, checkPassed, claimClosed },
  });
}
