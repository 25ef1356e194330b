import type { FieldType } from '../schema/Field';

/** Vocabulary for generated boards, so benches and demos read like a real storm. */
export const CONTEXT_NAMES = [
  'Ordering', 'Payments', 'Shipping', 'Inventory', 'Catalogue', 'Customers', 'Billing', 'Notifications',
  'Pricing', 'Returns', 'Loyalty', 'Fraud Detection', 'Reporting', 'Identity', 'Scheduling', 'Claims',
  'Underwriting', 'Lending', 'Membership', 'Support', 'Procurement', 'Warehousing', 'Dispatch', 'Reviews',
] as const;

export const NOUNS = [
  'Order', 'Payment', 'Shipment', 'Invoice', 'Customer', 'Product', 'Cart', 'Refund', 'Voucher', 'Booking',
  'Claim', 'Policy', 'Loan', 'Member', 'Ticket', 'Delivery', 'Parcel', 'Account', 'Subscription', 'Quote',
  'Contract', 'Review', 'Return', 'Batch', 'Route', 'Slot', 'Stock Item', 'Supplier', 'Dispute', 'Payout',
] as const;

export const QUALIFIERS = [
  '', 'Express', 'Bulk', 'Draft', 'Recurring', 'Partial', 'Priority', 'Manual', 'Corporate', 'Trial',
  'Seasonal', 'Regional', 'Pending', 'Archived', 'Shared', 'Premium',
] as const;

/** Imperative command verb and the past tense its event uses. */
export const VERBS: readonly (readonly [string, string])[] = [
  ['Place', 'Placed'], ['Cancel', 'Cancelled'], ['Approve', 'Approved'], ['Reject', 'Rejected'],
  ['Confirm', 'Confirmed'], ['Register', 'Registered'], ['Update', 'Updated'], ['Schedule', 'Scheduled'],
  ['Assign', 'Assigned'], ['Ship', 'Shipped'], ['Close', 'Closed'], ['Open', 'Opened'], ['Submit', 'Submitted'],
  ['Verify', 'Verified'], ['Archive', 'Archived'], ['Reserve', 'Reserved'], ['Release', 'Released'],
  ['Refund', 'Refunded'], ['Pay', 'Paid'], ['Create', 'Created'],
];

export const ACTORS = ['Customer', 'Clerk', 'Manager', 'Courier', 'Agent', 'Administrator', 'Auditor', 'Partner', 'Supervisor', 'Analyst'] as const;

export const EXTERNAL_SYSTEMS = ['Payment Gateway', 'Email Service', 'Tax Engine', 'Map API', 'Credit Bureau', 'Warehouse ERP', 'SMS Gateway', 'Identity Provider'] as const;

export const READ_MODEL_SUFFIXES = ['Summary', 'List', 'Dashboard', 'History', 'Status'] as const;

export const HOTSPOT_QUESTIONS = [
  'Who may do this?', 'What if it times out?', 'Is this legally required?', 'Duplicate handling unclear',
  'Which system is the source of truth?', 'Conflicting rules between teams',
] as const;

export const FIELD_POOL: readonly (readonly [string, FieldType])[] = [
  ['amount', 'money'], ['quantity', 'integer'], ['note', 'text'], ['occurredAt', 'date-time'], ['email', 'email'],
  ['dueDate', 'date'], ['active', 'boolean'], ['reference', 'string'], ['website', 'url'], ['score', 'number'],
];

export const SLICE_COLOURS = ['#E53935', '#1E88E5', '#43A047', '#FB8C00', '#8E24AA'] as const;
export const CONTEXT_COLOURS = ['#5C6BC0', '#26A69A', '#EF6C00', '#8D6E63', '#AB47BC', '#29B6F6', '#9CCC65', '#EC407A'] as const;

/** "Stock Item" → "stockItem". */
export function camel(words: string): string {
  const parts = words.split(/\s+/).filter(Boolean);
  return parts.map((p, i) => (i === 0 ? p.toLowerCase() : p[0]?.toUpperCase() + p.slice(1).toLowerCase())).join('');
}
