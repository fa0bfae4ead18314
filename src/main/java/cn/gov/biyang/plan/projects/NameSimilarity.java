package cn.gov.biyang.plan.projects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether two project names in the same place probably mean the same project. Names are compared without what
 * every name in the place shares (blanks, punctuation, 泌阳县, the township's name, a trailing 项目/工程), then by
 * their character pairs: Chinese names that share at least 80 % of their pairs (Dice coefficient) are flagged.
 * Names with different numbers are different (sections, batches). "花园街道老旧小区改造项目" and
 * "花园街道老旧小区改造工程" are the same; "羊册镇污水处理厂建设项目" and "羊册镇污水处理厂提标改造项目" are not.
 */
final class NameSimilarity {

    static final double THRESHOLD = 0.8;

    private NameSimilarity() {
    }

    static String normalize(String name, List<String> placeNames) {
        String s = name.replaceAll("[\\s\\p{P}\\p{S}]", "");
        s = s.replace("泌阳县", "").replace("泌阳", "");
        for (String place : placeNames) {
            if (!place.isEmpty()) {
                s = s.replace(place, "");
            }
        }
        return s.replaceFirst("(建设项目|建设工程|项目|工程)$", "");
    }

    static boolean similar(String normalizedA, String normalizedB) {
        if (normalizedA.isEmpty() || normalizedB.isEmpty()) {
            return false;
        }
        if (normalizedA.equals(normalizedB)) {
            return true;
        }
        if (normalizedA.length() < 2 || normalizedB.length() < 2) {
            return false;
        }
        // numbers tell sections and batches apart: 县道 X012 改造 is not 县道 X013 改造
        if (!numbers(normalizedA).equals(numbers(normalizedB))) {
            return false;
        }
        return dice(normalizedA, normalizedB) >= THRESHOLD;
    }

    private static List<String> numbers(String s) {
        return java.util.regex.Pattern.compile("\\d+").matcher(s).results().map(m -> m.group()).toList();
    }

    static double dice(String a, String b) {
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            pairs.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            String pair = b.substring(i, i + 2);
            Integer left = pairs.get(pair);
            if (left != null && left > 0) {
                common++;
                pairs.put(pair, left - 1);
            }
        }
        return 2.0 * common / ((a.length() - 1) + (b.length() - 1));
    }
}
