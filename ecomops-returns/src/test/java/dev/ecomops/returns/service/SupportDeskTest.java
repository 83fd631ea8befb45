package dev.ecomops.returns.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.SupportEvent;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.returns.memory.InMemoryTicketRepository;
import dev.ecomops.returns.support.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Support desk")
class SupportDeskTest {
  final ManualClock clock = ManualClock.at(Instant.parse("2026-11-26T09:00:00Z"));
  final InMemoryEventLog log = InMemoryEventLog.create();
  final SupportDesk desk = new SupportDesk(new InMemoryTicketRepository(), log, clock);

  @Test
  @DisplayName("open, first answer, resolve, survey: each event once, carrying the opening time; replays change nothing")
  void lifecycle() {
    desk.open("T1", "email", "1001");
    clock.advance(Duration.ofMinutes(90));
    desk.respond("T1");
    clock.advance(Duration.ofMinutes(30));
    desk.respond("T1");
    clock.advance(Duration.ofHours(4));
    Ticket t = desk.resolve("T1");
    assertThat(desk.resolve("T1")).isEqualTo(t);
    desk.survey("T1", 4);
    desk.survey("T1", 1);
    assertThat(desk.find("T1").csat()).isEqualTo(4);
    assertThat(desk.open("T1", "chat", "").channel()).isEqualTo("email");
    assertThat(log.events(SupportEvent.class)).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("TicketOpened", "TicketFirstResponse", "TicketResolved", "SurveyAnswered");
    SupportEvent.TicketFirstResponse first = log.events(SupportEvent.TicketFirstResponse.class).get(0);
    assertThat(Duration.between(first.openedAt(), first.occurredAt())).isEqualTo(Duration.ofMinutes(90));
    SupportEvent.TicketResolved resolved = log.events(SupportEvent.TicketResolved.class).get(0);
    assertThat(Duration.between(resolved.openedAt(), resolved.occurredAt())).isEqualTo(Duration.ofMinutes(360));
  }

  @Test
  @DisplayName("a ticket resolved unanswered is answered at resolution; surveys need a resolution and a score 1 to 5")
  void rules() {
    desk.open("T2", "chat", "");
    assertThatThrownBy(() -> desk.survey("T2", 5)).isInstanceOf(InvalidTransitionException.class);
    clock.advance(Duration.ofMinutes(5));
    Ticket t = desk.resolve("T2");
    assertThat(t.firstResponseAt()).isEqualTo(t.resolvedAt());
    assertThatThrownBy(() -> desk.survey("T2", 6)).isInstanceOf(ValidationException.class).hasMessageContaining("score");
    assertThat(desk.find("T2").csat()).isZero();
    assertThatThrownBy(() -> desk.respond("nope")).isInstanceOf(ValidationException.class).hasMessageContaining("ticketId");
    assertThatThrownBy(() -> Ticket.open("T3", " ", "", Instant.EPOCH)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("channel");
  }

  @Test
  @DisplayName("8 threads answering one ticket at once publish exactly one first response")
  void concurrentFirstResponse() throws Exception {
    desk.open("T4", "phone", "");
    CyclicBarrier start = new CyclicBarrier(8);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      threads.add(new Thread(() -> {
        try {
          start.await();
          desk.respond("T4");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread th : threads) {
      th.join();
    }
    assertThat(log.events(SupportEvent.TicketFirstResponse.class)).hasSize(1);
    assertThat(desk.find("T4").version()).isEqualTo(2);
  }
}
