import type { Board } from '../schema/Board';
import { BoardBuilder } from './builder';
import { catalogueCanvas, lendingCanvas, membershipCanvas } from './libraryLendingCanvases';
import { reservationsAndFines } from './libraryLendingFines';

const member = { 'memberId: uuid': 'The member' } as const;
const loan = { 'loanId: uuid': 'The loan' } as const;
const copy = { 'barcode: string': 'Barcode on the copy' } as const;

/** A public library: members, catalogue, loans, holds and fines. */
export function libraryLending(): Board {
  const b = new BoardBuilder('ll', 'Public library lending');

  b.goal('Get the books members want into their hands sooner', [
    'Median wait for a held title under 10 days',
    '90% of holds collected within the pickup window',
  ], 'books-sooner');
  b.goal('Lose fewer books to overdue loans', ['Loans more than 30 days overdue down 50%', 'Lost-copy replacement costs down 25%'], 'fewer-lost-books');
  b.nonGoal('E-book and audiobook lending', ['Stays with the e-book platform vendor'], 'ebooks');
  b.nonGoal('Inter-library loans', ['Handled by the regional consortium system'], 'inter-library');

  const memberLane = b.lane('Member');
  const deskLane = b.lane('Circulation desk');
  const backOfficeLane = b.lane('Back office');

  // ── Membership ──────────────────────────────────────────────────────────────
  const ms = b.context('Membership', '#2E86DE', memberLane, membershipCanvas);
  const newMember = ms.actor('Member', { at: 0 });
  const librarian = ms.actor('Librarian', { at: 3 });
  const website = ms.ui('Library Website', { at: 0 });
  const membership = ms.aggregate('Membership', {
    at: 0, span: 6,
    // Identified by the member's id, as every command and event of the context carries it (lint A3).
    codeName: 'member',
    description: 'Invariants: one membership per person; only verified addresses are activated; a suspended member cannot borrow.',
    fields: { ...member, 'name: string': 'Full name', 'email: email': 'Contact', 'address: text': 'Home address', 'dateOfBirth: date': 'For child accounts', 'status: string': 'registered, active, suspended, expired', 'expiresOn: date': 'End of membership' },
  });
  const register = ms.command('Register Member', { at: 0, fields: { 'name: string': 'Full name', 'email: email': 'Contact', 'address: text': 'Home address', 'dateOfBirth: date': 'Birth date', 'guardianId?: uuid': 'Adult member responsible for a child' } });
  b.design(membership, { creates: register });
  const registered = ms.event('Member Registered', { at: 0, fields: { ...member, 'address: text': 'Address to verify' } });
  const activatePolicy = ms.policy('Activate members with a verified address', { at: 1 });
  const activate = ms.command('Activate Membership', { at: 1, fields: { ...member } });
  const activated = ms.event('Membership Activated', { at: 1, public: true, fields: { ...member, 'expiresOn: date': 'End of membership' } });
  const proofPolicy = ms.policy('Ask for proof when the address is rejected', { at: 2 });
  const requestProof = ms.command('Request Proof Of Address', { at: 2, fields: { ...member, 'reason: string': 'Why the check failed' } });
  const proofRequested = ms.event('Proof Of Address Requested', { at: 2, fields: { ...member } });
  const suspendOverFines = ms.policy('Suspend members over the fine limit', { at: 3, dy: -1 });
  const suspend = ms.command('Suspend Membership', { at: 3, fields: { ...member, 'reason: string': 'fines, conduct, other' } });
  const suspended = ms.event('Membership Suspended', { at: 3, fields: { ...member, 'reason: string': 'Why' } });
  const reinstatePolicy = ms.policy('Reinstate members who settled their fines', { at: 4 });
  const reinstate = ms.command('Reinstate Membership', { at: 4, fields: { ...member } });
  const reinstated = ms.event('Membership Reinstated', { at: 4, fields: { ...member } });
  const renew = ms.command('Renew Membership', { at: 5, fields: { ...member } });
  const renewed = ms.event('Membership Renewed', { at: 5, fields: { ...member, 'expiresOn: date': 'New end date' } });
  const expired = ms.event('Membership Expired', { at: 6, timed: true, description: 'Raised on the expiry date of an unrenewed membership.', fields: { ...member, 'expiredOn: date': 'When' } });
  b.flow([newMember, website], register, membership, registered);
  b.flow(activatePolicy, activate, membership, activated);
  b.flow(proofPolicy, requestProof, membership, proofRequested);
  b.flow([suspendOverFines, librarian], suspend, membership, suspended);
  b.flow([reinstatePolicy, librarian], reinstate, membership, reinstated);
  b.flow([newMember, website], renew, membership, renewed);
  b.design(membership, {
    states: ['Registered', 'Awaiting Proof', 'Active', 'Suspended'],
    acceptedIn: [[activate, ['Registered', 'Awaiting Proof']], [requestProof, ['Registered']], [suspend, ['Active']], [reinstate, ['Suspended']], [renew, ['Active', 'Suspended']]],
    leadsTo: [[registered, 'Registered'], [proofRequested, 'Awaiting Proof'], [activated, 'Active'], [suspended, 'Suspended'], [reinstated, 'Active'], [renewed, 'Active']],
  });
  const addressService = ms.external('Address Verification Service', { at: 7, span: 2, slug: 'address-verification' });
  const verifyPolicy = ms.policy('Verify the address of every new member', { at: 7 });
  const verify = ms.command('Verify Address', { at: 7, fields: { ...member, 'address: text': 'Address' } });
  const verified = ms.event('Address Verified', { at: 7, fields: { ...member } });
  const rejected = ms.event('Address Rejected', { at: 8, fields: { ...member, 'reason: string': 'unknown, not residential, outside the borough' } });
  b.reacts(registered, verifyPolicy);
  b.flow(verifyPolicy, verify, addressService, verified, rejected);
  b.reacts(verified, activatePolicy);
  b.reacts(rejected, proofPolicy);
  const email = ms.external('Email Service', { at: 9 });
  const remindPolicy = ms.policy('Remind expired members to renew', { at: 9 });
  const remind = ms.command('Send Renewal Reminder', { at: 9, fields: { ...member, 'email: email': 'To' } });
  const reminded = ms.event('Renewal Reminder Sent', { at: 9, fields: { ...member, 'sentAt: date-time': 'When' } });
  b.reacts(expired, remindPolicy);
  b.flow(remindPolicy, remind, email, reminded);
  const directory = ms.readModel('Member Directory', { at: 3, fields: { 'members: string[]': 'Name, card number, status', 'suspendedCount: integer': 'Currently suspended' } });
  b.feeds([registered, activated, suspended, reinstated, renewed], directory);
  b.link(librarian, directory);
  ms.hotspot('Children: who holds the account?', [register], { at: 1, description: 'Open: guardian account or own card with a guardian link?' });
  ms.hotspot('Members with no fixed address?', [verify], { at: 7, resolved: true, description: 'Resolved: staff verify in person with a letter from a shelter or charity.' });

  // ── Catalogue ───────────────────────────────────────────────────────────────
  const cat = b.context('Catalogue', '#8E44AD', backOfficeLane, catalogueCanvas);
  const cataloguer = cat.actor('Cataloguer', { at: 0 });
  const workstation = cat.ui('Cataloguing Workstation', { at: 0 });
  const title = cat.aggregate('Title', {
    at: 0, span: 2,
    fields: { 'titleId: uuid': 'Identity', 'isbn: string': 'ISBN-13', 'title: string': 'Title', 'authors: string[]': 'Authors', 'subjects: string[]': 'Subject headings', 'publishedYear?: integer': 'Year' },
  });
  const addTitle = cat.command('Add Title', { at: 0, fields: { 'isbn: string': 'ISBN-13', 'title: string': 'Title as on the cover' } });
  b.design(title, { creates: addTitle });
  const titleAdded = cat.event('Title Added', { at: 0, fields: { 'titleId: uuid': 'Title', 'isbn: string': 'ISBN-13' } });
  const applyMetadata = cat.policy('Apply fetched metadata', { at: 1 });
  const updateDetails = cat.command('Update Title Details', { at: 1, fields: { 'titleId: uuid': 'Title', 'authors: string[]': 'Authors', 'subjects: string[]': 'Subjects', 'publishedYear?: integer': 'Year' } });
  const detailsUpdated = cat.event('Title Details Updated', { at: 1, fields: { 'titleId: uuid': 'Title', 'authors: string[]': 'Authors', 'subjects: string[]': 'Subjects' } });
  const copyAgg = cat.aggregate('Copy', {
    at: 2, span: 2,
    description: 'Invariant: barcodes are unique across all branches; a withdrawn copy is never lent again.',
    fields: { ...copy, 'titleId: uuid': 'Title', 'branch: string': 'Home branch', 'shelfMark: string': 'Where it stands', 'status: string': 'in stock, withdrawn' },
  });
  const registerCopy = cat.command('Register Copy', { at: 2, fields: { 'titleId: uuid': 'Title', ...copy, 'branch: string': 'Home branch' } });
  b.design(copyAgg, { creates: registerCopy });
  const copyRegistered = cat.event('Copy Registered', { at: 2, fields: { ...copy, 'titleId: uuid': 'Title', 'branch: string': 'Branch' } });
  const withdrawLost = cat.policy('Withdraw copies reported lost', { at: 3 });
  const withdraw = cat.command('Withdraw Copy', { at: 3, fields: { ...copy, 'reason: string': 'lost, damaged, weeded' } });
  const withdrawn = cat.event('Copy Withdrawn', { at: 3, public: true, fields: { ...copy, 'titleId: uuid': 'Title', 'reason: string': 'Why' } });
  const registrationRefused = cat.event('Copy Registration Refused', { at: 2, dy: -5, fields: { ...copy, 'reason: string': 'barcode already in use' } });
  const withdrawalRefused = cat.event('Copy Withdrawal Refused', { at: 3, dy: -5, fields: { ...copy, 'reason: string': 'already withdrawn, or out on loan' } });
  b.flow([cataloguer, workstation], addTitle, title, titleAdded);
  b.flow(applyMetadata, updateDetails, title, detailsUpdated);
  b.flow([cataloguer, workstation], registerCopy, copyAgg, copyRegistered, registrationRefused);
  b.flow([withdrawLost, cataloguer], withdraw, copyAgg, withdrawn, withdrawalRefused);
  b.design(title, { states: ['Catalogued'], acceptedIn: [[updateDetails, ['Catalogued']]], leadsTo: [[titleAdded, 'Catalogued'], [detailsUpdated, 'Catalogued']] });
  b.design(copyAgg, {
    states: ['In Stock', 'Withdrawn'],
    acceptedIn: [[withdraw, ['In Stock']]],
    leadsTo: [[copyRegistered, 'In Stock'], [withdrawn, 'Withdrawn']],
    invariants: ['Barcodes are unique across all branches', 'A withdrawn copy is never lent again'],
  });
  const isbn = cat.external('ISBN Metadata Service', { at: 4, slug: 'isbn-metadata' });
  const fetchPolicy = cat.policy('Fetch metadata for every new title', { at: 4 });
  const fetchMetadata = cat.command('Fetch Title Metadata', { at: 4, fields: { 'titleId: uuid': 'Title', 'isbn: string': 'ISBN-13' } });
  const metadataReceived = cat.event('Title Metadata Received', { at: 4, fields: { 'titleId: uuid': 'Title', 'authors: string[]': 'Authors', 'subjects: string[]': 'Subjects', 'coverUrl?: url': 'Cover image' } });
  b.reacts(titleAdded, fetchPolicy);
  b.flow(fetchPolicy, fetchMetadata, isbn, metadataReceived);
  b.reacts(metadataReceived, applyMetadata);
  const search = cat.readModel('Catalogue Search', { at: 2, fields: { 'titleId: uuid': 'Title', 'title: string': 'Title', 'authors: string[]': 'Authors', 'copiesOnShelf: integer': 'Available now', 'copiesOnLoan: integer': 'Lent out' } });
  const searcher = cat.actor('Member', { at: 3, dy: 5 });
  b.link(searcher, search);
  cat.hotspot('No record in the metadata service for local history?', [fetchMetadata], { at: 4, resolved: true, description: 'Resolved: the cataloguer types the details in.' });
  cat.opportunity('Let members suggest purchases', [addTitle], { at: 1 });

  // ── Lending ─────────────────────────────────────────────────────────────────
  const ln = b.context('Lending', '#C0392B', deskLane, lendingCanvas, { context: ms, cols: 2 });
  const deskLibrarian = ln.actor('Librarian', { at: 0 });
  const borrower = ln.actor('Member', { at: 1 });
  const desk = ln.ui('Circulation Desk', { at: 0 });
  const kiosk = ln.ui('Self-service Kiosk', { at: 1 });
  const loanAgg = ln.aggregate('Loan', {
    at: 0, span: 6,
    description: 'Invariants: only active members borrow; at most 20 loans per member; no renewal while the title has holds; at most 3 renewals.',
    fields: { ...loan, ...member, ...copy, 'dueOn: date': 'Due date', 'renewals: integer': 'Times renewed', 'status: string': 'open, overdue, returned, lost' },
  });
  const openLoan = ln.command('Open Loan', { at: 0, description: 'Checking a copy out to a member.', fields: { ...member, ...copy } });
  b.design(loanAgg, { creates: openLoan });
  const loanOpened = ln.event('Loan Opened', { at: 0, pivotal: true, public: true, fields: { ...loan, ...member, ...copy, 'dueOn: date': 'Due date' } });
  const renewLoan = ln.command('Renew Loan', { at: 1, fields: { ...loan } });
  const loanRenewed = ln.event('Loan Renewed', { at: 1, fields: { ...loan, 'dueOn: date': 'New due date' } });
  const returnCopy = ln.command('Return Copy', { at: 2, fields: { ...copy, 'branch: string': 'Where it was returned' } });
  const copyReturned = ln.event('Copy Returned', { at: 2, pivotal: true, public: true, fields: { ...loan, ...copy, 'branch: string': 'Where', 'daysLate: integer': '0 when on time' } });
  const duePassed = ln.event('Loan Due Date Passed', { at: 3, timed: true, description: 'Raised at closing time on the due date of an open loan.', fields: { ...loan } });
  const flagPolicy = ln.policy('Flag loans past their due date', { at: 4 });
  const flag = ln.command('Flag Overdue Loan', { at: 4, fields: { ...loan } });
  const flagged = ln.event('Overdue Loan Flagged', { at: 4, public: true, fields: { ...loan, ...member, 'dueOn: date': 'Missed due date' } });
  const reportLost = ln.command('Report Copy As Lost', { at: 5, fields: { ...loan, 'reportedBy: string': 'member or staff' } });
  const reportedLost = ln.event('Copy Reported Lost', { at: 5, public: true, fields: { ...loan, ...member, ...copy } });
  b.flow([deskLibrarian, desk, borrower, kiosk], openLoan, loanAgg, loanOpened);
  b.flow([borrower, kiosk], renewLoan, loanAgg, loanRenewed);
  b.flow([deskLibrarian, desk, kiosk], returnCopy, loanAgg, copyReturned);
  b.reacts(duePassed, flagPolicy);
  b.flow(flagPolicy, flag, loanAgg, flagged);
  b.flow([deskLibrarian, desk], reportLost, loanAgg, reportedLost);
  b.design(loanAgg, {
    states: ['Open', 'Overdue', 'Returned', 'Lost'],
    acceptedIn: [[renewLoan, ['Open']], [returnCopy, ['Open', 'Overdue']], [flag, ['Open']], [reportLost, ['Open', 'Overdue']]],
    leadsTo: [[loanOpened, 'Open'], [loanRenewed, 'Open'], [copyReturned, 'Returned'], [flagged, 'Overdue'], [reportedLost, 'Lost']],
  });
  b.reacts(reportedLost, withdrawLost);
  b.feeds([titleAdded, detailsUpdated, copyRegistered, withdrawn, loanOpened, copyReturned], search);
  b.rowKey(search, 'titleId');
  const standing = ln.readModel('Borrower Standing', { at: 0, fields: { ...member, 'status: string': 'active or suspended', 'loansOut: integer': 'Open loans', 'expiresOn: date': 'Membership end' } });
  b.feeds([activated, suspended, reinstated, renewed, loanOpened, copyReturned], standing);
  b.rowKey(standing, 'memberId');
  b.link(deskLibrarian, standing);
  const myLoans = ln.readModel('My Loans', { at: 2, fields: { ...member, 'loans: string[]': 'Title, due date, renewals left', 'overdue: integer': 'How many are late' } });
  b.feeds([loanOpened, loanRenewed, copyReturned, flagged], myLoans);
  b.rowKey(myLoans, 'memberId');
  b.link(borrower, myLoans);
  ln.hotspot('Renew while others wait for the title?', [renewLoan], { at: 1, resolved: true, description: 'Resolved: no; Lending keeps a local count of holds per title.' });
  ln.hotspot('Grace period before a loan counts as overdue?', [flag], { at: 4, description: 'Open: branches disagree (0 or 2 days).' });

  // ── Policy mappings: where each required command field comes from ('unmapped': still open) ──
  b.mapping(suspendOverFines, suspend, { reason: { kind: 'constant', value: 'Fines over the limit' } });
  b.mapping(remindPolicy, remind, { email: { kind: 'unmapped' } });
  b.mapping(withdrawLost, withdraw, { reason: { kind: 'constant', value: 'Reported lost' } });

  return reservationsAndFines(b, { memberLane, deskLane, backOfficeLane, ms, cat, ln }, {
    desk, borrower, copyReturned, loanOpened, flagged, reportedLost, duePassed, activated, suspended, reinstated,
    suspendOverFines, reinstatePolicy,
  });
}
