package cn.gov.biyang.plan.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesNestedValuesAndEscapes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "县\"水利\"局\n</script>");
        m.put("data", List.of(1, 2.5, true));
        m.put("none", null);
        assertThat(Json.of(m)).isEqualTo(
                "{\"title\":\"县\\\"水利\\\"局\\n\\u003c/script>\",\"data\":[1,2.5,true],\"none\":null}");
    }
}
