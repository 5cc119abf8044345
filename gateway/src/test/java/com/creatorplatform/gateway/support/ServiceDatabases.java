package com.creatorplatform.gateway.support;

import com.creatorplatform.contract.testing.ServiceProcess;
import java.sql.Connection;
import java.sql.SQLException;
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
}
