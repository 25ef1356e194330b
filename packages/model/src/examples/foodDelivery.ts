import type { Board } from '../schema/Board';
import { BoardBuilder } from './builder';
import { catalogueCanvas, deliveryCanvas, kitchenCanvas, orderingCanvas, paymentsCanvas } from './foodDeliveryCanvases';

const order = { 'orderId: uuid': 'The order' } as const;
const money = { 'amount: money': 'Amount in the order currency' } as const;

/** Food delivery: a marketplace between customers, restaurants and couriers. */
export function foodDelivery(): Board {
  const b = new BoardBuilder('fd', 'Food delivery marketplace');

  b.goal('Hot food at the door within 35 minutes of ordering', [
    'P90 order-to-door time is 35 minutes or less',
    'Fewer than 2% of orders rated "arrived cold"',
  ], 'hot-food-in-35-minutes');
  b.goal('Restaurants decide on every order quickly', [
    '95% of tickets accepted or rejected within 3 minutes',
    'Fewer than 1% of tickets auto-rejected',
  ], 'restaurants-decide-quickly');
  b.goal('Nobody pays for food they did not get', ['100% of cancelled or failed orders refunded within 24 hours'], 'no-pay-without-food');
  b.nonGoal('Grocery and convenience-store delivery', ['The catalogue models restaurant menus only'], 'grocery');
  b.nonGoal('Courier payroll and tax reporting', ['Payroll stays in the existing HR system'], 'courier-payroll');

  const customerLane = b.lane('Customer');
  const restaurantLane = b.lane('Restaurant');
  const courierLane = b.lane('Courier');

  // ── Catalogue ────────────────────────────────────────────────────────────────
  const cat = b.context('Catalogue', '#8E44AD', restaurantLane, catalogueCanvas);
  const manager = cat.actor('Restaurant Manager', { at: 0 });
  const portal = cat.ui('Restaurant Portal', { at: 3 });
  const restaurant = cat.aggregate('Restaurant', {
    at: 0, span: 3,
    description: 'Invariant: a menu can only be published while the restaurant has opening hours.',
    fields: { 'restaurantId: uuid': 'Identity', 'name: string': 'Trading name', 'address: text': 'Pick-up address', 'openingHours: string[]': 'One entry per weekday, e.g. "Mon 11:00-22:00"', 'menuVersion?: integer': 'Last published menu version (none before the first)' },
  });
  const registerRestaurant = cat.command('Register Restaurant', { at: 0, fields: { 'name: string': 'Trading name', 'address: text': 'Pick-up address', 'contactEmail: email': 'Where we send payouts and alerts' } });
  b.design(restaurant, { creates: registerRestaurant });
  const restaurantRegistered = cat.event('Restaurant Registered', { at: 0, fields: { 'restaurantId: uuid': 'New restaurant', 'name: string': 'Trading name' } });
  const changeHours = cat.command('Change Opening Hours', { at: 1, fields: { 'restaurantId: uuid': 'Restaurant', 'openingHours: string[]': 'New weekly hours' } });
  const hoursChanged = cat.event('Opening Hours Changed', { at: 1, fields: { 'restaurantId: uuid': 'Restaurant', 'openingHours: string[]': 'New weekly hours' } });
  const publishMenu = cat.command('Publish Menu', { at: 2, fields: { 'restaurantId: uuid': 'Restaurant', 'menuVersion: integer': 'Version to put live' } });
  const menuPublished = cat.event('Menu Published', { at: 2, public: true, fields: { 'restaurantId: uuid': 'Restaurant', 'menuVersion: integer': 'Version now live', 'publishedAt: date-time': 'When it went live' } });
  const menuItem = cat.aggregate('Menu Item', {
    at: 3, span: 3,
    description: 'Invariant: the price is positive; an unavailable item cannot be ordered.',
    fields: { 'menuItemId: uuid': 'Identity', 'restaurantId: uuid': 'Owning restaurant', 'name: string': 'Dish name', 'price: money': 'Current price', 'available: boolean': 'Orderable right now', 'allergens: string[]': 'Declared allergens' },
  });
  const addItem = cat.command('Add Menu Item', { at: 3, fields: { 'restaurantId: uuid': 'Restaurant', 'name: string': 'Dish name', 'price: money': 'Price', 'allergens?: string[]': 'Declared allergens' } });
  b.design(menuItem, { creates: addItem });
  const itemAdded = cat.event('Menu Item Added', { at: 3, fields: { 'menuItemId: uuid': 'New item', 'restaurantId: uuid': 'Restaurant', 'price: money': 'Price' } });
  const changePrice = cat.command('Change Menu Item Price', { at: 4, fields: { 'menuItemId: uuid': 'Item', 'price: money': 'New price' } });
  const priceChanged = cat.event('Menu Item Price Changed', { at: 4, fields: { 'menuItemId: uuid': 'Item', 'oldPrice: money': 'Previous price', 'price: money': 'New price' } });
  const markUnavailable = cat.command('Mark Menu Item Unavailable', { at: 5, slug: 'mark-item-unavailable', fields: { 'menuItemId: uuid': 'Item', 'until?: date-time': 'When it comes back, if known' } });
  const itemUnavailable = cat.event('Menu Item Marked Unavailable', { at: 5, public: true, slug: 'item-marked-unavailable', fields: { 'menuItemId: uuid': 'Item', 'restaurantId: uuid': 'Restaurant' } });
  b.flow(manager, registerRestaurant, restaurant, restaurantRegistered);
  b.flow(manager, changeHours, restaurant, hoursChanged);
  b.flow(manager, publishMenu, restaurant, menuPublished);
  b.flow([manager, portal], addItem, menuItem, itemAdded);
  b.flow([manager, portal], changePrice, menuItem, priceChanged);
  b.flow([manager, portal], markUnavailable, menuItem, itemUnavailable);
  const menuOverview = cat.readModel('Menu Overview', { at: 4, fields: { 'restaurantId: uuid': 'Restaurant', 'items: string[]': 'Item names with price and availability', 'draftChanges?: integer': 'Changes not yet published' } });
  b.feeds([itemAdded, priceChanged, itemUnavailable, menuPublished], menuOverview);
  b.rowKey(menuOverview, 'restaurantId');
  b.link(manager, menuOverview);
  cat.hotspot('Menu versions: what do open baskets see after a republish?', [menuPublished], { at: 2, description: 'Open: keep the basket price or re-price at checkout?' });
  cat.hotspot('Who marks items sold out during service?', [markUnavailable], {
    at: 5, resolved: true, description: 'Resolved: the manager, from the portal; the kitchen display gets a shortcut later.',
  });

  // ── Ordering ─────────────────────────────────────────────────────────────────
  const ord = b.context('Ordering', '#2E86DE', customerLane, orderingCanvas);
  const customer = ord.actor('Customer', { at: 0 });
  const menuScreen = ord.ui('Restaurant Menu Screen', { at: 0 });
  const checkout = ord.ui('Checkout Screen', { at: 2 });
  const basket = ord.aggregate('Basket', {
    at: 0, span: 2,
    description: 'Invariant: all items come from one restaurant.',
    fields: { 'basketId: uuid': 'Identity', 'customerId: uuid': 'Owner', 'restaurantId: uuid': 'Restaurant of every item', 'menuItemIds: uuid[]': 'Chosen items' },
  });
  const addToBasket = ord.command('Add Item To Basket', { at: 0, fields: { 'customerId: uuid': 'Customer', 'menuItemId: uuid': 'Item', 'quantity: integer': 'How many' } });
  b.design(basket, { creates: addToBasket });
  const addedToBasket = ord.event('Item Added To Basket', { at: 0, fields: { 'basketId: uuid': 'Basket', 'menuItemId: uuid': 'Item', 'quantity: integer': 'How many' } });
  const dropUnavailable = ord.policy('Drop unavailable items from open baskets', { at: 1 });
  const removeItem = ord.command('Remove Basket Item', { at: 1, fields: { 'basketId: uuid': 'Basket', 'menuItemId: uuid': 'Item' } });
  const itemRemoved = ord.event('Basket Item Removed', { at: 1, fields: { 'basketId: uuid': 'Basket', 'menuItemId: uuid': 'Item', 'reason: string': 'customer or unavailable' } });
  b.flow([customer, menuScreen], addToBasket, basket, addedToBasket);
  b.reacts(itemUnavailable, dropUnavailable);
  b.flow([dropUnavailable, customer], removeItem, basket, itemRemoved);

  const orderAgg = ord.aggregate('Order', {
    at: 2, span: 5,
    description: 'Invariants: meets the restaurant minimum; cancellable only until the kitchen accepts; completed only once delivered.',
    fields: { ...order, 'customerId: uuid': 'Customer', 'restaurantId: uuid': 'Restaurant', 'lines: string[]': 'Item, quantity, price', 'total: money': 'Total charged', 'status: string': 'placed, confirmed, rejected, cancelled, completed', 'deliveryAddress: text': 'Drop-off address' },
  });
  const placeOrder = ord.command('Place Order', { at: 2, fields: { 'basketId: uuid': 'Basket to turn into an order', 'deliveryAddress: text': 'Drop-off address', 'tip?: money': 'Courier tip' } });
  b.design(orderAgg, { creates: placeOrder });
  const orderPlaced = ord.event('Order Placed', { at: 2, pivotal: true, fields: { ...order, 'customerId: uuid': 'Customer', 'restaurantId: uuid': 'Restaurant', 'total: money': 'Amount to charge' } });
  const confirmOnAuth = ord.policy('Confirm order once payment is authorised', { at: 3 });
  const confirmOrder = ord.command('Confirm Order', { at: 3, fields: { ...order, 'paymentId: uuid': 'Authorised payment' } });
  const orderConfirmed = ord.event('Order Confirmed', { at: 3, pivotal: true, fields: { ...order, 'restaurantId: uuid': 'Restaurant', 'lines: string[]': 'What to cook' } });
  const rejectOnDecline = ord.policy('Reject order when payment is declined', { at: 4 });
  const rejectOrder = ord.command('Reject Order', { at: 4, fields: { ...order, 'reason: string': 'Why' } });
  const orderRejected = ord.event('Order Rejected', { at: 4, fields: { ...order, 'reason: string': 'Why' } });
  const cancelOnKitchenReject = ord.policy('Cancel order the kitchen rejected', { at: 5 });
  const cancelOrder = ord.command('Cancel Order', { at: 5, fields: { ...order, 'reason: string': 'Why' } });
  const orderCancelled = ord.event('Order Cancelled', { at: 5, public: true, fields: { ...order, 'reason: string': 'Why', 'cancelledBy: string': 'customer or kitchen' } });
  const completeOnDelivery = ord.policy('Complete order once delivered', { at: 6 });
  const completeOrder = ord.command('Complete Order', { at: 6, fields: order });
  const orderCompleted = ord.event('Order Completed', { at: 6, fields: { ...order, 'completedAt: date-time': 'When' } });
  const takePayment = ord.policy('Take payment for every placed order', { at: 7 });
  b.flow([customer, checkout], placeOrder, orderAgg, orderPlaced);
  b.flow(confirmOnAuth, confirmOrder, orderAgg, orderConfirmed);
  b.flow(rejectOnDecline, rejectOrder, orderAgg, orderRejected);
  b.flow([cancelOnKitchenReject, customer], cancelOrder, orderAgg, orderCancelled);
  b.flow(completeOnDelivery, completeOrder, orderAgg, orderCompleted);
  b.reacts(orderPlaced, takePayment);
  const restaurantMenu = ord.readModel('Restaurant Menu', { at: 0, fields: { 'restaurantId: uuid': 'Restaurant', 'openNow?: boolean': 'Within opening hours (unknown until hours are set)', 'items: string[]': 'Orderable items with price' } });
  b.feeds([menuPublished, itemUnavailable, hoursChanged], restaurantMenu);
  b.rowKey(restaurantMenu, 'restaurantId');
  b.link(customer, restaurantMenu);
  const orderHistory = ord.readModel('Order History', { at: 5, fields: { 'customerId: uuid': 'Customer', 'orders: string[]': 'Order id, restaurant, total, status', 'lastOrderAt?: date-time': 'Most recent order' } });
  b.feeds([orderPlaced, orderConfirmed, orderRejected, orderCancelled, orderCompleted], orderHistory);
  b.rowKey(orderHistory, 'customerId');
  b.link(customer, orderHistory);
  ord.hotspot('Minimum order value per restaurant?', [placeOrder], { at: 2, resolved: true, description: 'Resolved: yes, set by the restaurant; Place Order refuses below it.' });
  ord.hotspot('Until when may a customer cancel?', [cancelOrder], { at: 5, resolved: true, description: 'Resolved: until the kitchen accepts the ticket.' });
  ord.opportunity('Reorder a past order in one tap', [orderHistory], { at: 6 });

  // ── Payments ─────────────────────────────────────────────────────────────────
  const pay = b.context('Payments', '#16A085', customerLane, paymentsCanvas);
  const payment = pay.aggregate('Payment', {
    at: 0, span: 6,
    description: 'Invariants: captured amount ≤ authorised amount; refunds never exceed what was captured (a refund before capture voids the authorisation).',
    fields: { 'paymentId: uuid': 'Identity', ...order, ...money, 'status: string': 'submitted, authorised, declined, captured, refunded, voided', 'providerReference?: string': "The provider's id" },
  });
  const submitPayment = pay.command('Submit Payment', { at: 0, fields: { ...order, ...money, 'paymentMethodToken: string': 'Tokenised card from the provider widget' } });
  b.design(payment, { creates: submitPayment });
  const paymentSubmitted = pay.event('Payment Submitted', { at: 0, fields: { 'paymentId: uuid': 'Payment', ...order, ...money } });
  const recordAuthPolicy = pay.policy('Record the authorisation', { at: 1 });
  const recordAuth = pay.command('Record Authorisation', { at: 1, fields: { 'paymentId: uuid': 'Payment', 'providerReference: string': 'Authorisation id' } });
  const paymentAuthorised = pay.event('Payment Authorised', { at: 1, fields: { 'paymentId: uuid': 'Payment', ...order } });
  const recordDeclinePolicy = pay.policy('Record the decline', { at: 2 });
  const recordDecline = pay.command('Record Decline', { at: 2, fields: { 'paymentId: uuid': 'Payment', 'declineCode: string': 'Provider decline code' } });
  const paymentDeclined = pay.event('Payment Declined', { at: 2, fields: { 'paymentId: uuid': 'Payment', ...order, 'declineCode: string': 'Provider decline code' } });
  const refundCancelled = pay.policy('Refund cancelled orders', { at: 3 });
  const refundFailed = pay.policy('Refund failed deliveries', { at: 3, dy: -1 });
  const refundPayment = pay.command('Refund Payment', { at: 3, fields: { ...order, 'reason: string': 'Why' } });
  const paymentRefunded = pay.event('Payment Refunded', { at: 3, fields: { 'paymentId: uuid': 'Payment', ...order, ...money } });
  const authExpired = pay.event('Authorisation Expired', { at: 4, timed: true, description: 'Raised by the clock 7 days after authorisation.', fields: { 'paymentId: uuid': 'Payment' } });
  const voidExpired = pay.policy('Void expired authorisations', { at: 5 });
  const voidPayment = pay.command('Void Payment', { at: 5, fields: { 'paymentId: uuid': 'Payment' } });
  const paymentVoided = pay.event('Payment Voided', { at: 5, fields: { 'paymentId: uuid': 'Payment' } });
  const provider = pay.external('Payment Provider', { at: 6, span: 4, description: 'Card acquirer; holds the card data so we stay out of PCI scope.' });
  const authoriseWithProvider = pay.policy('Authorise the card with the provider', { at: 6 });
  const authoriseCard = pay.command('Authorise Card', { at: 6, fields: { 'paymentId: uuid': 'Payment', ...money, 'paymentMethodToken: string': 'Card token' } });
  const cardAuthorised = pay.event('Card Authorised', { at: 6, fields: { 'paymentId: uuid': 'Payment', 'providerReference: string': 'Authorisation id' } });
  const cardDeclined = pay.event('Card Declined', { at: 7, fields: { 'paymentId: uuid': 'Payment', 'declineCode: string': 'Why' } });
  const captureOnAccept = pay.policy('Capture payment when the kitchen accepts', { at: 8 });
  const captureCard = pay.command('Capture Card Payment', { at: 8, fields: { 'paymentId: uuid': 'Payment', ...money } });
  const cardCaptured = pay.event('Card Payment Captured', { at: 8, fields: { 'paymentId: uuid': 'Payment', ...money } });
  const refundWithProvider = pay.policy('Refund the card with the provider', { at: 9 });
  const refundCard = pay.command('Refund Card Payment', { at: 9, fields: { 'paymentId: uuid': 'Payment', ...money } });
  const cardRefunded = pay.event('Card Refund Issued', { at: 9, fields: { 'paymentId: uuid': 'Payment', ...money } });
  b.link(takePayment, submitPayment, 'sync: checkout waits for the payment id');
  b.flow(takePayment, submitPayment, payment, paymentSubmitted);
  b.reacts(paymentSubmitted, authoriseWithProvider);
  b.flow(authoriseWithProvider, authoriseCard, provider, cardAuthorised, cardDeclined);
  b.reacts(cardAuthorised, recordAuthPolicy);
  b.flow(recordAuthPolicy, recordAuth, payment, paymentAuthorised);
  b.reacts(cardDeclined, recordDeclinePolicy);
  b.flow(recordDeclinePolicy, recordDecline, payment, paymentDeclined);
  b.reacts(paymentAuthorised, confirmOnAuth);
  b.reacts(paymentDeclined, rejectOnDecline);
  b.reacts(orderCancelled, refundCancelled);
  b.flow([refundCancelled, refundFailed], refundPayment, payment, paymentRefunded);
  b.reacts(authExpired, voidExpired);
  b.flow(voidExpired, voidPayment, payment, paymentVoided);
  b.flow(captureOnAccept, captureCard, provider, cardCaptured);
  b.reacts(paymentRefunded, refundWithProvider);
  b.flow(refundWithProvider, refundCard, provider, cardRefunded);
  const ledger = pay.readModel('Payment Ledger', { at: 8, fields: { 'date: date': 'Business day', 'captured: money': 'Captured that day', 'refunded: money': 'Refunded that day', 'openAuthorisations: integer': 'Authorised, not yet captured' } });
  b.feeds([paymentAuthorised, cardCaptured, cardRefunded, paymentVoided], ledger);
  b.rowKey(ledger, 'date');
  const analyst = pay.actor('Finance Analyst', { at: 9, dy: 5 });
  b.link(analyst, ledger);
  pay.hotspot('Provider does not answer within 10 s?', [authoriseCard], { at: 6, description: 'Open: retry, or decline and let the customer try again?' });
  pay.hotspot('Capture when the kitchen accepts or on delivery?', [captureCard], { at: 8, resolved: true, description: 'Resolved: on acceptance; failed deliveries are refunded.' });

  // ── Kitchen ──────────────────────────────────────────────────────────────────
  const kit = b.context('Kitchen', '#D35400', restaurantLane, kitchenCanvas, { context: ord, cols: 4 });
  const staff = kit.actor('Kitchen Staff', { at: 1 });
  const display = kit.ui('Kitchen Display', { at: 1 });
  const ticket = kit.aggregate('Ticket', {
    at: 0, span: 7,
    description: 'Invariants: accepted or rejected once; preparation starts only after acceptance; a voided ticket is never cooked.',
    fields: { 'ticketId: uuid': 'Identity', ...order, 'restaurantId: uuid': 'Restaurant', 'lines: string[]': 'Dishes and notes', 'status: string': 'open, accepted, rejected, preparing, ready, voided', 'promisedReadyAt?: date-time': 'Estimate given at acceptance' },
  });
  const openTicketPolicy = kit.policy('Open a ticket for every confirmed order', { at: 0 });
  const openTicket = kit.command('Open Kitchen Ticket', { at: 0, fields: { ...order, 'restaurantId: uuid': 'Restaurant', 'lines: string[]': 'What to cook' } });
  b.design(ticket, { creates: openTicket });
  const ticketOpened = kit.event('Kitchen Ticket Opened', { at: 0, fields: { 'ticketId: uuid': 'Ticket', ...order, 'restaurantId: uuid': 'Restaurant' } });
  const acceptTicket = kit.command('Accept Ticket', { at: 1, fields: { 'ticketId: uuid': 'Ticket', 'prepMinutes: integer': 'Estimated preparation time' } });
  const ticketAccepted = kit.event('Ticket Accepted', { at: 1, pivotal: true, public: true, fields: { 'ticketId: uuid': 'Ticket', ...order, 'promisedReadyAt: date-time': 'When food should be ready' } });
  const deadlinePassed = kit.event('Acceptance Deadline Passed', { at: 2, timed: true, description: 'Raised 3 minutes after the ticket opened if nobody decided.', fields: { 'ticketId: uuid': 'Ticket' } });
  const autoReject = kit.policy('Auto-reject tickets nobody accepted in time', { at: 3 });
  const rejectTicket = kit.command('Reject Ticket', { at: 3, fields: { 'ticketId: uuid': 'Ticket', 'reason: string': 'busy, closed, out of stock, timeout' } });
  const ticketRejected = kit.event('Ticket Rejected', { at: 3, fields: { 'ticketId: uuid': 'Ticket', ...order, 'reason: string': 'Why' } });
  const startPrep = kit.command('Start Preparation', { at: 4, fields: { 'ticketId: uuid': 'Ticket' } });
  const prepStarted = kit.event('Preparation Started', { at: 4, fields: { 'ticketId: uuid': 'Ticket', 'startedAt: date-time': 'When' } });
  const completePrep = kit.command('Complete Preparation', { at: 5, fields: { 'ticketId: uuid': 'Ticket' } });
  const prepCompleted = kit.event('Preparation Completed', { at: 5, fields: { 'ticketId: uuid': 'Ticket', ...order, 'readyAt: date-time': 'When the bag was sealed' } });
  const voidOnCancel = kit.policy('Void the ticket of a cancelled order', { at: 6 });
  const voidTicket = kit.command('Void Ticket', { at: 6, fields: { ...order } });
  const ticketVoided = kit.event('Ticket Voided', { at: 6, fields: { 'ticketId: uuid': 'Ticket', ...order } });
  b.reacts(orderConfirmed, openTicketPolicy);
  b.flow(openTicketPolicy, openTicket, ticket, ticketOpened);
  b.flow([staff, display], acceptTicket, ticket, ticketAccepted);
  b.reacts(deadlinePassed, autoReject);
  b.flow([autoReject, staff, display], rejectTicket, ticket, ticketRejected);
  b.flow([staff, display], startPrep, ticket, prepStarted);
  b.flow([staff, display], completePrep, ticket, prepCompleted);
  b.reacts(orderCancelled, voidOnCancel);
  b.flow(voidOnCancel, voidTicket, ticket, ticketVoided);
  b.reacts(ticketRejected, cancelOnKitchenReject);
  b.reacts(ticketAccepted, captureOnAccept);
  const queue = kit.readModel('Kitchen Queue', { at: 4, fields: { 'restaurantId: uuid': 'Restaurant', 'tickets: string[]': 'Ticket, dishes, status, minutes waiting', 'oldestWaitingMinutes: integer': 'For the "behind" banner' } });
  b.feeds([ticketOpened, ticketAccepted, prepStarted, prepCompleted, ticketVoided, ticketRejected], queue);
  b.rowKey(queue, 'restaurantId');
  b.link(staff, queue);
  kit.hotspot('How does the kitchen estimate prep time?', [acceptTicket], { at: 1, description: 'Open: typed by staff today; could come from history.' });
  kit.opportunity('Predict prep time to dispatch couriers just in time', [prepStarted], { at: 4 });

  // ── Delivery ─────────────────────────────────────────────────────────────────
  const del = b.context('Delivery', '#C0392B', courierLane, deliveryCanvas, { context: kit, cols: 0 });
  const courier = del.actor('Courier', { at: 0 });
  const courierApp = del.ui('Courier App', { at: 4 });
  const shift = del.aggregate('Courier Shift', {
    at: 0, span: 2, codeName: 'shift', // its identity is "shiftId", as the commands and events carry it
    description: 'Invariants: one open shift per courier; a shift with a delivery in progress stays open.',
    fields: { 'shiftId: uuid': 'Identity', 'courierId: uuid': 'Courier', 'zone: string': 'City zone', 'openedAt: date-time': 'Start', 'closedAt?: date-time': 'End' },
  });
  const openShift = del.command('Open Shift', { at: 0, fields: { 'courierId: uuid': 'Courier', 'zone: string': 'Where they will ride' } });
  b.design(shift, { creates: openShift });
  const shiftOpened = del.event('Shift Opened', { at: 0, fields: { 'shiftId: uuid': 'Shift', 'courierId: uuid': 'Courier', 'zone: string': 'Zone' } });
  const closeShift = del.command('Close Shift', { at: 1, fields: { 'shiftId: uuid': 'Shift' } });
  const shiftClosed = del.event('Shift Closed', { at: 1, fields: { 'shiftId: uuid': 'Shift', 'courierId: uuid': 'Courier' } });
  const openingRefused = del.event('Shift Opening Refused', { at: 0, dy: 1, fields: { 'courierId: uuid': 'Courier', 'reason: string': 'a shift is already open' } });
  const closingRefused = del.event('Shift Closing Refused', { at: 1, dy: -5, fields: { 'shiftId: uuid': 'Shift', 'reason: string': 'a delivery is still in progress' } });
  b.flow([courier, courierApp], openShift, shift, shiftOpened, openingRefused);
  b.flow([courier, courierApp], closeShift, shift, shiftClosed, closingRefused);

  const delivery = del.aggregate('Delivery', {
    at: 2, span: 7,
    description: 'Invariants: one courier at a time; collected before delivered; a failed delivery is final.',
    fields: { 'deliveryId: uuid': 'Identity', ...order, 'courierId?: uuid': 'Assigned courier', 'pickupAddress: text': 'Restaurant', 'dropoffAddress: text': 'Customer', 'status: string': 'created, offered, assigned, collected, delivered, failed', 'offeredTo: uuid[]': 'Couriers already asked' },
  });
  const createOnAccept = del.policy('Create a delivery when the kitchen accepts', { at: 2 });
  const createDelivery = del.command('Create Delivery', { at: 2, fields: { ...order, 'pickupAddress: text': 'Restaurant', 'dropoffAddress: text': 'Customer', 'readyAt: date-time': 'Promised ready time' } });
  b.design(delivery, { creates: createDelivery });
  const deliveryCreated = del.event('Delivery Created', { at: 2, fields: { 'deliveryId: uuid': 'Delivery', ...order } });
  const offerNearest = del.policy('Offer the job to the nearest free courier', { at: 3 });
  const offerNext = del.policy('Offer a declined job to the next courier', { at: 3, dy: -1 });
  const offerJob = del.command('Offer Delivery Job', { at: 3, fields: { 'deliveryId: uuid': 'Delivery', 'courierId: uuid': 'Courier asked' } });
  const jobOffered = del.event('Delivery Job Offered', { at: 3, fields: { 'deliveryId: uuid': 'Delivery', 'courierId: uuid': 'Courier asked', 'expiresAt: date-time': 'Offer deadline' } });
  const acceptJob = del.command('Accept Delivery Job', { at: 4, fields: { 'deliveryId: uuid': 'Delivery', 'courierId: uuid': 'Courier' } });
  const courierAssigned = del.event('Courier Assigned', { at: 4, fields: { 'deliveryId: uuid': 'Delivery', 'courierId: uuid': 'Courier', ...order } });
  const declineJob = del.command('Decline Delivery Job', { at: 5, fields: { 'deliveryId: uuid': 'Delivery', 'courierId: uuid': 'Courier' } });
  const jobDeclined = del.event('Delivery Job Declined', { at: 5, fields: { 'deliveryId: uuid': 'Delivery', 'courierId: uuid': 'Courier' } });
  const confirmCollection = del.command('Confirm Collection', { at: 6, fields: { 'deliveryId: uuid': 'Delivery' } });
  const collected = del.event('Order Collected', { at: 6, fields: { 'deliveryId: uuid': 'Delivery', ...order, 'collectedAt: date-time': 'When' } });
  const confirmDropoff = del.command('Confirm Drop-off', { at: 7, slug: 'confirm-dropoff', fields: { 'deliveryId: uuid': 'Delivery', 'proofPin: string': 'PIN the customer reads out' } });
  const delivered = del.event('Order Delivered', { at: 7, pivotal: true, public: true, fields: { 'deliveryId: uuid': 'Delivery', ...order, 'deliveredAt: date-time': 'When' } });
  const recordFailure = del.command('Record Delivery Failure', { at: 8, fields: { 'deliveryId: uuid': 'Delivery', 'reason: string': 'no answer, wrong address, unsafe', 'photoUrl?: url': 'Evidence' } });
  const deliveryFailed = del.event('Delivery Failed', { at: 8, fields: { 'deliveryId: uuid': 'Delivery', ...order, 'reason: string': 'Why' } });
  b.reacts(ticketAccepted, createOnAccept);
  b.flow(createOnAccept, createDelivery, delivery, deliveryCreated);
  b.flow([offerNearest, offerNext], offerJob, delivery, jobOffered);
  b.flow([courier, courierApp], acceptJob, delivery, courierAssigned);
  b.flow([courier, courierApp], declineJob, delivery, jobDeclined);
  b.reacts(jobDeclined, offerNext);
  b.flow([courier, courierApp], confirmCollection, delivery, collected);
  b.flow([courier, courierApp], confirmDropoff, delivery, delivered);
  b.flow([courier, courierApp], recordFailure, delivery, deliveryFailed);
  b.reacts(delivered, completeOnDelivery);
  b.reacts(deliveryFailed, refundFailed);

  const maps = del.external('Maps Service', { at: 9 });
  const planRoute = del.policy('Plan a route for every new delivery', { at: 9 });
  const calculateRoute = del.command('Calculate Route', { at: 9, fields: { 'deliveryId: uuid': 'Delivery', 'pickupAddress: text': 'From', 'dropoffAddress: text': 'To' } });
  const routeCalculated = del.event('Route Calculated', { at: 9, fields: { 'deliveryId: uuid': 'Delivery', 'distanceMetres: integer': 'Ride length', 'etaMinutes: integer': 'Estimated ride time' } });
  b.reacts(deliveryCreated, planRoute);
  b.flow(planRoute, calculateRoute, maps, routeCalculated);
  b.reacts(routeCalculated, offerNearest);
  const push = del.external('Push Notification Service', { at: 10 });
  const tellCourier = del.policy('Tell the courier the food is ready', { at: 10 });
  const notifyCourier = del.command('Send Courier Notification', { at: 10, fields: { 'courierId: uuid': 'Courier', 'message: string': 'Text shown on the phone' } });
  const courierNotified = del.event('Courier Notification Sent', { at: 10, fields: { 'courierId: uuid': 'Courier', 'sentAt: date-time': 'When' } });
  b.reacts(prepCompleted, tellCourier);
  b.flow(tellCourier, notifyCourier, push, courierNotified);

  // One row per courier (keyed by courierId, which every event feeding it carries but Order Delivered).
  const available = del.readModel('Available Couriers', { at: 1, fields: { 'courierId: uuid': 'Courier', 'zone?: string': 'City zone of the open shift', 'shiftId?: uuid': 'Open shift, if any', 'lastPosition?: string': 'Latest GPS fix' } });
  b.feeds([shiftOpened, shiftClosed, courierAssigned, delivered], available);
  b.rowKey(available, 'courierId');
  b.link(available, offerNearest);
  const tracking = del.readModel('Delivery Tracking', { at: 7, fields: { ...order, 'status: string': 'Where the order is', 'courierName?: string': 'Who is bringing it', 'etaMinutes?: integer': 'Minutes to the door' } });
  b.feeds([courierAssigned, collected, delivered, deliveryFailed, routeCalculated], tracking);
  b.rowKey(tracking, 'orderId');
  const waitingCustomer = del.actor('Customer', { at: 8, dy: 5 });
  b.link(waitingCustomer, tracking);
  b.link(tracking, courier);
  del.hotspot('Nobody accepts the job within 5 minutes?', [offerJob, jobDeclined], { at: 5, description: 'Open: widen the radius, add a bonus, or tell the customer?' });
  del.hotspot('Proof of delivery: photo or PIN?', [confirmDropoff], { at: 7, resolved: true, description: 'Resolved: PIN read out by the customer; photo only for leave-at-door.' });
  del.opportunity('Batch two orders from the same restaurant', [createDelivery], { at: 2 });
  b.snapEntry(del, 'risks', 'GPS drift in dense city centres makes "nearest courier" wrong by whole blocks.');
  b.snapEntry(pay, 'risks', 'PCI DSS scope: card data must only ever reach the provider, never our services.');
  b.borisNote(pay, 'Thin wrapper around the provider: lean events out, rich API in (Submit Payment answers with the payment id).');
  b.borisNote(ticketAccepted, 'Two subscribers with different deadlines: capture may lag, courier dispatch may not.');

  // ── Context map ──────────────────────────────────────────────────────────────
  b.relationship('upstreamDownstream', cat, ord, { up: ['OHS', 'PL'], down: ['CF'] }, 'Ordering shows menus exactly as Catalogue publishes them.');
  b.relationship('customerSupplier', pay, ord, { up: ['OHS'] }, 'Ordering asks Payments to take payment; Payments plans its API around checkout.');
  b.relationship('upstreamDownstream', ord, kit, { up: ['PL'], down: ['ACL'] }, 'Kitchen translates confirmed orders into tickets in its own language.');
  b.relationship('upstreamDownstream', kit, pay, { up: ['PL'], down: ['CF'] }, 'Payments captures when it hears Ticket Accepted.');
  b.relationship('partnership', kit, del, {}, 'Kitchen and Delivery plan together so food and courier arrive at the same time.');
  b.relationship('upstreamDownstream', del, ord, { up: ['OHS', 'PL'], down: ['CF'] }, 'Ordering completes orders on Order Delivered.');

  // ── Thin slices ──────────────────────────────────────────────────────────────
  b.slice('Order to doorstep', 'happy', '#27AE60', [
    addedToBasket, orderPlaced, paymentSubmitted, cardAuthorised, paymentAuthorised, orderConfirmed, ticketOpened, ticketAccepted,
    cardCaptured, deliveryCreated, routeCalculated, jobOffered, courierAssigned, prepStarted, prepCompleted, courierNotified, collected,
    delivered, orderCompleted,
  ]);
  b.slice('Card declined at checkout', 'unhappy', '#E74C3C', [orderPlaced, paymentSubmitted, cardDeclined, paymentDeclined, orderRejected]);
  // Slices the generated system plays by itself (sliceDrivability): the slice tests drive them through the gateway.
  b.slice('Courier rides a shift', 'happy', '#2ECC71', [shiftOpened, shiftClosed]);
  b.slice('Menu goes live', 'happy', '#3498DB', [restaurantRegistered, menuPublished]);
  b.slice('Closing a closed shift', 'unhappy', '#E67E22', [shiftOpened, shiftClosed, closingRefused]);

  // ── Lifecycles (Aggregate Design Canvas): states, where each command is accepted, where events lead ──
  b.design(restaurant, { states: ['Onboarded', 'Live'], acceptedIn: [[publishMenu, ['Onboarded', 'Live']]], leadsTo: [[restaurantRegistered, 'Onboarded'], [menuPublished, 'Live']] });
  b.design(menuItem, { states: ['Available', 'Unavailable'], acceptedIn: [[markUnavailable, ['Available']]], leadsTo: [[itemAdded, 'Available'], [itemUnavailable, 'Unavailable']] });
  b.design(basket, { states: ['Open'], acceptedIn: [[removeItem, ['Open']]], leadsTo: [[addedToBasket, 'Open']] });
  b.design(orderAgg, {
    states: ['Placed', 'Confirmed', 'Rejected', 'Cancelled', 'Completed'],
    acceptedIn: [[confirmOrder, ['Placed']], [rejectOrder, ['Placed']], [cancelOrder, ['Placed', 'Confirmed']], [completeOrder, ['Confirmed']]],
    leadsTo: [[orderPlaced, 'Placed'], [orderConfirmed, 'Confirmed'], [orderRejected, 'Rejected'], [orderCancelled, 'Cancelled'], [orderCompleted, 'Completed']],
  });
  b.design(payment, {
    states: ['Submitted', 'Authorised', 'Declined', 'Refunded', 'Voided'],
    acceptedIn: [[recordAuth, ['Submitted']], [recordDecline, ['Submitted']], [refundPayment, ['Authorised']], [voidPayment, ['Authorised']]],
    leadsTo: [[paymentSubmitted, 'Submitted'], [paymentAuthorised, 'Authorised'], [paymentDeclined, 'Declined'], [paymentRefunded, 'Refunded'], [paymentVoided, 'Voided']],
  });
  b.design(ticket, {
    states: ['Open', 'Accepted', 'Rejected', 'In Preparation', 'Ready', 'Voided'],
    acceptedIn: [[acceptTicket, ['Open']], [rejectTicket, ['Open']], [startPrep, ['Accepted']], [completePrep, ['In Preparation']], [voidTicket, ['Open', 'Accepted', 'In Preparation']]],
    leadsTo: [[ticketOpened, 'Open'], [ticketAccepted, 'Accepted'], [ticketRejected, 'Rejected'], [prepStarted, 'In Preparation'], [prepCompleted, 'Ready'], [ticketVoided, 'Voided']],
  });
  b.design(shift, {
    states: ['Open', 'Closed'],
    acceptedIn: [[closeShift, ['Open']]],
    leadsTo: [[shiftOpened, 'Open'], [shiftClosed, 'Closed']],
    invariants: ['A courier has at most one open shift', 'A shift with a delivery in progress cannot close'],
  });
  b.design(delivery, {
    states: ['Created', 'Offered', 'Assigned', 'Collected', 'Delivered', 'Failed'],
    acceptedIn: [[offerJob, ['Created', 'Offered']], [acceptJob, ['Offered']], [declineJob, ['Offered']], [confirmCollection, ['Assigned']], [confirmDropoff, ['Collected']], [recordFailure, ['Assigned', 'Collected']]],
    leadsTo: [[deliveryCreated, 'Created'], [jobOffered, 'Offered'], [courierAssigned, 'Assigned'], [collected, 'Collected'], [delivered, 'Delivered'], [deliveryFailed, 'Failed']],
  });

  // ── Policy mappings: where each required command field comes from ('unmapped': still open) ──
  b.mapping(dropUnavailable, removeItem, { basketId: { kind: 'unmapped' } });
  b.mapping(rejectOnDecline, rejectOrder, { reason: { kind: 'eventField', field: 'declineCode' } });
  b.mapping(takePayment, submitPayment, { amount: { kind: 'eventField', field: 'total' }, paymentMethodToken: { kind: 'unmapped' } });
  b.mapping(authoriseWithProvider, authoriseCard, { paymentMethodToken: { kind: 'unmapped' } });
  b.mapping(captureOnAccept, captureCard, { paymentId: { kind: 'unmapped' }, amount: { kind: 'unmapped' } });
  b.mapping(autoReject, rejectTicket, { reason: { kind: 'constant', value: 'Not accepted in time' } });
  b.mapping(createOnAccept, createDelivery, { readyAt: { kind: 'eventField', field: 'promisedReadyAt' }, pickupAddress: { kind: 'unmapped' }, dropoffAddress: { kind: 'unmapped' } });
  b.mapping(offerNearest, offerJob, { courierId: { kind: 'unmapped' } });
  b.mapping(planRoute, calculateRoute, { pickupAddress: { kind: 'unmapped' }, dropoffAddress: { kind: 'unmapped' } });
  b.mapping(tellCourier, notifyCourier, { courierId: { kind: 'unmapped' }, message: { kind: 'constant', value: 'Your order is ready for pickup' } });

  return b.build();
}
