import type { Board } from '../schema/Board';
import type { BoardBuilder, ContextBuilder, LaneRef, Ref } from './builder';
import { assessmentCanvas, settlementCanvas } from './insuranceClaimsCanvases';

const claim = { 'claimId: uuid': 'The claim' } as const;
const assessmentId = { 'assessmentId: uuid': 'Assessment' } as const;
const settlementId = { 'settlementId: uuid': 'Settlement' } as const;

type E = Ref<'event'>;
type P = Ref<'policy'>;

/** Claims Assessment and Settlement, the context map and the thin slices of the insurance example. */
export function assessmentAndSettlement(
  b: BoardBuilder,
  c: { handlingLane: LaneRef; financeLane: LaneRef; pa: ContextBuilder; intake: ContextBuilder; fraud: ContextBuilder },
  r: {
    claimAccepted: E; claimWithdrawn: E; evidenceUploaded: E; extracted: E; suspected: E; concluded: E; policyRegistered: E; coverageChanged: E;
    closeSettled: P; closeRejected: P;
    slices: { claimSubmitted: E; coverageVerified: E; checkOpened: E; scoreReceived: E; checkPassed: E; claimClosed: E };
  },
): Board {
  // ── Claims Assessment ───────────────────────────────────────────────────────
  const as = b.context('Claims Assessment', '#27AE60', c.handlingLane, assessmentCanvas);
  const handler = as.actor('Claims Handler', { at: 1 });
  const adjuster = as.actor('Loss Adjuster', { at: 2 });
  const workbench = as.ui('Assessment Workbench', { at: 1 });
  const assessment = as.aggregate('Assessment', {
    at: 0, span: 9,
    description: 'Invariants: approved only with a damage estimate; never approved while suspended; approval above €10,000 needs a senior handler.',
    fields: { ...assessmentId, ...claim, 'adjusterId?: uuid': 'Assigned loss adjuster', 'estimate?: money': 'Damage estimate', 'quotes: money[]': 'Repair quotes received', 'status: string': 'open, assigned, suspended, approved, rejected, closed' },
  });
  const openPolicy = as.policy('Open an assessment for every accepted claim', { at: 0 });
  const openAssessment = as.command('Open Assessment', { at: 0, fields: { ...claim, 'peril: string': 'What happened' } });
  b.design(assessment, { creates: openAssessment });
  const opened = as.event('Assessment Opened', { at: 0, fields: { ...assessmentId, ...claim } });
  const assignAdjuster = as.command('Assign Adjuster', { at: 1, fields: { ...assessmentId, 'adjusterId: uuid': 'Loss adjuster' } });
  const assigned = as.event('Adjuster Assigned', { at: 1, fields: { ...assessmentId, 'adjusterId: uuid': 'Loss adjuster' } });
  const recordEstimate = as.command('Record Damage Estimate', { at: 2, fields: { ...assessmentId, 'estimate: money': 'Estimated cost of the damage', 'notes: text': 'Findings on site' } });
  const estimated = as.event('Damage Estimated', { at: 2, fields: { ...assessmentId, 'estimate: money': 'Estimate' } });
  const attachPolicy = as.policy('Attach incoming repair quotes', { at: 3 });
  const attachQuote = as.command('Attach Repair Quote', { at: 3, fields: { ...assessmentId, 'quote: money': 'Quoted amount', 'repairerId: string': 'Repair shop' } });
  const quoteAttached = as.event('Repair Quote Attached', { at: 3, fields: { ...assessmentId, 'quote: money': 'Quoted amount' } });
  const suspendPolicy = as.policy('Suspend the assessment while fraud is suspected', { at: 4 });
  const suspend = as.command('Suspend Assessment', { at: 4, fields: { ...claim, 'reason: string': 'Why' } });
  const suspended = as.event('Assessment Suspended', { at: 4, fields: { ...assessmentId, ...claim } });
  const resumePolicy = as.policy('Resume the assessment after the investigation', { at: 5 });
  const resume = as.command('Resume Assessment', { at: 5, fields: { ...claim, 'fraudConfirmed: boolean': 'Investigation outcome' } });
  const resumed = as.event('Assessment Resumed', { at: 5, fields: { ...assessmentId, ...claim } });
  const approve = as.command('Approve Claim', { at: 6, fields: { ...assessmentId, 'approvedAmount: money': 'What we will pay before excess' } });
  const approved = as.event('Claim Approved', { at: 6, pivotal: true, public: true, fields: { ...assessmentId, ...claim, 'approvedAmount: money': 'Amount before excess' } });
  const reject = as.command('Reject Claim', { at: 7, fields: { ...assessmentId, 'reason: text': 'Why, in words the holder understands' } });
  const rejected = as.event('Claim Rejected', { at: 7, public: true, fields: { ...assessmentId, ...claim, 'reason: text': 'Why' } });
  const closeWithdrawn = as.policy('Close the assessment of a withdrawn claim', { at: 8 });
  const closeAssessment = as.command('Close Assessment', { at: 8, fields: { ...claim } });
  const closed = as.event('Assessment Closed', { at: 8, fields: { ...assessmentId, ...claim } });
  b.reacts(r.claimAccepted, openPolicy);
  b.flow(openPolicy, openAssessment, assessment, opened);
  b.flow([handler, workbench], assignAdjuster, assessment, assigned);
  b.flow(adjuster, recordEstimate, assessment, estimated);
  b.flow(attachPolicy, attachQuote, assessment, quoteAttached);
  b.reacts(r.suspected, suspendPolicy);
  b.flow(suspendPolicy, suspend, assessment, suspended);
  b.reacts(r.concluded, resumePolicy);
  b.flow(resumePolicy, resume, assessment, resumed);
  b.flow([handler, workbench], approve, assessment, approved);
  b.flow([handler, workbench], reject, assessment, rejected);
  b.reacts(r.claimWithdrawn, closeWithdrawn);
  b.flow(closeWithdrawn, closeAssessment, assessment, closed);
  b.design(assessment, {
    states: ['Open', 'Suspended', 'Approved', 'Rejected', 'Closed'],
    acceptedIn: [
      [assignAdjuster, ['Open']], [recordEstimate, ['Open']], [attachQuote, ['Open']], [suspend, ['Open']], [resume, ['Suspended']],
      [approve, ['Open']], [reject, ['Open', 'Suspended']], [closeAssessment, ['Open', 'Suspended']],
    ],
    leadsTo: [[opened, 'Open'], [assigned, 'Open'], [estimated, 'Open'], [quoteAttached, 'Open'], [suspended, 'Suspended'], [resumed, 'Open'], [approved, 'Approved'], [rejected, 'Rejected'], [closed, 'Closed']],
  });
  b.reacts(rejected, r.closeRejected);
  const repairNetwork = as.external('Repair Network', { at: 9 });
  const requestQuote = as.command('Request Repair Quote', { at: 9, fields: { ...assessmentId, 'damage: text': 'What to repair', 'postcode: string': 'Where' } });
  const quoteReceived = as.event('Repair Quote Received', { at: 9, fields: { ...assessmentId, 'quote: money': 'Quoted amount', 'repairerId: string': 'Repair shop' } });
  b.flow(adjuster, requestQuote, repairNetwork, quoteReceived);
  b.reacts(quoteReceived, attachPolicy);
  const worklist = as.readModel('Assessment Worklist', { at: 1, fields: { 'handlerId: uuid': 'Whose list', 'assessments: string[]': 'Claim, peril, status, days open', 'overdue: integer': 'Past the 5-day target' } });
  b.feeds([opened, assigned, suspended, resumed, approved], worklist);
  b.rowKey(worklist, 'handlerId');
  b.link(handler, worklist);
  const evidence = as.readModel('Claim Evidence', { at: 2, fields: { ...claim, 'files: url[]': 'Photos and documents', 'extractedAmounts: money[]': 'Amounts read from invoices' } });
  b.feeds([r.evidenceUploaded, r.extracted], evidence);
  b.rowKey(evidence, 'claimId');
  b.link(adjuster, evidence);
  as.hotspot('Who may approve large claims?', [approve], { at: 6, resolved: true, description: 'Resolved: handlers up to €10,000, seniors above.' });
  as.hotspot('Repair quotes take days: what is the SLA?', [quoteReceived], { at: 9, description: 'Open: the network promises 48 h, reality is 4 days.' });
  as.opportunity('Straight-through approval for small glass claims', [approve], { at: 7 });

  // ── Settlement ──────────────────────────────────────────────────────────────
  const st = b.context('Settlement', '#E67E22', c.financeLane, settlementCanvas, { context: as, cols: 7 });
  const officer = st.actor('Finance Officer', { at: 2 });
  const approvalScreen = st.ui('Payout Approval Screen', { at: 2 });
  const settlement = st.aggregate('Settlement', {
    at: 0, span: 5,
    description: 'Invariants: payout = approved amount − excess, never negative; paid once; payouts above €10,000 need a second approver.',
    fields: { ...settlementId, ...claim, 'approvedAmount: money': 'From Assessment', 'excess: money': 'From the policy', 'payout?: money': 'What we pay', 'payeeIban?: string': 'Where to', 'status: string': 'created, calculated, approved, paid, held' },
  });
  const createPolicy = st.policy('Create a settlement for every approved claim', { at: 0 });
  const createSettlement = st.command('Create Settlement', { at: 0, fields: { ...claim, 'approvedAmount: money': 'Approved amount' } });
  b.design(settlement, { creates: createSettlement });
  const created = st.event('Settlement Created', { at: 0, fields: { ...settlementId, ...claim } });
  const calcPolicy = st.policy('Calculate the payout after the excess', { at: 1 });
  const calculate = st.command('Calculate Payout', { at: 1, fields: { ...settlementId, 'excess: money': 'Excess of the policy' } });
  const calculated = st.event('Payout Calculated', { at: 1, fields: { ...settlementId, 'payout: money': 'Amount to pay' } });
  const approvePayout = st.command('Approve Payout', { at: 2, fields: { ...settlementId, 'payeeIban: string': 'Account to pay' } });
  const payoutApproved = st.event('Payout Approved', { at: 2, fields: { ...settlementId, 'payout: money': 'Amount', 'approvedBy: uuid[]': 'One or two approvers' } });
  const markPaidPolicy = st.policy('Mark the settlement paid', { at: 3 });
  const markPaid = st.command('Mark Settlement As Paid', { at: 3, fields: { ...settlementId, 'bankReference: string': 'Transfer reference' } });
  const paid = st.event('Settlement Paid', { at: 3, public: true, fields: { ...settlementId, ...claim, 'payout: money': 'Amount paid', 'paidOn: date': 'When' } });
  const holdPolicy = st.policy('Hold failed transfers for review', { at: 4 });
  const hold = st.command('Hold Settlement', { at: 4, fields: { ...settlementId, 'reason: string': 'Bank error' } });
  const held = st.event('Settlement Held', { at: 4, fields: { ...settlementId, 'reason: string': 'Bank error' } });
  const bank = st.external('Banking Gateway', { at: 5, span: 2 });
  const transferPolicy = st.policy('Transfer approved payouts', { at: 5 });
  const transfer = st.command('Transfer Funds', { at: 5, fields: { ...settlementId, 'amount: money': 'Payout', 'payeeIban: string': 'To' } });
  const transferred = st.event('Funds Transferred', { at: 5, fields: { ...settlementId, 'bankReference: string': 'Reference' } });
  const transferFailed = st.event('Transfer Failed', { at: 6, fields: { ...settlementId, 'errorCode: string': 'Bank error code' } });
  b.reacts(approved, createPolicy);
  b.flow(createPolicy, createSettlement, settlement, created);
  b.reacts(created, calcPolicy);
  b.flow(calcPolicy, calculate, settlement, calculated);
  b.flow([officer, approvalScreen], approvePayout, settlement, payoutApproved);
  b.reacts(payoutApproved, transferPolicy);
  b.flow(transferPolicy, transfer, bank, transferred, transferFailed);
  b.reacts(transferred, markPaidPolicy);
  b.flow(markPaidPolicy, markPaid, settlement, paid);
  b.reacts(transferFailed, holdPolicy);
  b.flow(holdPolicy, hold, settlement, held);
  b.design(settlement, {
    states: ['Created', 'Calculated', 'Approved', 'Held', 'Paid'],
    acceptedIn: [[calculate, ['Created']], [approvePayout, ['Calculated']], [markPaid, ['Approved']], [hold, ['Approved']]],
    leadsTo: [[created, 'Created'], [calculated, 'Calculated'], [payoutApproved, 'Approved'], [held, 'Held'], [paid, 'Paid']],
  });
  b.reacts(paid, r.closeSettled);
  const excess = st.readModel('Policy Excess', { at: 1, fields: { 'policyNumber: string': 'Policy', 'excess: money': 'Excess per claim', 'effectiveOn: date': 'Since when' } });
  b.feeds([r.policyRegistered, r.coverageChanged], excess);
  b.rowKey(excess, 'policyNumber');
  b.link(excess, calcPolicy);
  const payoutLedger = st.readModel('Payout Ledger', { at: 3, fields: { 'date: date': 'Business day', 'paid: money': 'Paid that day', 'held: integer': 'Settlements on hold', 'awaitingApproval: integer': 'Calculated, not approved' } });
  b.feeds([calculated, payoutApproved, paid, held], payoutLedger);
  b.rowKey(payoutLedger, 'date');
  b.link(officer, payoutLedger);
  st.hotspot('Second approver above €10,000?', [approvePayout], { at: 2, resolved: true, description: 'Resolved: yes, four eyes above €10,000.' });
  st.hotspot('Pay the repair shop instead of the holder?', [transfer], { at: 5, description: 'Open: needs the holder’s consent on the claim form.' });
  b.snapEntry(st, 'risks', 'The Banking Gateway cut-off at 16:00 delays afternoon payouts by a day.');
  b.borisNote(c.pa, 'Facade over the mainframe; the coverage API must answer within 2 s while the holder waits.');
  b.borisNote(approved, 'Docket only (claim id, amount, timestamp); Settlement fetches the rest from the Assessment API.');

  // ── Context map ─────────────────────────────────────────────────────────────
  b.relationship('upstreamDownstream', c.pa, c.intake, { up: ['OHS', 'PL'], down: ['ACL'] }, 'Intake asks about cover through a translation layer; the policy model is legacy.');
  b.relationship('upstreamDownstream', c.intake, c.fraud, { up: ['PL'], down: ['ACL'] }, 'Fraud Screening reads accepted claims in its own terms.');
  b.relationship('upstreamDownstream', c.intake, as, { up: ['PL'], down: ['CF'] }, 'Assessment takes claims exactly as Intake accepts them.');
  b.relationship('partnership', c.fraud, as, {}, 'Fraud and Assessment agree together when an assessment stops and resumes.');
  b.relationship('customerSupplier', as, st, { up: ['PL'] }, 'Settlement is the customer of approved claims.');
  b.relationship('upstreamDownstream', st, c.intake, { up: ['PL'], down: ['CF'] }, 'Intake closes claims on Settlement Paid.');
  b.relationship('sharedKernel', c.pa, st, {}, 'Excess and limit arithmetic is one shared, versioned money library.');

  // ── Thin slices ─────────────────────────────────────────────────────────────
  const s = r.slices;
  b.slice('Claim to payout', 'happy', '#27AE60', [
    s.claimSubmitted, s.coverageVerified, r.claimAccepted, s.checkOpened, s.scoreReceived, s.checkPassed, opened, assigned, estimated,
    approved, created, calculated, payoutApproved, transferred, paid, s.claimClosed,
  ]);
  b.slice('Suspected fraud', 'unhappy', '#E74C3C', [
    s.claimSubmitted, s.coverageVerified, r.claimAccepted, s.checkOpened, opened, s.scoreReceived, r.suspected, suspended, r.concluded,
    resumed, rejected, s.claimClosed,
  ]);
  // ── Policy mappings: where each required command field comes from ('unmapped': still open) ──
  b.mapping(openPolicy, openAssessment, { peril: { kind: 'unmapped' } });
  b.mapping(suspendPolicy, suspend, { reason: { kind: 'constant', value: 'Fraud suspected' } });
  b.mapping(calcPolicy, calculate, { excess: { kind: 'readModel', readModelId: excess.id, field: 'excess' } });
  b.mapping(holdPolicy, hold, { reason: { kind: 'eventField', field: 'errorCode' } });
  b.mapping(transferPolicy, transfer, { amount: { kind: 'eventField', field: 'payout' }, payeeIban: { kind: 'unmapped' } });

  return b.build();
}
