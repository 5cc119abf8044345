package com.creatorplatform.gateway.support;

import com.creatorplatform.contract.testing.ServiceProcess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** JDBC connections to the services' test databases, for tests that check what a service stored. */
public final class ServiceDatabases {

    private ServiceDatabases() {}

    /**
     * Opens a connection to one service's database ({@code campaign}, {@code tracking}, {@code
     * payout}). The driver is called directly rather than through DriverManager, which hands a
     * driver only to the class loader that registered it: each Quarkus test application has its
     * own, so the second test class to ask would find none.
     */
    public static Connection open(String database) throws SQLException {
        var credentials = new Properties();
        credentials.setProperty("user", ServiceProcess.env("PG_USER", "platform"));
        credentials.setProperty("password", "");
        return new org.postgresql.Driver()
                .connect(
                        "jdbc:postgresql://"
                                + ServiceProcess.env("PG_HOST", "127.0.0.1")
                                + ":"
                                + ServiceProcess.env("PG_PORT", "55433")
                                + "/"
                                + database,
                        credentials);
    }

    /** Reads one value out of a result row. */
    @FunctionalInterface
    public interface Column<T> {
        T of(ResultSet row) throws SQLException;
    }

    /** The rows a query over one service's database answers, each read by {@code column}. */
    public static <T> List<T> query(
            String database, String sql, Column<T> column, Object... parameters)
            throws SQLException {
        try (Connection db = open(database);
                var statement = prepared(db, sql, parameters);
                var rows = statement.executeQuery()) {
            List<T> found = new ArrayList<>();
            while (rows.next()) {
                found.add(column.of(rows));
            }
            return found;
        }
    }

    /** Runs a change on one service's database; answers how many rows it changed. */
    public static int update(String database, String sql, Object... parameters)
            throws SQLException {
        try (Connection db = open(database);
                var statement = prepared(db, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection db, String sql, Object... parameters)
            throws SQLException {
        var statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
