package cn.gov.biyang.plan.notification;

import java.time.LocalDate;

/**
 * Something a unit owes by a date, as reminders and nudges see it.
 *
 * @param key          stable identity of the item (e.g. "deliverable:42"), used to send each reminder once
 * @param title        what is due, as the mail names it
 * @param link         path inside the portal, e.g. "topics/8"
 * @param unitId       the unit responsible for it (the lead, or the supporting unit for its contribution)
 * @param contribution true when it is a supporting unit's contribution (配合材料) rather than the deliverable itself
 * @param delivered    submitted (or accepted): no more reminders
 */
public record DueItem(String key, String title, String link, LocalDate dueOn, Long unitId, String unitName,
                      boolean contribution, boolean delivered) {
}
