package cn.gov.biyang.plan.notification;

import java.time.Instant;

/** An in-app notification (the bell). */
public record InboxMessage(long id, String title, String body, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
