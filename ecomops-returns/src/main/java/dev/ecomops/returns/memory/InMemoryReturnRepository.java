package dev.ecomops.returns.memory;

import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.rma.Rma;
import dev.ecomops.returns.spi.ReturnRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The embedded {@link ReturnRepository}: a concurrent map, compare-and-set on versions. */
public final class InMemoryReturnRepository implements ReturnRepository {
  private final ConcurrentHashMap<String, Rma> rmas = new ConcurrentHashMap<>();

  @Override
  public boolean save(Rma rma, long expectedVersion) {
    boolean[] saved = {false};
    rmas.compute(rma.id(), (id, stored) -> {
      long current = stored == null ? 0 : stored.version();
      if (current != expectedVersion) {
        return stored;
      }
      saved[0] = true;
      return rma;
    });
    return saved[0];
  }

  @Override
  public Optional<Rma> find(String id) {
    return Optional.ofNullable(rmas.get(id));
  }

  @Override
  public List<Rma> byOrder(OrderId orderId) {
    return rmas.values().stream().filter(r -> r.orderId().equals(orderId)).sorted(Comparator.comparing(Rma::id)).toList();
  }
}
