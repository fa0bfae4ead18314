package cn.gov.biyang.plan.security.ui;

/** A short, readable name for a browser's User-Agent header, for session lists ("Chrome · Windows"). */
final class Browsers {

    private Browsers() {
    }

    static String name(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "?";
        }
        String ua = userAgent;
        String browser = ua.contains("Edg/") ? "Edge" : ua.contains("Firefox/") ? "Firefox"
                : ua.contains("Chrome/") || ua.contains("Chromium/") ? "Chrome" : ua.contains("Safari/") ? "Safari"
                : "浏览器";
        String os = ua.contains("Windows") ? "Windows" : ua.contains("Android") ? "Android"
                : ua.contains("iPhone") || ua.contains("iPad") ? "iOS" : ua.contains("Mac OS") ? "macOS"
                : ua.contains("Linux") ? "Linux" : "";
        return os.isEmpty() ? browser : browser + " · " + os;
    }
}
