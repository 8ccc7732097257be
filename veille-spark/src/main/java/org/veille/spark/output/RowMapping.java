package org.veille.spark.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * How one value of the record model becomes one Spark {@link Row}, field by field. The Spark type and
 * the way the value is read are declared together, so the schema and the rows can never drift apart:
 * {@link #schema()} and {@link #toRow} come from the same list. Immutable and thread-safe.
 *
 * @param <T> the model type a row is made from
 */
public final class RowMapping<T> {
    private final List<Field<T>> fields;
    private final StructType schema;

    private RowMapping(List<Field<T>> fields) {
        this.fields = List.copyOf(fields);
        this.schema = DataTypes.createStructType(this.fields.stream()
                .map(f -> DataTypes.createStructField(f.name(), f.type(), true)).toArray(StructField[]::new));
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public StructType schema() {
        return schema;
    }

    /** The row for {@code value}, or null for a null value (a missing struct stays null, as in the JSON). */
    public Row toRow(T value) {
        if (value == null) {
            return null;
        }
        Object[] cells = new Object[fields.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = fields.get(i).value().apply(value);
        }
        // Rows carry their schema, so fields can be read by name (tests, user code over collected rows).
        return new GenericRowWithSchema(cells, schema);
    }

    /** One field: its name, its Spark type, and how its (already Spark-typed) value is read from the model. */
    private record Field<T>(String name, DataType type, Function<T, Object> value) {
        Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Declares fields in output order; every field is nullable, as every field of the JSON contract may be null. */
    public static final class Builder<T> {
        private final List<Field<T>> fields = new ArrayList<>();

        public Builder<T> string(String name, Function<T, String> value) {
            return add(name, DataTypes.StringType, value::apply);
        }

        public Builder<T> integer(String name, Function<T, Integer> value) {
            return add(name, DataTypes.IntegerType, value::apply);
        }

        public Builder<T> longInteger(String name, Function<T, Long> value) {
            return add(name, DataTypes.LongType, value::apply);
        }

        public Builder<T> bool(String name, Function<T, Boolean> value) {
            return add(name, DataTypes.BooleanType, value::apply);
        }

        public Builder<T> decimal(String name, Function<T, Double> value) {
            return add(name, DataTypes.DoubleType, value::apply);
        }

        /** An array of strings; a null list stays null. */
        public Builder<T> strings(String name, Function<T, List<String>> value) {
            return add(name, DataTypes.createArrayType(DataTypes.StringType, true), t -> {
                List<String> list = value.apply(t);
                return list == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
            });
        }

        /** A nested struct; a null value stays null. */
        public <U> Builder<T> struct(String name, RowMapping<U> mapping, Function<T, U> value) {
            return add(name, mapping.schema(), t -> mapping.toRow(value.apply(t)));
        }

        /** An array of structs; a null list stays null (the JSON's "did not run"), an empty one empty. */
        public <U> Builder<T> array(String name, RowMapping<U> mapping, Function<T, List<U>> value) {
            return add(name, DataTypes.createArrayType(mapping.schema(), true), t -> {
                List<U> list = value.apply(t);
                if (list == null) {
                    return null;
                }
                List<Row> rows = new ArrayList<>(list.size());
                for (U item : list) {
                    rows.add(mapping.toRow(item));
                }
                return scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq();
            });
        }

        private Builder<T> add(String name, DataType type, Function<T, Object> value) {
            if (fields.stream().anyMatch(f -> f.name().equals(name))) {
                throw new IllegalArgumentException("field declared twice: " + name);
            }
            fields.add(new Field<>(name, type, value));
            return this;
        }

        public RowMapping<T> build() {
            if (fields.isEmpty()) {
                throw new IllegalStateException("a row mapping needs at least one field");
            }
            return new RowMapping<>(fields);
        }
    }
}
