package cn.gov.biyang.plan.notification;

import java.util.List;
import java.util.function.Function;

import cn.gov.biyang.plan.base.ChineseFormats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the portal's Chinese mails, each as plain text and HTML with links to the items. Any text that a user typed
 * goes only into bodies, HTML-escaped; subjects are fixed wording plus numbers, so no header can be injected.
 */
@Component
class MailComposer {

    private final String baseUrl;

    MailComposer(@Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** One line of a digest: the item and why it is mentioned today. */
    record DigestLine(DueItem item, String why, long overdueDays) {
    }

    OutgoingMail digest(String recipientName, List<DigestLine> lines) {
        long overdue = lines.stream().filter(l -> l.overdueDays() > 0).count();
        String subject = overdue > 0
                ? "【规划编制】您单位有 " + lines.size() + " 项事项需要报送（其中 " + overdue + " 项已逾期）"
                : "【规划编制】您单位有 " + lines.size() + " 项事项临近截止";
        return itemList(subject, recipientName, "以下事项请按时报送：",
                "请登录规划编制协同平台上传材料。此邮件由系统自动发送，每天最多一封。", lines, DueItem::title);
    }

    /**
     * The copy of the day's reminders for a responsible leader (分管领导): the items of the units in their charge, each
     * line naming its unit, addressed as a copy.
     */
    OutgoingMail leaderCopy(String leaderName, List<DigestLine> lines) {
        long overdue = lines.stream().filter(l -> l.overdueDays() > 0).count();
        List<String> unitNames = lines.stream().map(l -> l.item().unitName()).distinct().toList();
        String units = String.join("、", unitNames);
        String subject = "【规划编制】（抄送）" + (unitNames.size() == 1 ? units : unitNames.size() + " 个分管单位") + "有 "
                + lines.size() + " 项事项" + (overdue > 0 ? "需要报送（其中 " + overdue + " 项已逾期）" : "临近截止");
        return itemList(subject, leaderName, "抄送：以下为" + units + "今日收到提醒的事项，已同时提醒各单位联络员：",
                "请督促分管单位按时报送。此邮件由系统自动发送，按提醒设置抄送分管领导，每天最多一封。", lines,
                item -> "【" + item.unitName() + "】" + item.title());
    }

    /** The mail of a list of items; {@code title} is how each item is named in it. */
    private OutgoingMail itemList(String subject, String recipientName, String lead, String closing,
                                  List<DigestLine> lines, Function<DueItem, String> title) {
        StringBuilder text = new StringBuilder(recipientName + "：\n\n" + lead + "\n\n");
        StringBuilder html = new StringBuilder("<p>" + esc(recipientName) + "：</p><p>" + esc(lead) + "</p><ol>");
        for (DigestLine l : lines) {
            String due = "截止 " + ChineseFormats.date(l.item().dueOn())
                    + (l.overdueDays() > 0 ? "，已逾期 " + l.overdueDays() + " 天" : "");
            text.append("· ").append(title.apply(l.item())).append("（").append(due).append("；").append(l.why())
                    .append("）\n  ").append(url(l.item().link())).append("\n");
            html.append("<li><a href=\"").append(esc(url(l.item().link()))).append("\">").append(esc(title.apply(l.item())))
                    .append("</a>（").append(esc(due)).append("；").append(esc(l.why())).append("）</li>");
        }
        text.append("\n").append(closing).append("\n");
        html.append("</ol><p>").append(esc(closing).replace("规划编制协同平台", "<a href=\"" + esc(baseUrl)
                + "\">规划编制协同平台</a>")).append("</p>");
        return new OutgoingMail(subject, text.toString(), html.toString());
    }

    OutgoingMail nudge(String levelLabel, String unitName, String message) {
        String subject = "【规划编制】" + levelLabel + "通知";
        String text = message + "\n\n" + url("my-tasks") + "\n";
        String html = "<p>" + esc(message).replace("\n", "<br>") + "</p><p><a href=\"" + esc(url("my-tasks"))
                + "\">查看本单位任务</a></p>";
        return new OutgoingMail(subject, text, html);
    }

    String url(String link) {
        return baseUrl + "/" + (link == null ? "" : link);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }
}
