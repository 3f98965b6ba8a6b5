package dev.vitae.common.validation;

/** Something with a start and an end date, each a partial date or {@code null}; see {@link InOrder}. */
public interface DateRange {

    String startDate();

    String endDate();
}
