package io.vectort.identity.privacy;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postgresql.util.PGobject;

/**
 * Database rows made ready for an export file: {@code snake_case} columns become the {@code
 * camelCase} names the API uses, and JDBC values become what people read (an instant in ISO-8601,
 * a date, the text of a {@code jsonb}). Contributors choose their columns in SQL, so what a file
 * holds is visible in one query.
 */
public final class ExportRows {

    private ExportRows() {}

    public static List<Map<String, Object>> of(List<Map<String, Object>> rows) {
        return rows.stream().map(ExportRows::row).toList();
    }

    public static Map<String, Object> row(Map<String, Object> row) {
        Map<String, Object> clean = new LinkedHashMap<>();
        row.forEach((column, value) -> clean.put(camel(column), value == null ? null : plain(value)));
        return clean;
    }

    private static Object plain(Object value) {
        return switch (value) {
            case Timestamp timestamp -> timestamp.toInstant();
            case Date date -> date.toLocalDate();
            case Time time -> time.toLocalTime();
            case PGobject object -> String.valueOf(object.getValue());
            default -> value;
        };
    }

    static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
