package org.opensales.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * Captures the SQL that passes through a DataSource while recording is on: dynamic proxies over
 * DataSource, Connection and (Prepared)Statement note each executed statement with its bound
 * parameters and whether it returned rows. Off, the DataSource hands out its connections as they
 * are, so timed calls pay nothing for the recording.
 */
final class StatementRecorder {

    private static final Set<String> TRANSACTION_CALLS = Set.of("setAutoCommit", "commit", "rollback");

    private final List<RecordedStatement> recorded = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> otherCalls = new ConcurrentSkipListMap<>();
    private volatile boolean on;

    /**
     * @param dataSource the real DataSource
     * @return a DataSource whose statements this recorder sees
     */
    DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
            count(method.getName());
            Object result = method.invoke(target, args);
            return on && result instanceof Connection c ? connection(c) : result;
        });
    }

    /**
     * Runs a task with recording on.
     *
     * @param task the service call
     * @return the statements it executed, in order
     */
    List<RecordedStatement> record(Callable<?> task) throws Exception {
        recorded.clear();
        otherCalls.clear();
        on = true;
        try {
            task.call();
        } finally {
            on = false;
        }
        List<RecordedStatement> copy = List.copyOf(recorded);
        recorded.clear();
        return copy;
    }

    /**
     * @return what the last recorded call did besides executing statements: connections taken from
     *         the pool and transaction calls, which the floor does not repeat (except a write's commit)
     */
    String lastOtherCalls() {
        return otherCalls.isEmpty() ? "" : "besides the statements: " + otherCalls.entrySet().stream()
                .map(e -> e.getValue() + " x " + e.getKey()).collect(Collectors.joining(", "));
    }

    private void count(String call) {
        if (on) {
            otherCalls.merge(call, 1, Integer::sum);
        }
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            if (TRANSACTION_CALLS.contains(method.getName())) {
                count(method.getName());
            }
            Object result = method.invoke(target, args);
            if (result instanceof PreparedStatement ps && method.getName().startsWith("prepare")) {
                return statement(PreparedStatement.class, ps, (String) args[0]);
            }
            if (result instanceof Statement s && method.getName().equals("createStatement")) {
                return statement(Statement.class, s, null);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, String preparedSql) {
        TreeMap<Integer, Object> parameters = new TreeMap<>();
        return proxy(type, statement, (target, method, args) -> {
            String name = method.getName();
            if (name.equals("clearParameters")) {
                parameters.clear();
            } else if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, name.equals("setNull") ? new RecordedStatement.NullParameter((Integer) args[1])
                        : args[1]);
            }
            Object result = method.invoke(target, args);
            if (on && name.startsWith("execute")) {
                String sql = preparedSql != null ? preparedSql : (String) args[0];
                boolean query = name.equals("executeQuery") || (name.equals("execute") && Boolean.TRUE.equals(result));
                recorded.add(new RecordedStatement(sql, new ArrayList<>(parameters.values()), query));
            }
            return result;
        });
    }

    @FunctionalInterface
    private interface Delegation {
        Object invoke(Object target, Method method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Delegation delegation) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return delegation.invoke(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
