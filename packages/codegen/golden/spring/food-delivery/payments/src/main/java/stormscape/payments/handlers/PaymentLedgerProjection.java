package stormscape.payments.handlers;

import stormscape.payments.generated.domain.Projections;
import stormscape.payments.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the board leaves open in read model PaymentLedger's projection.
 *
 * Yours: created once by Stormscape and never overwritten. Each value starts as a
 * TODO(stormscape) that throws, so the event is retried and then dead-lettered until you map it.
 */
@Component
public class PaymentLedgerProjection implements Projections.PaymentLedgerProjectionOpen {
  // TODO(stormscape): map PaymentLedger row key (which row PaymentAuthorised, CardPaymentCaptured, CardRefundIssued, PaymentVoided update is open: how it finds its row is not recorded).
  @Override
  public String key(Map<String, Object> event) {
    throw new NotMappedException("read model \"Payment Ledger\": PaymentLedger row key");
  }
  // TODO(stormscape): map PaymentLedger.date (a new row needs it and PaymentAuthorised does not carry it).
  @Override
  public String date(Map<String, Object> event) {
    throw new NotMappedException("read model \"Payment Ledger\": PaymentLedger.date");
  }
  // TODO(stormscape): map PaymentLedger.captured (a new row needs it and PaymentAuthorised does not carry it).
  @Override
  public Map<String, Object> captured(Map<String, Object> event) {
    throw new NotMappedException("read model \"Payment Ledger\": PaymentLedger.captured");
  }
  // TODO(stormscape): map PaymentLedger.refunded (a new row needs it and PaymentAuthorised does not carry it).
  @Override
  public Map<String, Object> refunded(Map<String, Object> event) {
    throw new NotMappedException("read model \"Payment Ledger\": PaymentLedger.refunded");
  }
  // TODO(stormscape): map PaymentLedger.openAuthorisations (a new row needs it and PaymentAuthorised does not carry it).
  @Override
  public Long openAuthorisations(Map<String, Object> event) {
    throw new NotMappedException("read model \"Payment Ledger\": PaymentLedger.openAuthorisations");
  }
}
