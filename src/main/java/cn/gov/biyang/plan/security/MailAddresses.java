package cn.gov.biyang.plan.security;

import java.util.regex.Pattern;

/** A deliberately strict check of a mail address: one @, no spaces or line breaks (no header injection). */
public final class MailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");

    private MailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= 200 && ADDRESS.matcher(address).matches();
    }
}
