package cn.gov.biyang.plan.notification;

import java.time.Instant;

/** A row of the outbox as the office sees it (发件箱). */
public record OutboxEntry(long id, String kind, String recipientUser, String recipientEmail, String subject,
                          String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                          Instant sentAt) {

    public String statusLabel() {
        return switch (status) {
            case "SENT" -> "已发送";
            case "FAILED" -> "发送失败";
            default -> attempts == 0 ? "待发送" : "重试中";
        };
    }
}
