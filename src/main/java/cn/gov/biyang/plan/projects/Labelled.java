package cn.gov.biyang.plan.projects;

import java.util.Arrays;
import java.util.Optional;

/** An enumeration whose values officials write as Chinese words, in the portal and in Excel. */
public interface Labelled {

    /** The Chinese word, as in the Excel template's drop-down lists. */
    String label();

    static <E extends Enum<E> & Labelled> Optional<E> fromLabel(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.label().equals(wanted)).findFirst();
    }

    static <E extends Enum<E> & Labelled> String labels(Class<E> type) {
        return String.join("、", Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList());
    }
}
