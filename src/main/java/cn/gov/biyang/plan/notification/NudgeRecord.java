package cn.gov.biyang.plan.notification;

import java.time.Instant;

/** A nudge that was sent, for the office's log per unit. */
public record NudgeRecord(long id, Long unitId, String unitName, NudgeLevel level, String message, String items,
                          String sentBy, Instant sentAt) {
}
