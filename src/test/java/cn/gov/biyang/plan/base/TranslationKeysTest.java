package cn.gov.biyang.plan.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Chinese and English UI texts have the same keys, and Chinese is what a non-English browser gets. */
class TranslationKeysTest {

    @Test
    void chineseAndEnglishHaveTheSameKeysInEveryBundle() {
        Set<String> all = new TreeSet<>();
        for (String name : PortalI18NProvider.BUNDLES) {
            ResourceBundle chineseBundle = PortalI18NProvider.bundle(name, Locale.SIMPLIFIED_CHINESE);
            ResourceBundle englishBundle = PortalI18NProvider.bundle(name, Locale.ENGLISH);
            if (chineseBundle == null) {
                assertThat(englishBundle).as("English bundle %s without Chinese", name).isNull();
                continue;
            }
            Set<String> chinese = new TreeSet<>(Collections.list(chineseBundle.getKeys()));
            Set<String> english = new TreeSet<>(Collections.list(englishBundle.getKeys()));
            assertThat(chinese).as("keys of bundle %s", name).isNotEmpty().isEqualTo(english);
            for (String key : chinese) {
                assertThat(all.add(key)).as("key %s defined in two bundles", key).isTrue();
            }
        }
        assertThat(all).contains("app.title");
    }

    @Test
    void chineseIsTheDefaultWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            PortalI18NProvider provider = new PortalI18NProvider();
            assertThat(provider.getTranslation("nav.topics", Locale.SIMPLIFIED_CHINESE)).isEqualTo("研究课题");
            assertThat(provider.getTranslation("nav.topics", Locale.GERMAN)).isEqualTo("研究课题");
            assertThat(provider.getTranslation("nav.topics", Locale.ENGLISH)).isEqualTo("Research topics");
            assertThat(provider.getTranslation("topics.count", Locale.SIMPLIFIED_CHINESE, 33)).isEqualTo("共 33 项课题");
        } finally {
            Locale.setDefault(before);
        }
    }
}
