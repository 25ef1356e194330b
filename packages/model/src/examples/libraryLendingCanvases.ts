import type { BoundedContextCanvas } from '../schema/BoundedContext';

/** Bounded Context Canvases of the library lending example. */

export const membershipCanvas: BoundedContextCanvas = {
  purpose: 'Knows who may use the library: registers residents, verifies where they live and keeps their membership in good standing.',
  classification: { domain: 'generic', businessModel: ['compliance', 'engagement'], evolution: 'product' },
  domainRoles: ['Gateway', 'Specification'],
  inbound: [
    { collaborator: 'Member', relationship: 'actor', messageKind: 'command', message: 'Register Member, Renew Membership' },
    { collaborator: 'Fines', relationship: 'ACL', messageKind: 'event', message: 'Fine Limit Exceeded, Fines Settled' },
    { collaborator: 'Address Verification Service', relationship: 'external', messageKind: 'event', message: 'Address Verified, Address Rejected' },
  ],
  outbound: [
    { collaborator: 'Lending', relationship: 'OHS / PL', messageKind: 'event', message: 'Membership Activated, Membership Suspended, Membership Reinstated, Membership Renewed' },
    { collaborator: 'Fines', relationship: 'PL', messageKind: 'event', message: 'Membership Activated' },
    { collaborator: 'Address Verification Service', relationship: 'external', messageKind: 'command', message: 'Verify Address' },
    { collaborator: 'Email Service', relationship: 'external', messageKind: 'command', message: 'Send Renewal Reminder' },
  ],
  ubiquitousLanguage: [
    { term: 'Member', definition: 'A resident with a library card.' },
    { term: 'Active', definition: 'Verified, unexpired and not suspended: may borrow.' },
    { term: 'Suspended', definition: 'Blocked from borrowing, usually for unpaid fines.' },
    { term: 'Guardian', definition: 'The adult member responsible for a child’s card.' },
  ],
  businessDecisions: ['Only residents of the borough may join.', 'Memberships run for one year and are renewed, not re-registered.'],
  assumptions: ['The address service covers every residential address in the borough.'],
  verificationMetrics: ['Registration to active card < 10 minutes for 90% of residents.'],
  openQuestions: ['How do child accounts work?'],
};

export const catalogueCanvas: BoundedContextCanvas = {
  purpose: 'Describes every title and every physical copy the library owns, so members can find them and staff can shelve them.',
  classification: { domain: 'supporting', businessModel: ['engagement'], evolution: 'product' },
  domainRoles: ['Specification'],
  inbound: [
    { collaborator: 'Cataloguer', relationship: 'actor', messageKind: 'command', message: 'Add Title, Register Copy, Withdraw Copy' },
    { collaborator: 'Lending', relationship: 'downstream', messageKind: 'event', message: 'Copy Reported Lost, Loan Opened, Copy Returned' },
    { collaborator: 'ISBN Metadata Service', relationship: 'external', messageKind: 'event', message: 'Title Metadata Received' },
  ],
  outbound: [
    { collaborator: 'Lending', relationship: 'OHS', messageKind: 'event', message: 'Copy Withdrawn' },
    { collaborator: 'Member', relationship: 'actor', messageKind: 'query', message: 'Catalogue Search' },
    { collaborator: 'ISBN Metadata Service', relationship: 'external', messageKind: 'command', message: 'Fetch Title Metadata' },
  ],
  ubiquitousLanguage: [
    { term: 'Title', definition: 'A work in one edition, identified by its ISBN.' },
    { term: 'Copy', definition: 'One physical item of a title, identified by its barcode.' },
    { term: 'Withdrawn', definition: 'Removed from stock for good: lost, damaged or weeded.' },
  ],
  businessDecisions: ['Metadata comes from the ISBN service; cataloguers only fill gaps.'],
  assumptions: ['Every copy carries a unique barcode before it reaches a shelf.'],
  verificationMetrics: ['Titles without subjects < 2%.', 'New copy to searchable < 1 hour.'],
  openQuestions: ['Should members see copies at other branches?'],
};

export const lendingCanvas: BoundedContextCanvas = {
  purpose: 'Lends copies to members and gets them back: check-out, renewal, return, overdue and lost.',
  classification: { domain: 'core', businessModel: ['engagement'], evolution: 'customBuilt' },
  domainRoles: ['Execution', 'Enforcer'],
  inbound: [
    { collaborator: 'Librarian, Member', relationship: 'actor', messageKind: 'command', message: 'Open Loan, Renew Loan, Return Copy, Report Copy As Lost' },
    { collaborator: 'Membership', relationship: 'ACL', messageKind: 'event', message: 'Membership Activated, Membership Suspended, Membership Reinstated, Membership Renewed' },
    { collaborator: 'Reservations', relationship: 'shared kernel', messageKind: 'event', message: 'Hold Placed, Hold Cancelled, Hold Fulfilled, Hold Expired' },
  ],
  outbound: [
    { collaborator: 'Reservations', relationship: 'shared kernel', messageKind: 'event', message: 'Copy Returned, Loan Opened' },
    { collaborator: 'Fines', relationship: 'PL', messageKind: 'event', message: 'Overdue Loan Flagged, Copy Reported Lost' },
    { collaborator: 'Fines', relationship: 'PL', messageKind: 'command', message: 'Pay Fine (at the circulation desk)' },
    { collaborator: 'Catalogue', relationship: 'upstream', messageKind: 'event', message: 'Copy Reported Lost' },
  ],
  ubiquitousLanguage: [
    { term: 'Loan', definition: 'One copy checked out to one member until it comes back.' },
    { term: 'Due date', definition: '21 days after check-out or the last renewal.' },
    { term: 'Overdue', definition: 'Still out after the due date.' },
    { term: 'Renewal', definition: 'A new due date without returning the copy; at most 3, never while others wait.' },
  ],
  businessDecisions: ['No renewals while the title has holds.', 'A lost copy closes the loan and is charged at replacement cost.'],
  assumptions: ['Desk and kiosks are online; offline check-out is out of scope.'],
  verificationMetrics: ['Check-out at the kiosk < 20 s.', 'Loans overdue > 30 days down 50%.'],
  openQuestions: ['Grace period before overdue?'],
};

export const reservationsCanvas: BoundedContextCanvas = {
  purpose: 'Queues members for titles that are out and sets the next returned copy aside for the first in line.',
  classification: { domain: 'core', businessModel: ['engagement'], evolution: 'customBuilt' },
  domainRoles: ['Execution', 'Analysis'],
  inbound: [
    { collaborator: 'Member', relationship: 'actor', messageKind: 'command', message: 'Place Hold, Cancel Hold' },
    { collaborator: 'Lending', relationship: 'shared kernel', messageKind: 'event', message: 'Copy Returned, Loan Opened' },
  ],
  outbound: [
    { collaborator: 'Lending', relationship: 'shared kernel', messageKind: 'event', message: 'Hold Placed, Hold Cancelled, Hold Fulfilled, Hold Expired' },
    { collaborator: 'SMS Gateway', relationship: 'external', messageKind: 'command', message: 'Send Pickup Notice' },
    { collaborator: 'Member', relationship: 'actor', messageKind: 'query', message: 'My Holds' },
  ],
  ubiquitousLanguage: [
    { term: 'Hold', definition: 'A member’s place in the queue for a title.' },
    { term: 'Allocated', definition: 'A copy is on the hold shelf with the member’s name on it.' },
    { term: 'Pickup window', definition: 'Days an allocated copy waits before passing to the next member.' },
  ],
  businessDecisions: ['First come, first served per title across all branches.', 'At most 10 open holds per member.'],
  assumptions: ['Members read SMS within a day.'],
  verificationMetrics: ['Holds collected within the window ≥ 90%.', 'Median wait < 10 days.'],
  openQuestions: ['7-day or 3-day pickup window?'],
};

export const finesCanvas: BoundedContextCanvas = {
  purpose: 'Charges late and replacement fees fairly, takes payment and tells Membership when a member owes too much.',
  classification: { domain: 'supporting', businessModel: ['revenue', 'compliance'], evolution: 'customBuilt' },
  domainRoles: ['Execution', 'Enforcer'],
  inbound: [
    { collaborator: 'Lending', relationship: 'conformist', messageKind: 'event', message: 'Overdue Loan Flagged, Copy Reported Lost' },
    { collaborator: 'Lending', relationship: 'conformist', messageKind: 'command', message: 'Pay Fine' },
    { collaborator: 'Membership', relationship: 'downstream', messageKind: 'event', message: 'Membership Activated' },
    { collaborator: 'Payment Provider', relationship: 'external', messageKind: 'event', message: 'Card Payment Succeeded' },
  ],
  outbound: [
    { collaborator: 'Membership', relationship: 'PL', messageKind: 'event', message: 'Fine Limit Exceeded, Fines Settled' },
    { collaborator: 'Payment Provider', relationship: 'external', messageKind: 'command', message: 'Pay Fine Online' },
    { collaborator: 'Librarian, Member', relationship: 'actor', messageKind: 'query', message: 'Outstanding Balances' },
  ],
  ubiquitousLanguage: [
    { term: 'Fine account', definition: 'What one member owes and has paid.' },
    { term: 'Late fee', definition: '€0.20 per day overdue, capped at €5 per loan.' },
    { term: 'Fine limit', definition: '€10; above it the member cannot borrow.' },
    { term: 'Waiver', definition: 'A charge cancelled by staff, with a reason.' },
  ],
  businessDecisions: ['Fees follow the council tariff; staff cannot change amounts, only waive.'],
  assumptions: ['Most members pay at the desk, not online.'],
  verificationMetrics: ['Fine income reconciled with the provider daily.', 'Waivers without a reason: 0.'],
  openQuestions: ['Who may waive how much?'],
};
