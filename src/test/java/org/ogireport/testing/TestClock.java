package org.ogireport.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand (a Friday morning in January, Beijing time, to begin with). */
public final class TestClock extends Clock {

    /** The time it tells; a test sets it or moves it on. */
    public Instant now = Instant.parse("2025-01-10T02:00:00Z");

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
