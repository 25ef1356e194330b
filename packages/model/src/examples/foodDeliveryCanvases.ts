import type { BoundedContextCanvas } from '../schema/BoundedContext';

/** Bounded Context Canvases of the food delivery example, as filled in after the storm. */

export const catalogueCanvas: BoundedContextCanvas = {
  purpose: 'Lets restaurants describe what they sell, when, and at what price, and publishes that as the menu customers order from.',
  classification: { domain: 'supporting', businessModel: ['engagement'], evolution: 'customBuilt' },
  domainRoles: ['Specification', 'Draft'],
  inbound: [
    { collaborator: 'Restaurant Manager', relationship: 'actor', messageKind: 'command', message: 'Register Restaurant, Add Menu Item, Publish Menu' },
  ],
  outbound: [
    { collaborator: 'Ordering', relationship: 'OHS / PL', messageKind: 'event', message: 'Menu Published, Menu Item Marked Unavailable, Opening Hours Changed' },
  ],
  ubiquitousLanguage: [
    { term: 'Menu', definition: 'The published, versioned set of menu items of one restaurant.' },
    { term: 'Menu item', definition: 'A dish with a price, allergens and availability.' },
    { term: 'Sold out', definition: 'A menu item marked unavailable for the rest of the service.' },
  ],
  businessDecisions: [
    'Drafts are invisible to customers until the menu is published.',
    'Prices include VAT; the restaurant sets them, we never discount them here.',
  ],
  assumptions: ['A restaurant republishes its menu at most a few times a day.'],
  verificationMetrics: ['Time from "sold out" in the kitchen to the item disappearing from the app < 30 s.'],
  openQuestions: ['Do chains share one menu across branches?'],
};

export const orderingCanvas: BoundedContextCanvas = {
  purpose: 'Turns a basket into a paid, confirmed order and follows it until it is completed or cancelled.',
  classification: { domain: 'core', businessModel: ['revenue', 'engagement'], evolution: 'customBuilt' },
  domainRoles: ['Execution', 'Gateway'],
  inbound: [
    { collaborator: 'Customer', relationship: 'actor', messageKind: 'command', message: 'Add Item To Basket, Place Order, Cancel Order' },
    { collaborator: 'Catalogue', relationship: 'conformist', messageKind: 'event', message: 'Menu Published, Menu Item Marked Unavailable, Opening Hours Changed' },
    { collaborator: 'Payments', relationship: 'customer of supplier', messageKind: 'event', message: 'Payment Authorised, Payment Declined' },
    { collaborator: 'Kitchen', relationship: 'upstream', messageKind: 'event', message: 'Ticket Rejected' },
    { collaborator: 'Delivery', relationship: 'conformist', messageKind: 'event', message: 'Order Delivered' },
  ],
  outbound: [
    { collaborator: 'Payments', relationship: 'customer of supplier', messageKind: 'command', message: 'Submit Payment' },
    { collaborator: 'Kitchen', relationship: 'PL', messageKind: 'event', message: 'Order Confirmed' },
    { collaborator: 'Payments, Kitchen', relationship: 'PL', messageKind: 'event', message: 'Order Cancelled' },
  ],
  ubiquitousLanguage: [
    { term: 'Basket', definition: 'Items a customer is about to order, all from one restaurant.' },
    { term: 'Order', definition: 'A placed basket with an address and a price the customer agreed to pay.' },
    { term: 'Confirmed', definition: 'Payment is authorised; the kitchen may start.' },
    { term: 'Completed', definition: 'Delivered and no longer changeable.' },
  ],
  businessDecisions: [
    'An order is confirmed only after the payment is authorised.',
    'Customers may cancel until the kitchen accepts the ticket.',
    'Each restaurant sets a minimum order value.',
  ],
  assumptions: ['Customers order from one restaurant at a time.', 'Payment authorisation answers within 10 seconds.'],
  verificationMetrics: ['Checkout conversion ≥ 85%.', 'Orders stuck in "placed" for > 2 minutes: 0.'],
  openQuestions: ['Do we let customers edit an order after placing it?'],
};

export const paymentsCanvas: BoundedContextCanvas = {
  purpose: 'Takes the customer’s money safely: authorise at checkout, capture when the kitchen commits, refund when we fail.',
  classification: { domain: 'supporting', businessModel: ['revenue', 'compliance'], evolution: 'product' },
  domainRoles: ['Gateway', 'Enforcer'],
  inbound: [
    { collaborator: 'Ordering', relationship: 'supplier (OHS)', messageKind: 'command', message: 'Submit Payment' },
    { collaborator: 'Ordering', relationship: 'downstream', messageKind: 'event', message: 'Order Cancelled' },
    { collaborator: 'Kitchen', relationship: 'conformist', messageKind: 'event', message: 'Ticket Accepted' },
    { collaborator: 'Delivery', relationship: 'downstream', messageKind: 'event', message: 'Delivery Failed' },
    { collaborator: 'Payment Provider', relationship: 'external', messageKind: 'event', message: 'Card Authorised, Card Declined' },
  ],
  outbound: [
    { collaborator: 'Ordering', relationship: 'OHS', messageKind: 'event', message: 'Payment Authorised, Payment Declined' },
    { collaborator: 'Payment Provider', relationship: 'external', messageKind: 'command', message: 'Authorise Card, Capture Card Payment, Refund Card Payment' },
    { collaborator: 'Finance Analyst', relationship: 'actor', messageKind: 'query', message: 'Payment Ledger' },
  ],
  ubiquitousLanguage: [
    { term: 'Authorisation', definition: 'The provider has reserved the amount on the card.' },
    { term: 'Capture', definition: 'The reserved money is actually taken.' },
    { term: 'Void', definition: 'An authorisation released without capture.' },
    { term: 'Refund', definition: 'Captured money paid back; before capture it is a void.' },
  ],
  businessDecisions: ['Capture on kitchen acceptance, not on delivery.', 'Authorisations expire after 7 days and are voided.'],
  assumptions: ['One payment per order; no split bills.'],
  verificationMetrics: ['Refunds issued within 24 h: 100%.', 'Provider authorisation P95 < 3 s.'],
  openQuestions: ['Do we need a second provider for failover?'],
};

export const kitchenCanvas: BoundedContextCanvas = {
  purpose: 'Gives restaurant staff one queue of tickets to accept, cook and hand over on time.',
  classification: { domain: 'supporting', businessModel: ['engagement'], evolution: 'customBuilt' },
  domainRoles: ['Execution'],
  inbound: [
    { collaborator: 'Ordering', relationship: 'ACL', messageKind: 'event', message: 'Order Confirmed, Order Cancelled' },
    { collaborator: 'Kitchen Staff', relationship: 'actor', messageKind: 'command', message: 'Accept Ticket, Reject Ticket, Start Preparation, Complete Preparation' },
  ],
  outbound: [
    { collaborator: 'Payments', relationship: 'PL', messageKind: 'event', message: 'Ticket Accepted' },
    { collaborator: 'Delivery', relationship: 'partnership', messageKind: 'event', message: 'Ticket Accepted, Preparation Completed' },
    { collaborator: 'Ordering', relationship: 'upstream', messageKind: 'event', message: 'Ticket Rejected' },
  ],
  ubiquitousLanguage: [
    { term: 'Ticket', definition: 'What the kitchen cooks for one order.' },
    { term: 'Acceptance deadline', definition: '3 minutes after a ticket opens; then it is auto-rejected.' },
    { term: 'Ready', definition: 'Food bagged and sealed at the pick-up shelf.' },
  ],
  businessDecisions: ['Tickets not accepted within 3 minutes are rejected automatically.'],
  assumptions: ['Every restaurant has a tablet running the Kitchen Display during service.'],
  verificationMetrics: ['Median acceptance time < 60 s.', 'Promised vs actual ready time within 5 minutes for 90% of tickets.'],
  openQuestions: ['Should the kitchen see the courier’s ETA?'],
};

export const deliveryCanvas: BoundedContextCanvas = {
  purpose: 'Finds a courier for every accepted order and gets the food from the restaurant to the customer.',
  classification: { domain: 'core', businessModel: ['revenue', 'costReduction'], evolution: 'genesis' },
  domainRoles: ['Execution', 'Analysis'],
  inbound: [
    { collaborator: 'Kitchen', relationship: 'partnership', messageKind: 'event', message: 'Ticket Accepted, Preparation Completed' },
    { collaborator: 'Courier', relationship: 'actor', messageKind: 'command', message: 'Open Shift, Accept Delivery Job, Confirm Collection, Confirm Drop-off, Record Delivery Failure' },
    { collaborator: 'Maps Service', relationship: 'external', messageKind: 'event', message: 'Route Calculated' },
  ],
  outbound: [
    { collaborator: 'Ordering', relationship: 'OHS / PL', messageKind: 'event', message: 'Order Delivered' },
    { collaborator: 'Payments', relationship: 'upstream', messageKind: 'event', message: 'Delivery Failed' },
    { collaborator: 'Push Notification Service', relationship: 'external', messageKind: 'command', message: 'Send Courier Notification' },
    { collaborator: 'Customer', relationship: 'actor', messageKind: 'query', message: 'Delivery Tracking' },
  ],
  ubiquitousLanguage: [
    { term: 'Delivery', definition: 'Moving one order from pick-up to drop-off.' },
    { term: 'Job offer', definition: 'A delivery proposed to one courier, who has 45 s to accept.' },
    { term: 'Shift', definition: 'A period a courier is online in a zone.' },
    { term: 'Proof of delivery', definition: 'The PIN the customer reads out at the door.' },
  ],
  businessDecisions: ['Offer jobs to one courier at a time, nearest first.', 'A failed delivery is final and refunded.'],
  assumptions: ['Couriers keep the app in the foreground while on shift.'],
  verificationMetrics: ['Time from acceptance to courier assigned P90 < 4 minutes.', 'Failed deliveries < 1%.'],
  openQuestions: ['Batching: two orders per courier?', 'How do tips reach couriers?'],
};
