package com.creatorplatform.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV dialect the platform writes (exports, the payment provider's file): RFC 4180 through
 * Commons CSV, so a name with commas, quotes or line breaks is quoted and comes back intact; money
 * as a plain decimal string in major units beside its currency code.
 */
public final class CsvTables {

    private CsvTables() {}

    /** RFC 4180 (CRLF between records) with the given header as the first record. */
    public static CSVFormat format(List<String> header) {
        return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
    }

    /** A printer writing the header at once, then each record given to it. */
    public static CSVPrinter printer(Appendable out, List<String> header) {
        try {
            return format(header).print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole table as text: the header, then the rows. */
    public static String render(List<String> header, List<? extends List<?>> rows) {
        var out = new StringBuilder();
        try (var printer = printer(out, header)) {
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Minor units as a decimal string in major units ("12.50" for 1250 EUR, "1250" for JPY). */
    public static String majorUnits(long minor, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
