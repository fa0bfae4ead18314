package cn.gov.biyang.plan.monitoring;

import java.time.LocalDate;

/** The wording of a bulletin, prefilled from its data and edited by the office before it is issued. */
public record BulletinDraft(LocalDate asOf, String number, String title, String issuer, String summary,
                            String closing) {
}
