import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES } from '@stormscape/model/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject, planProject } from '../../src/index';
import { eventExample } from '../../src/specs/asyncapi';
import { scratchDir, writeFiles } from '../files';
import { mvn } from './maven';

// A sync Boris edge on the Spring target, end to end in the generated service: food-delivery's
// Ordering (Spring) hears its own Order Placed on Kafka and its policy "Take payment for every
// placed order" calls Payments' Submit Payment over HTTP (PaymentsClient: RestClient +
// Resilience4j). A real HTTP server on 127.0.0.1 stands in for Payments (the generated
// ServiceTestSupport's CalleeStandIn, which PAYMENTS_URL points at); PostgreSQL and Kafka are
// real (zonky embedded-postgres, @EmbeddedKafka). The board leaves the payment token open, so
// the test supplies it as a developer would in the created-once policy file. Our JUnit class
// below runs inside the generated module with `mvn test`.
const dir = scratchDir('spring-sync-calls');
let passed = false;
afterAll(() => {
  if (passed) rmSync(dir, { recursive: true, force: true });
}, 5 * 60_000);

const TOKEN = 'tok-from-the-test';

/** People's code: the token the board leaves open, supplied instead of the TODO that throws. */
const POLICY = `package stormscape.ordering.handlers;

import stormscape.ordering.generated.domain.Policies;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class TakePaymentForEveryPlacedOrderPolicy implements Policies.TakePaymentForEveryPlacedOrderPolicyOpen {
  @Override
  public String submitPaymentPaymentMethodToken(Map<String, Object> event) {
    return "${TOKEN}";
  }
}
`;

/** Our test, in the generated test package so it can use the generated support (stand-ins, Kafka, inbox waits). */
function syncCallTest(event: Record<string, unknown>): string {
  const json = (eventId: string) => JSON.stringify(JSON.stringify({ ...event, eventId }));
  return `package stormscape.ordering.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderPlacedCallsPaymentsTest extends ServiceTestSupport {
  private static final String TOPIC = "ordering.orders.order-placed";

  private RecordMetadata send(String json) throws Exception {
    return kafka.send(TOPIC, "key-1", json).get(60, TimeUnit.SECONDS).getRecordMetadata();
  }

  @Test
  void placedOrderReachesPaymentsOnceWithTheMappedRequest() throws Exception {
    CalleeStandIn payments = callee("PaymentsClient");
    send(${json('sync-1')});
    awaitInbox("sync-1");
    // Delivered again: the inbox skips it, so Payments is not called twice.
    awaitConsumed(send(${json('sync-1')}));
    assertEquals(1, payments.received().size(), "Payments received the request once");
    CalleeStandIn.Received request = payments.received().get(0);
    assertEquals("POST", request.method());
    assertEquals("/payments", request.path());
    Map<?, ?> body = new ObjectMapper().readValue(request.body(), Map.class);
    assertEquals(Map.of("orderId", ${JSON.stringify(event.orderId)}, "amount", Map.of("amount", ${JSON.stringify((event.total as { amount: number }).amount)}, "currency", ${JSON.stringify((event.total as { currency: string }).currency)}), "paymentMethodToken", "${TOKEN}"), body);
  }

  @Test
  void refusalByPaymentsIsLoggedNotRetried() throws Exception {
    CalleeStandIn payments = callee("PaymentsClient");
    payments.answer(409);
    RecordMetadata sent = send(${json('sync-2')});
    // Claimed in the inbox: the reaction's transaction committed, so the message was neither retried nor dead-lettered.
    awaitInbox("sync-2");
    awaitConsumed(sent);
    assertEquals(1, payments.received().size(), "a refused call is not repeated");
  }

  @Test
  void failingPaymentsRetriesTheEventThenDeadLettersIt() throws Exception {
    CalleeStandIn payments = callee("PaymentsClient");
    payments.answer(500);
    send(${json('sync-3')});
    awaitRecord(TOPIC + ".dlq", r -> r.value().contains("sync-3"));
    // CONSUMER_MAX_ATTEMPTS (3) deliveries, one POST each (a POST is never retried by the client).
    assertEquals(List.of("POST", "POST", "POST"), payments.received().stream().map(r -> r.method()).toList());
    assertEquals(0, jdbc.queryForObject("SELECT count(*) FROM inbox WHERE event_id = 'sync-3'", Integer.class), "not claimed: every attempt rolled back");
  }
}
`;
}

describe('Spring sync calls (food-delivery Ordering → Payments)', () => {
  it('the event reaches the callee once with the mapped request; a refusal (409) is logged, not retried; a failing callee gets the event retried, then dead-lettered', () => {
    const example = EXAMPLES.find((e) => e.id === 'food-delivery');
    if (!example) throw new Error('no food-delivery example');
    const files = generateProject(example.board, { target: 'spring', contexts: ['Ordering'] });
    const policyPath = 'ordering/src/main/java/stormscape/ordering/handlers/TakePaymentForEveryPlacedOrderPolicy.java';
    expect(files.get(policyPath), 'the board leaves the payment token open').toContain('TODO(stormscape): map submitPayment.paymentMethodToken');
    files.set(policyPath, POLICY);
    const ordering = planProject(example.board).contexts.find((c) => c.slug === 'ordering');
    const placed = ordering?.published.find((e) => e.pascal === 'OrderPlaced');
    if (!placed) throw new Error('Ordering publishes no OrderPlaced');
    files.set('ordering/src/test/java/stormscape/ordering/generated/OrderPlacedCallsPaymentsTest.java', syncCallTest(eventExample(placed)));
    writeFiles(dir, files);
    const run = mvn(join(dir, 'ordering'), ['test', '-Dtest=OrderPlacedCallsPaymentsTest'], 30 * 60_000);
    console.log(`mvn -B test -Dtest=OrderPlacedCallsPaymentsTest (ordering): ${run.seconds} s`);
    expect(run.ok, run.output.slice(-8000)).toBe(true);
    const report = readFileSync(join(dir, 'ordering/target/surefire-reports/TEST-stormscape.ordering.generated.OrderPlacedCallsPaymentsTest.xml'), 'utf8');
    for (const name of ['placedOrderReachesPaymentsOnceWithTheMappedRequest', 'refusalByPaymentsIsLoggedNotRetried', 'failingPaymentsRetriesTheEventThenDeadLettersIt']) {
      expect(report, name).toContain(`<testcase name="${name}"`);
    }
    // Those three ran, none failed, errored or was skipped.
    expect(report).toMatch(/ tests="3" errors="0" skipped="0" failures="0">/);
    passed = true;
  }, 35 * 60_000);
});
