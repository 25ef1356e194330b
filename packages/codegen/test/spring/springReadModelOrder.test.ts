import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES } from '@stormscape/model/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../src/index';
import { scratchDir, writeFiles } from '../files';
import { mvn } from './maven';

// The Spring half of test/readModelOrder.test.ts: food-delivery's Delivery on Spring hears one
// delivery's OrderCollected (aggregate-version 3) before its CourierAssigned (version 2), on two
// topics, through its real @KafkaListener (@EmbeddedKafka) on a real PostgreSQL (zonky
// embedded-postgres); Delivery Tracking must end Collected. An older ShiftOpened fills only the
// zone of the row its newer ShiftClosed made; another shift (another aggregate) applies as it
// arrives. The commands' own events carry their aggregate's version in the outbox. Our JUnit
// class runs inside the generated module with `mvn test`, like springSyncCalls.test.ts.
const dir = scratchDir('spring-read-model-order');
let passed = false;
afterAll(() => {
  if (passed) rmSync(dir, { recursive: true, force: true });
}, 5 * 60_000);

const TEST = `package stormscape.delivery.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadModelOrderTest extends ServiceTestSupport {
  /** Sends an event as another replica's relay would (envelope in headers) and waits until the service claimed it. */
  private void deliver(String topic, String aggregateId, long version, String json) throws Exception {
    String eventId = UUID.randomUUID().toString();
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, aggregateId, json.replace("\\"EVENT_ID\\"", "\\"" + eventId + "\\""));
    record.headers().add("event-id", eventId.getBytes(StandardCharsets.UTF_8));
    record.headers().add("aggregate-id", aggregateId.getBytes(StandardCharsets.UTF_8));
    record.headers().add("aggregate-version", String.valueOf(version).getBytes(StandardCharsets.UTF_8));
    kafka.send(record).get(60, TimeUnit.SECONDS);
    awaitInbox(eventId);
  }

  private static String event(String fields) {
    return "{\\"eventId\\": \\"EVENT_ID\\", \\"occurredAt\\": \\"2026-12-05T03:00:00Z\\", " + fields + "}";
  }

  private Map<String, Object> row(String path, String id) {
    Reply reply = call("GET", path, id, null);
    expectStatus(reply, 200);
    return reply.map();
  }

  @Test
  void laterEventOfADeliveryArrivingFirstWins() throws Exception {
    String deliveryId = UUID.randomUUID().toString();
    String orderId = UUID.randomUUID().toString();
    deliver("delivery.deliveries.order-collected", deliveryId, 3, event("\\"deliveryId\\": \\"" + deliveryId + "\\", \\"orderId\\": \\"" + orderId + "\\", \\"collectedAt\\": \\"2026-12-05T03:00:00Z\\""));
    deliver("delivery.deliveries.courier-assigned", deliveryId, 2, event("\\"deliveryId\\": \\"" + deliveryId + "\\", \\"orderId\\": \\"" + orderId + "\\", \\"courierId\\": \\"" + UUID.randomUUID() + "\\""));
    Map<String, Object> tracking = row("/delivery-trackings/{id}", orderId);
    assertEquals("Collected", tracking.get("status"), "the row reflects the delivery's latest event: " + tracking);
    assertFalse(tracking.containsKey("applied"), "the bookkeeping is not in the API: " + tracking);
  }

  @Test
  void olderEventOnlyFillsUnsetFieldsAndAnotherAggregateAppliesAsItArrives() throws Exception {
    String courierId = UUID.randomUUID().toString();
    String shiftId = UUID.randomUUID().toString();
    deliver("delivery.shifts.shift-closed", shiftId, 2, event("\\"shiftId\\": \\"" + shiftId + "\\", \\"courierId\\": \\"" + courierId + "\\""));
    deliver("delivery.shifts.shift-opened", shiftId, 1, event("\\"shiftId\\": \\"" + shiftId + "\\", \\"courierId\\": \\"" + courierId + "\\", \\"zone\\": \\"north\\""));
    assertEquals(Map.of("id", courierId, "courierId", courierId, "shiftId", shiftId, "zone", "north"), row("/available-couriers/{id}", courierId));
    String nextShift = UUID.randomUUID().toString();
    deliver("delivery.shifts.shift-opened", nextShift, 0, event("\\"shiftId\\": \\"" + nextShift + "\\", \\"courierId\\": \\"" + courierId + "\\", \\"zone\\": \\"south\\""));
    assertEquals(Map.of("id", courierId, "courierId", courierId, "shiftId", nextShift, "zone", "south"), row("/available-couriers/{id}", courierId));
  }

  @Test
  void commandsPublishTheirAggregatesVersion() {
    Reply opened = call("POST", "/shifts", null, "{\\"courierId\\": \\"" + UUID.randomUUID() + "\\", \\"zone\\": \\"east\\"}");
    expectStatus(opened, 201);
    String shiftId = String.valueOf(opened.map().get("shiftId"));
    expectStatus(call("POST", "/shifts/{id}/close", shiftId, "{}"), 200);
    String opening = jdbc.queryForObject("SELECT headers->>'aggregate-version' FROM outbox WHERE event_type = 'ShiftOpened'", String.class);
    String closing = jdbc.queryForObject("SELECT headers->>'aggregate-version' FROM outbox WHERE event_type = 'ShiftClosed'", String.class);
    assertEquals(Long.parseLong(opening) + 1, Long.parseLong(closing), "ShiftClosed carries the version after ShiftOpened's");
  }
}
`;

describe('Spring read models apply one aggregate’s events in the order they happened (food-delivery Delivery)', () => {
  it('a delivery’s later event arriving first wins; an older one only fills unset fields; another aggregate applies as it arrives; commands publish their version', () => {
    const example = EXAMPLES.find((e) => e.id === 'food-delivery');
    if (!example) throw new Error('no food-delivery example');
    const files = generateProject(example.board, { target: 'spring', contexts: ['Delivery'] });
    files.set('delivery/src/test/java/stormscape/delivery/generated/ReadModelOrderTest.java', TEST);
    writeFiles(dir, files);
    const run = mvn(join(dir, 'delivery'), ['test', '-Dtest=ReadModelOrderTest'], 30 * 60_000);
    console.log(`mvn -B test -Dtest=ReadModelOrderTest (delivery): ${run.seconds} s`);
    expect(run.ok, run.output.slice(-8000)).toBe(true);
    const report = readFileSync(join(dir, 'delivery/target/surefire-reports/TEST-stormscape.delivery.generated.ReadModelOrderTest.xml'), 'utf8');
    for (const name of ['laterEventOfADeliveryArrivingFirstWins', 'olderEventOnlyFillsUnsetFieldsAndAnotherAggregateAppliesAsItArrives', 'commandsPublishTheirAggregatesVersion']) {
      expect(report, name).toContain(`<testcase name="${name}"`);
    }
    expect(report).toMatch(/ tests="3" errors="0" skipped="0" failures="0">/);
    passed = true;
  }, 35 * 60_000);
});
