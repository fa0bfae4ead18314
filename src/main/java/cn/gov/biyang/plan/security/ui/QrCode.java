package cn.gov.biyang.plan.security.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.vaadin.flow.component.html.Image;

/** A QR code of an otpauth:// URI as an inline SVG image (allowed by our CSP: img-src data:), for the phone to scan. */
final class QrCode {

    private QrCode() {
    }

    static Optional<Image> of(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
            StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ")
                    .append(m.getWidth()).append(' ').append(m.getHeight())
                    .append("' shape-rendering='crispEdges'><rect width='100%' height='100%' fill='#fff'/><path d='");
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            svg.append("' fill='#000'/></svg>");
            Image image = new Image("data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8)), "QR");
            image.setId("totp-qr");
            image.setWidth("200px");
            image.setHeight("200px");
            return Optional.of(image);
        } catch (WriterException e) {
            return Optional.empty();
        }
    }
}
