package dev.ecomops.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.ManualClock;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.SupportEvent;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.kpi.Kpi;
import dev.ecomops.kpi.KpiEngine;
import dev.ecomops.kpi.KpiSettings;
import dev.ecomops.kpi.fact.CoreFacts;
import dev.ecomops.returns.memory.InMemoryTicketRepository;
import dev.ecomops.returns.service.SupportDesk;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The support desk (ecomops-returns) feeding the KPI engine (ecomops-kpi), composed as a host would. */
@DisplayName("Support desk events into KPIs")
class SupportKpiTest {

  @Test
  @DisplayName("the support desk's events feed first-response, resolution and CSAT KPIs")
  void supportDeskToKpis() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-02T09:00:00Z"));
    InMemoryEventLog log = InMemoryEventLog.create();
    SupportDesk desk = new SupportDesk(new InMemoryTicketRepository(), log, clock);
    desk.open("T1", "email", "1001");
    desk.open("T2", "chat", "");
    clock.advance(Duration.ofMinutes(30));
    desk.respond("T1");
    clock.advance(Duration.ofMinutes(60));
    desk.respond("T2");
    clock.advance(Duration.ofHours(2));
    desk.resolve("T1");
    desk.survey("T1", 5);
    CoreFacts facts = new CoreFacts(sku -> "");
    KpiEngine e = KpiEngine.create(KpiSettings.defaults());
    log.events(SupportEvent.class).forEach(ev -> facts.from(ev).ifPresent(e::accept));
    var t = e.total();
    assertThat(Kpi.FIRST_RESPONSE_MEAN.of(t, e.settings()).value()).isEqualTo(1.0); // 0.5 h and 1.5 h
    assertThat(Kpi.TICKET_RESOLUTION_MEAN.of(t, e.settings()).value()).isEqualTo(3.5);
    assertThat(Kpi.CSAT.of(t, e.settings()).value()).isEqualTo(1.0);
    assertThat(e.factCount()).isEqualTo(4); // opened tickets give no fact
  }

  @Test
  @DisplayName("fed by an outbox relay, the engine counts each event once however often it is delivered")
  void relayedTwice_countedOnce() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-02T09:00:00Z"));
    InMemoryTicketRepository tickets = new InMemoryTicketRepository();
    SupportDesk desk = new SupportDesk(tickets, EventPublisher.noop(), clock);
    desk.open("T1", "email", "1001");
    clock.advance(Duration.ofMinutes(30));
    desk.respond("T1");
    desk.resolve("T1");
    desk.survey("T1", 4);
    KpiEngine e = KpiEngine.create(KpiSettings.defaults());
    EventPublisher feed = new CoreFacts(sku -> "").into(e::accept);
    List<EventEnvelope> waiting = tickets.outbox().claim(clock.instant(), Duration.ofSeconds(30), 100);
    for (EventEnvelope env : waiting) {
      feed.deliver(env);
      feed.deliver(env); // at least once: a lost acknowledgement redelivers
    }
    waiting.forEach(feed::deliver); // the whole batch again, after a relay crash
    assertThat(waiting).hasSize(4);
    assertThat(e.factCount()).isEqualTo(3); // first response, resolution, survey; opening gives none
    assertThat(Kpi.CSAT.of(e.total(), e.settings()).value()).isEqualTo(1.0);
  }
}
