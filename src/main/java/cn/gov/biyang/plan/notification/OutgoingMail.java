package cn.gov.biyang.plan.notification;

/** A mail ready for the outbox: plain text and HTML bodies of the same content. */
record OutgoingMail(String subject, String text, String html) {
}
