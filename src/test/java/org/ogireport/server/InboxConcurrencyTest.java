package org.ogireport.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ogireport.testing.AtOnce;
import org.ogireport.testing.InboxLoad;
import org.ogireport.testing.InboxServerExtension;

/**
 * Units submitting at once, each with its own role on its own connection: every report lands once, under its own
 * organ; the same reports again at once add nothing. The benchmark does this with 300 units (docs/benchmarks.md).
 */
class InboxConcurrencyTest {

    private static final int UNITS = 40;

    @RegisterExtension
    static final InboxServerExtension INBOX = new InboxServerExtension(UNITS + 20);

    @Test
    void unitsSubmittingAtOnceLandOnceEachUnderTheirOwnOrgan() throws Exception {
        InboxLoad.Units units = InboxLoad.setUp(INBOX.server(), UNITS);
        List<AtOnce.Result<Stored>> first = InboxLoad.submitAll(INBOX.server(), units);
        assertThat(first).allSatisfy(r -> assertThat(r.failure()).isNull());
        assertThat(first).allSatisfy(r -> assertThat(r.value().added()).isTrue());
        Map<String, Integer> expected = units.organs().stream().collect(Collectors.toMap(Function.identity(),
                o -> 1));
        assertThat(InboxLoad.rowsByOrgan(INBOX.server())).isEqualTo(expected);

        List<AtOnce.Result<Stored>> again = InboxLoad.submitAll(INBOX.server(), units);
        assertThat(again).allSatisfy(r -> assertThat(r.value().added()).isFalse());
        assertThat(again).extracting(r -> r.value().id()).containsExactlyElementsOf(
                first.stream().map(r -> r.value().id()).toList());
        assertThat(InboxLoad.rowsByOrgan(INBOX.server())).isEqualTo(expected);
    }
}
