// What the board leaves open on the bench's path (each a `notMapped(…)` stand-in that throws in
// the generated people's files), supplied the way a developer would. Every bench order has the
// same customer and restaurant, so the read models' row keys for events that do not carry them
// are those ids.
const CUSTOMER = "'6f1c2a9e-3b7d-4c1e-9a2b-5d8e7f6a1b2c'";
const RESTAURANT = "'0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d'";

const OPEN_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'ordering/src/handlers/order/placeOrder.ts': { customerId: CUSTOMER, restaurantId: RESTAURANT, total: "({ amount: 2500, currency: 'EUR' })" },
  'ordering/src/handlers/policies/takePaymentForEveryPlacedOrder.ts': { paymentMethodToken: "'tok_bench'" },
  'ordering/src/handlers/projections/orderHistory.ts': { key: CUSTOMER },
  'kitchen/src/handlers/projections/kitchenQueue.ts': { oldestWaitingMinutes: '0', key: RESTAURANT },
};

/** `files` with the open values on the bench's path supplied; throws when one is no longer open (update the list). */
export function supplyOpenValues(files: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(files);
  for (const [path, values] of Object.entries(OPEN_VALUES)) {
    let text = out.get(path);
    if (text === undefined) throw new Error(`service bench: no ${path} in the generated files`);
    for (const [member, value] of Object.entries(values)) {
      const stand = new RegExp(`(\\n\\s*${member}: \\(\\) => )notMapped\\([^\\n]*\\),`);
      if (!stand.test(text)) throw new Error(`service bench: ${path} has no open value ${member} any more`);
      text = text.replace(stand, `$1${value},`);
    }
    out.set(path, text);
  }
  return out;
}
