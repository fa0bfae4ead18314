package cn.gov.biyang.plan.projects;

import java.math.BigDecimal;
import java.util.stream.Stream;

/** 资金来源 in 万元: the six sources must add up to the total investment. Null means none from that source. */
public record Funding(BigDecimal central, BigDecimal province, BigDecimal city, BigDecimal county,
                      BigDecimal selfRaised, BigDecimal other) {

    public static Funding none() {
        return new Funding(null, null, null, null, null, null);
    }

    public BigDecimal sum() {
        return Stream.of(central, province, city, county, selfRaised, other).map(Money::orZero)
                .reduce(BigDecimal.ZERO.setScale(Money.SCALE), BigDecimal::add);
    }

    /** Every amount at two decimals and a missing source as zero, so that two equal splits compare equal. */
    public Funding normalized() {
        return new Funding(Money.orZero(central), Money.orZero(province), Money.orZero(city), Money.orZero(county),
                Money.orZero(selfRaised), Money.orZero(other));
    }

    public BigDecimal get(ProjectField field) {
        return switch (field) {
            case FUND_CENTRAL -> central;
            case FUND_PROVINCE -> province;
            case FUND_CITY -> city;
            case FUND_COUNTY -> county;
            case FUND_SELF -> selfRaised;
            case FUND_OTHER -> other;
            default -> throw new IllegalArgumentException(field + " is not a funding source");
        };
    }

    public Funding with(ProjectField field, BigDecimal value) {
        return new Funding(field == ProjectField.FUND_CENTRAL ? value : central,
                field == ProjectField.FUND_PROVINCE ? value : province,
                field == ProjectField.FUND_CITY ? value : city,
                field == ProjectField.FUND_COUNTY ? value : county,
                field == ProjectField.FUND_SELF ? value : selfRaised,
                field == ProjectField.FUND_OTHER ? value : other);
    }
}
