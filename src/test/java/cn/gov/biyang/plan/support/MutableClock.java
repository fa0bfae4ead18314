package cn.gov.biyang.plan.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests move by hand, in Asia/Shanghai. */
public class MutableClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private volatile Instant now;

    public MutableClock(LocalDateTime start) {
        set(start);
    }

    public void set(LocalDateTime localTime) {
        now = localTime.atZone(ZONE).toInstant();
    }

    public void advance(java.time.Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
