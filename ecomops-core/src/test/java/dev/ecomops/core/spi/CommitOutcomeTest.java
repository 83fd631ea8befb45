package dev.ecomops.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.IdempotencyKey;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CommitOutcome")
class CommitOutcomeTest {
  private final CommitRecord record = new CommitRecord(IdempotencyKey.of("k"), "f", List.of(), List.of());

  @Test
  @DisplayName("only DUPLICATE carries a record, and it must")
  void recordOnlyOnDuplicate() {
    assertThat(CommitOutcome.duplicate(record).recordIfAny()).contains(record);
    assertThat(CommitOutcome.applied().recordIfAny()).isEmpty();
    assertThat(CommitOutcome.conflict().recordIfAny()).isEmpty();
    assertThatThrownBy(() -> new CommitOutcome(CommitOutcome.Status.DUPLICATE, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DUPLICATE needs");
    assertThatThrownBy(() -> new CommitOutcome(CommitOutcome.Status.APPLIED, record))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("APPLIED carries no record");
  }
}
