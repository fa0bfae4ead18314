package cn.gov.biyang.plan.notification;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves a unit's deadlines as text/calendar at its secret URL; unknown or revoked tokens get 404. */
@RestController
class CalendarFeedController {

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.ics(token)
                .map(ics -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                        .header("Cache-Control", "no-store")
                        .body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body("日历订阅地址无效或已停用"));
    }
}
