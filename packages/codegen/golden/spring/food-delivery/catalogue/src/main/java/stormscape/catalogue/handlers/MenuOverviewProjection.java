package stormscape.catalogue.handlers;

import stormscape.catalogue.generated.domain.Projections;
import stormscape.catalogue.generated.runtime.Problems.NotMappedException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the board leaves open in read model MenuOverview's projection.
 *
 * Yours: created once by Stormscape and never overwritten. Each value starts as a
 * TODO(stormscape) that throws, so the event is retried and then dead-lettered until you map it.
 */
@Component
public class MenuOverviewProjection implements Projections.MenuOverviewProjectionOpen {
  // TODO(stormscape): map MenuOverview row key (which row MenuItemPriceChanged updates is open: how it finds its row is not recorded).
  @Override
  public String key(Map<String, Object> event) {
    throw new NotMappedException("read model \"Menu Overview\": MenuOverview row key");
  }
}
