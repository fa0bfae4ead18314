package cn.gov.biyang.plan.security;

/**
 * What an authenticator app needs to enrol: the otpauth:// URI (for a QR code or a link on the phone) and the same
 * secret as text, in groups of four, to type in by hand.
 */
public record SecondFactorSetup(String uri, String secret, String groupedSecret) {
}
