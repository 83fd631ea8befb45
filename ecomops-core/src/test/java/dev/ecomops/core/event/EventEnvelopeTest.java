package dev.ecomops.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.inventory.StockKey;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Event envelopes")
class EventEnvelopeTest {
  static final DomainEvent E = new SupportEvent.SurveyAnswered("T1", "chat", 5, Instant.EPOCH);

  @Test
  @DisplayName("the id is aggregate#sequence, with the aggregate as kind/key")
  void id() {
    EventEnvelope e = EventEnvelope.of("stock", StockKey.of(Sku.of("TEE"), LocationId.of("DC1")), 17, E);
    assertThat(e.aggregate()).isEqualTo("stock/TEE@DC1");
    assertThat(e.id()).isEqualTo("stock/TEE@DC1#17");
    assertThat(e.schemaVersion()).isEqualTo(EventEnvelope.SCHEMA_VERSION);
    assertThat(EventEnvelope.ofVersion("order", "1001", 3, 2, E).sequence()).isEqualTo(3L * EventEnvelope.PER_VERSION + 2);
  }

  @Test
  @DisplayName("an envelope read back from storage equals the one written, and keeps an older schema version")
  void restore() {
    EventEnvelope written = EventEnvelope.ofVersion("ticket", "T1", 2, 0, E);
    EventEnvelope read = EventEnvelope.restore(written.aggregate(), written.sequence(), 1, E);
    assertThat(read).isEqualTo(written).hasSameHashCodeAs(written);
    assertThat(read.id()).isEqualTo(written.id());
    assertThat(EventEnvelope.restore("ticket/T1", 5, 2, E).schemaVersion()).isEqualTo(2);
    assertThat(EventEnvelope.restore("ticket/T1", 5, 2, E)).isNotEqualTo(EventEnvelope.restore("ticket/T1", 5, 1, E));
  }

  @Test
  @DisplayName("a blank kind, a kind with a slash, a negative sequence or an index out of range is refused")
  void badInput() {
    assertThatThrownBy(() -> EventEnvelope.of(" ", "k", 1, E)).hasMessageContaining("kind");
    assertThatThrownBy(() -> EventEnvelope.of("a/b", "k", 1, E)).hasMessageContaining("kind");
    assertThatThrownBy(() -> EventEnvelope.of("a", "k", -1, E)).hasMessageContaining("sequence");
    assertThatThrownBy(() -> EventEnvelope.ofVersion("a", "k", 1, EventEnvelope.PER_VERSION, E)).hasMessageContaining("index");
    assertThatThrownBy(() -> EventEnvelope.ofVersion("a", "k", Long.MAX_VALUE, 0, E)).hasMessageContaining("version");
    assertThatThrownBy(() -> EventEnvelope.restore("noslash", 1, 1, E)).hasMessageContaining("aggregate");
    assertThatThrownBy(() -> EventEnvelope.restore("a/k", 1, 0, E)).hasMessageContaining("schemaVersion");
  }
}
