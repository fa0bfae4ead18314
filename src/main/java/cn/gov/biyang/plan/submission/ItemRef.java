package cn.gov.biyang.plan.submission;

/** The topic or plan a deliverable belongs to, as its page shows it. */
public record ItemRef(Long id, String reference, String title, String route, String leadUnitName) {
}
