package cn.gov.biyang.plan.catalogue;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One compilation cycle (e.g. 十四五), as started by a county notice. */
@Entity
@Table(name = "planning_cycle")
public class PlanningCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String noticeTitle;

    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false, unique = true)
    private String documentNumber;

    @Column(nullable = false)
    private LocalDate issuedOn;

    @Column(nullable = false)
    private LocalDate topicReportDue;

    private String topicReportDueText;

    private String contact;

    protected PlanningCycle() {
    }

    PlanningCycle(String code, String name, String noticeTitle, String issuer, String documentNumber,
                  LocalDate issuedOn, LocalDate topicReportDue, String topicReportDueText, String contact) {
        this.code = code;
        this.name = name;
        this.noticeTitle = noticeTitle;
        this.issuer = issuer;
        this.documentNumber = documentNumber;
        this.issuedOn = issuedOn;
        this.topicReportDue = topicReportDue;
        this.topicReportDueText = topicReportDueText;
        this.contact = contact;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNoticeTitle() {
        return noticeTitle;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getTopicReportDue() {
        return topicReportDue;
    }

    public String getTopicReportDueText() {
        return topicReportDueText;
    }

    public String getContact() {
        return contact;
    }
}
