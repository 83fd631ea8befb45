package dev.ecomops.returns.memory;

import dev.ecomops.core.memory.VersionedMap;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.rma.Rma;
import dev.ecomops.returns.spi.ReturnRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The embedded {@link ReturnRepository}: a {@link VersionedMap}. Thread safe. */
public final class InMemoryReturnRepository implements ReturnRepository {
  private final VersionedMap<Rma> rmas = new VersionedMap<>(Rma::id, Rma::version);

  @Override
  public boolean save(Rma rma, long expectedVersion) {
    return rmas.save(rma, expectedVersion);
  }

  @Override
  public Optional<Rma> find(String id) {
    return rmas.find(id);
  }

  @Override
  public List<Rma> byOrder(OrderId orderId) {
    return rmas.values().stream().filter(r -> r.orderId().equals(orderId)).sorted(Comparator.comparing(Rma::id)).toList();
  }
}
