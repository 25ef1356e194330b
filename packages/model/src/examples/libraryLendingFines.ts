import type { Board } from '../schema/Board';
import type { BoardBuilder, ContextBuilder, LaneRef, Ref } from './builder';
import { finesCanvas, reservationsCanvas } from './libraryLendingCanvases';

const member = { 'memberId: uuid': 'The member' } as const;
const hold = { 'holdId: uuid': 'The hold' } as const;
const account = { 'fineAccountId: uuid': 'Fine account' } as const;

type E = Ref<'event'>;

/** Reservations and Fines, the context map and the thin slices of the library example. */
export function reservationsAndFines(
  b: BoardBuilder,
  c: { memberLane: LaneRef; deskLane: LaneRef; backOfficeLane: LaneRef; ms: ContextBuilder; cat: ContextBuilder; ln: ContextBuilder },
  r: {
    desk: Ref<'ui'>; borrower: Ref<'actor'>;
    copyReturned: E; loanOpened: E; flagged: E; reportedLost: E; duePassed: E; activated: E; suspended: E; reinstated: E;
    suspendOverFines: Ref<'policy'>; reinstatePolicy: Ref<'policy'>;
  },
): Board {
  // ── Reservations ────────────────────────────────────────────────────────────
  const rs = b.context('Reservations', '#16A085', c.memberLane, reservationsCanvas);
  const holder = rs.actor('Member', { at: 0 });
  const app = rs.ui('Library App', { at: 0 });
  const holdAgg = rs.aggregate('Hold', {
    at: 0, span: 6,
    description: 'Invariants: at most 10 open holds per member; a copy is allocated to the oldest waiting hold of its title; one copy per hold.',
    fields: { ...hold, ...member, 'titleId: uuid': 'Title wanted', 'pickupBranch: string': 'Where to collect', 'allocatedBarcode?: string': 'Copy set aside', 'status: string': 'waiting, allocated, fulfilled, cancelled, expired', 'placedAt: date-time': 'Queue position' },
  });
  const placeHold = rs.command('Place Hold', { at: 0, fields: { ...member, 'titleId: uuid': 'Title', 'pickupBranch: string': 'Branch' } });
  b.design(holdAgg, { creates: placeHold });
  const holdPlaced = rs.event('Hold Placed', { at: 0, fields: { ...hold, ...member, 'titleId: uuid': 'Title' } });
  const cancelHold = rs.command('Cancel Hold', { at: 1, fields: { ...hold } });
  const holdCancelled = rs.event('Hold Cancelled', { at: 1, fields: { ...hold, 'titleId: uuid': 'Title' } });
  const allocateReturned = rs.policy('Allocate returned copies to the next hold', { at: 2 });
  const allocateExpired = rs.policy('Pass an expired hold’s copy to the next member', { at: 2, dy: -1 });
  const allocate = rs.command('Allocate Copy', { at: 2, fields: { 'titleId: uuid': 'Title', 'barcode: string': 'Copy' } });
  const allocated = rs.event('Copy Allocated To Hold', { at: 2, fields: { ...hold, ...member, 'barcode: string': 'Copy', 'collectBy: date': 'End of pickup window' } });
  const windowExpired = rs.event('Pickup Window Expired', { at: 3, timed: true, description: 'Raised 7 days after allocation if the copy was not collected.', fields: { ...hold } });
  const expirePolicy = rs.policy('Expire uncollected holds', { at: 4 });
  const expire = rs.command('Expire Hold', { at: 4, fields: { ...hold } });
  const holdExpired = rs.event('Hold Expired', { at: 4, fields: { ...hold, 'titleId: uuid': 'Title', 'barcode: string': 'Copy to pass on' } });
  const fulfilPolicy = rs.policy('Fulfil the hold when its copy is lent', { at: 5 });
  const fulfil = rs.command('Fulfil Hold', { at: 5, fields: { ...member, 'barcode: string': 'Copy lent' } });
  const fulfilled = rs.event('Hold Fulfilled', { at: 5, fields: { ...hold, 'titleId: uuid': 'Title' } });
  b.flow([holder, app], placeHold, holdAgg, holdPlaced);
  b.flow([holder, app], cancelHold, holdAgg, holdCancelled);
  b.reacts(r.copyReturned, allocateReturned);
  b.reacts(holdExpired, allocateExpired);
  b.flow([allocateReturned, allocateExpired], allocate, holdAgg, allocated);
  b.reacts(windowExpired, expirePolicy);
  b.flow(expirePolicy, expire, holdAgg, holdExpired);
  b.reacts(r.loanOpened, fulfilPolicy);
  b.flow(fulfilPolicy, fulfil, holdAgg, fulfilled);
  b.design(holdAgg, {
    states: ['Waiting', 'Allocated', 'Fulfilled', 'Cancelled', 'Expired'],
    acceptedIn: [[cancelHold, ['Waiting', 'Allocated']], [allocate, ['Waiting']], [expire, ['Allocated']], [fulfil, ['Allocated']]],
    leadsTo: [[holdPlaced, 'Waiting'], [allocated, 'Allocated'], [holdCancelled, 'Cancelled'], [holdExpired, 'Expired'], [fulfilled, 'Fulfilled']],
  });
  const sms = rs.external('SMS Gateway', { at: 6 });
  const noticePolicy = rs.policy('Tell the member the copy is waiting', { at: 6 });
  const sendNotice = rs.command('Send Pickup Notice', { at: 6, fields: { ...member, 'message: string': 'Text with branch and collect-by date' } });
  const noticeSent = rs.event('Pickup Notice Sent', { at: 6, fields: { ...member, ...hold, 'sentAt: date-time': 'When' } });
  b.reacts(allocated, noticePolicy);
  b.flow(noticePolicy, sendNotice, sms, noticeSent);
  const queue = rs.readModel('Hold Queue', { at: 2, fields: { 'titleId: uuid': 'Title', 'waiting: uuid[]': 'Holds in queue order', 'allocated: integer': 'Copies on the hold shelf' } });
  b.feeds([holdPlaced, holdCancelled, allocated, holdExpired, fulfilled], queue);
  b.rowKey(queue, 'titleId');
  b.link(queue, allocateReturned);
  b.link(queue, allocateExpired);
  const myHolds = rs.readModel('My Holds', { at: 4, fields: { ...member, 'holds: string[]': 'Title, position in queue, collect-by date' } });
  b.feeds([holdPlaced, allocated, holdExpired, fulfilled, holdCancelled], myHolds);
  b.rowKey(myHolds, 'memberId');
  b.link(holder, myHolds);
  rs.hotspot('Limit on holds per member?', [placeHold], { at: 0, resolved: true, description: 'Resolved: 10 open holds.' });
  rs.hotspot('Pickup window: 7 days or 3?', [windowExpired], { at: 3, description: 'Open: 3 days would cut waits, but branches open 4 days a week.' });
  rs.opportunity('Deliver holds to the member’s nearest branch', [holdPlaced], { at: 1 });

  // Lending keeps its own count of holds per title so that renewals need no remote call.
  const titlesWithHolds = c.ln.readModel('Titles With Holds', { at: 1, fields: { 'titleId: uuid': 'Title', 'openHolds: integer': 'Members waiting' } });
  b.feeds([holdPlaced, holdCancelled, fulfilled, holdExpired], titlesWithHolds);
  b.rowKey(titlesWithHolds, 'titleId');
  b.link(titlesWithHolds, r.borrower);

  // ── Fines ───────────────────────────────────────────────────────────────────
  const fn = b.context('Fines', '#E67E22', c.backOfficeLane, finesCanvas, { context: c.ln, cols: 4 });
  const finesLibrarian = fn.actor('Librarian', { at: 6 });
  const payer = fn.actor('Member', { at: 7 });
  const paymentPage = fn.ui('Online Payment Page', { at: 7 });
  const fineAccount = fn.aggregate('Fine Account', {
    at: 0, span: 7,
    description: 'Invariants: the balance never goes below zero; crossing €10 raises Fine Limit Exceeded once; reaching zero raises Fines Settled.',
    fields: { ...account, ...member, 'balance: money': 'What the member owes', 'charges: string[]': 'Charge, reason, amount, date', 'overLimit: boolean': 'Balance above the limit' },
  });
  const openPolicy = fn.policy('Open a fine account for every new member', { at: 0 });
  const openAccount = fn.command('Open Fine Account', { at: 0, fields: { ...member } });
  b.design(fineAccount, { creates: openAccount });
  const accountOpened = fn.event('Fine Account Opened', { at: 0, fields: { ...account, ...member } });
  const latePolicy = fn.policy('Charge a late fee for overdue loans', { at: 1 });
  const assessLate = fn.command('Assess Late Fee', { at: 1, fields: { ...member, 'loanId: uuid': 'Overdue loan', 'amount: money': 'Fee per the tariff' } });
  const lateAssessed = fn.event('Late Fee Assessed', { at: 1, fields: { ...account, 'loanId: uuid': 'Loan', 'amount: money': 'Fee' } });
  const replacementPolicy = fn.policy('Charge the replacement cost of lost copies', { at: 2 });
  const chargeReplacement = fn.command('Charge Replacement Fee', { at: 2, fields: { ...member, 'barcode: string': 'Lost copy', 'amount: money': 'Replacement cost' } });
  const replacementCharged = fn.event('Replacement Fee Charged', { at: 2, fields: { ...account, 'barcode: string': 'Copy', 'amount: money': 'Cost' } });
  const limitExceeded = fn.event('Fine Limit Exceeded', { at: 3, public: true, fields: { ...account, ...member, 'balance: money': 'Balance' } });
  const recordOnline = fn.policy('Record online card payments', { at: 4 });
  const payFine = fn.command('Pay Fine', { at: 4, fields: { ...member, 'amount: money': 'Paid', 'method: string': 'cash, card at desk, online' } });
  const finePaid = fn.event('Fine Paid', { at: 4, fields: { ...account, 'amount: money': 'Paid', 'balance: money': 'Left to pay' } });
  const settled = fn.event('Fines Settled', { at: 5, public: true, fields: { ...account, ...member } });
  const waive = fn.command('Waive Fine', { at: 6, fields: { ...account, 'amount: money': 'Waived', 'reason: text': 'Why' } });
  const waived = fn.event('Fine Waived', { at: 6, fields: { ...account, 'amount: money': 'Waived', 'balance: money': 'Left to pay' } });
  // Crossing the limit and reaching zero are facts of their own, each raised by one command
  // (a handler emits one outcome per call), decided by policies watching the charges.
  const flagOnLate = fn.policy('Flag the account when a late fee passes the limit', { at: 3 });
  const flagOnReplacement = fn.policy('Flag the account when a replacement fee passes the limit', { at: 3, dy: 1 });
  const flagLimit = fn.command('Flag Fine Limit', { at: 3, fields: { ...account } });
  const settleOnPaid = fn.policy('Settle the account when a payment clears the balance', { at: 5 });
  const settleOnWaived = fn.policy('Settle the account when a waiver clears the balance', { at: 5, dy: 1 });
  const markSettled = fn.command('Settle Fines', { at: 5, fields: { ...account } });
  b.reacts(r.activated, openPolicy);
  b.flow(openPolicy, openAccount, fineAccount, accountOpened);
  b.reacts(r.flagged, latePolicy);
  b.flow(latePolicy, assessLate, fineAccount, lateAssessed);
  b.reacts(r.reportedLost, replacementPolicy);
  b.flow(replacementPolicy, chargeReplacement, fineAccount, replacementCharged);
  b.reacts(lateAssessed, flagOnLate);
  b.reacts(replacementCharged, flagOnReplacement);
  b.flow([flagOnLate, flagOnReplacement], flagLimit, fineAccount, limitExceeded);
  b.link(r.desk, payFine, 'sync: the desk waits for the new balance');
  b.flow([recordOnline, r.desk], payFine, fineAccount, finePaid);
  b.flow(finesLibrarian, waive, fineAccount, waived);
  b.reacts(finePaid, settleOnPaid);
  b.reacts(waived, settleOnWaived);
  b.flow([settleOnPaid, settleOnWaived], markSettled, fineAccount, settled);
  b.design(fineAccount, {
    states: ['Clear', 'Owing', 'Over Limit'],
    acceptedIn: [[flagLimit, ['Owing']], [payFine, ['Owing', 'Over Limit']], [waive, ['Owing', 'Over Limit']], [markSettled, ['Owing', 'Over Limit']]],
    leadsTo: [[accountOpened, 'Clear'], [lateAssessed, 'Owing'], [replacementCharged, 'Owing'], [limitExceeded, 'Over Limit'], [finePaid, 'Owing'], [waived, 'Owing'], [settled, 'Clear']],
  });
  b.reacts(limitExceeded, r.suspendOverFines);
  b.reacts(settled, r.reinstatePolicy);
  const provider = fn.external('Payment Provider', { at: 7 });
  const payOnline = fn.command('Pay Fine Online', { at: 7, fields: { ...member, 'amount: money': 'To pay', 'cardToken: string': 'From the provider widget' } });
  const cardPaid = fn.event('Card Payment Succeeded', { at: 7, fields: { ...member, 'amount: money': 'Paid', 'providerReference: string': 'Receipt' } });
  b.flow([payer, paymentPage], payOnline, provider, cardPaid);
  b.reacts(cardPaid, recordOnline);
  const balances = fn.readModel('Outstanding Balances', { at: 4, fields: { ...member, 'balance: money': 'Owed', 'overLimit: boolean': 'Borrowing blocked', 'lastCharge?: date': 'Most recent charge' } });
  b.feeds([accountOpened, lateAssessed, replacementCharged, finePaid, waived], balances);
  b.rowKey(balances, 'memberId');
  b.link(finesLibrarian, balances);
  b.link(payer, balances);
  fn.hotspot('Fine limit: €10 or €20?', [limitExceeded], { at: 3, resolved: true, description: 'Resolved: €10, the council’s tariff.' });
  fn.hotspot('Who may waive fines, and how much?', [waive], { at: 6, description: 'Open: branch managers want a limit per librarian.' });
  b.snapEntry(fn, 'risks', 'Fines are council income: every waiver must be auditable.');
  b.borisNote(c.ln, 'The only service the desks and kiosks call synchronously; everything else hears events.');
  b.borisNote(r.copyReturned, 'Reservations must see every return within a minute so holds are allocated before reshelving.');
  // Decided on Boris and SNAP-E (code generation follows these; see the codegen README).
  b.borisEdge(c.ln, rs, 'sync', 'Place Hold'); // the desk places holds for members who ask in person
  b.borisAsyncCall(rs, sms, sendNotice); // pickup notices are queued, so a gateway outage never blocks allocation
  b.snapDismiss(c.ln, 'apis', titlesWithHolds); // kept for Lending's own renewal rule, not offered to others

  // ── Context map ─────────────────────────────────────────────────────────────
  b.relationship('upstreamDownstream', c.ms, c.ln, { up: ['OHS', 'PL'], down: ['ACL'] }, 'Lending keeps its own borrower standing, translated from membership events.');
  b.relationship('upstreamDownstream', c.cat, c.ln, { up: ['OHS'], down: ['CF'] }, 'Lending uses barcodes and titles exactly as the catalogue defines them.');
  b.relationship('sharedKernel', c.ln, rs, {}, 'Copy identity and loan-period rules are one shared module.');
  b.relationship('upstreamDownstream', c.ln, fn, { up: ['PL'], down: ['CF'] }, 'Fines charges on Lending’s overdue and lost events.');
  b.relationship('upstreamDownstream', fn, c.ms, { up: ['PL'], down: ['ACL'] }, 'Membership suspends and reinstates on fine events, in its own terms.');

  // ── Thin slices ─────────────────────────────────────────────────────────────
  b.slice('Hold to pickup', 'happy', '#27AE60', [holdPlaced, r.copyReturned, allocated, noticeSent, r.loanOpened, fulfilled]);
  b.slice('Overdue to suspension', 'unhappy', '#E74C3C', [
    r.loanOpened, r.duePassed, r.flagged, lateAssessed, limitExceeded, r.suspended, finePaid, settled, r.reinstated,
  ]);
  // ── Policy mappings: where each required command field comes from ('unmapped': still open) ──
  b.mapping(allocateReturned, allocate, { titleId: { kind: 'readModel', readModelId: queue.id, field: 'titleId' } });
  b.mapping(noticePolicy, sendNotice, { message: { kind: 'constant', value: 'Your copy is waiting on the hold shelf' } });
  b.mapping(latePolicy, assessLate, { amount: { kind: 'unmapped' } });
  b.mapping(replacementPolicy, chargeReplacement, { amount: { kind: 'unmapped' } });
  b.mapping(recordOnline, payFine, { method: { kind: 'constant', value: 'online' } });

  return b.build();
}
