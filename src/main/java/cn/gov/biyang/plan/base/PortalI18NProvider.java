package cn.gov.biyang.plan.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * UI texts from {@code vaadin-i18n/<bundle>*.properties}, one bundle per feature (so features do not edit one shared
 * file): the base file is Chinese (the portal's first language), {@code _en} is English. Bundles are looked up without falling back to the JVM's default locale, so a server running
 * with an English default still shows Chinese to Chinese users.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The bundles searched in order; a bundle that does not exist is skipped. */
    static final List<String> BUNDLES = List.of("translations", "submission", "projects", "admin", "notification",
            "monitoring");

    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, locale);
            if (bundle != null && bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
            }
        }
        log.warn("Missing translation {} for {}", key, locale);
        return "!" + key;
    }

    /** The named bundle in Chinese (any non-English locale) or English; null when the feature has no bundle. */
    static ResourceBundle bundle(String name, Locale locale) {
        Locale wanted = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        try {
            return ResourceBundle.getBundle("vaadin-i18n." + name, wanted, PortalI18NProvider.class.getClassLoader(),
                    NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
