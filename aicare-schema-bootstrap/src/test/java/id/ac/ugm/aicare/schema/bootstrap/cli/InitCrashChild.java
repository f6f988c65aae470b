package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.schema.engine.bootstrap.BootstrapListener;
import id.ac.ugm.aicare.schema.engine.bootstrap.InitResult;
import id.ac.ugm.aicare.schema.engine.bootstrap.ModuleInspection;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.TableSchema;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The process {@link InitCrashTest} kills: runs {@code init} and prints each step as a line
 * ({@code step inspected}, {@code step table:N}, {@code step fks:MODULE}, {@code step stamped:MODULE},
 * {@code step committing}, {@code step done}). At the step named by its last argument it prints
 * {@code paused} and sleeps, so that the kill lands exactly there; with {@code none} it never pauses.
 *
 * <p>Arguments: JDBC URL, user, password, pause step.
 */
public final class InitCrashChild {

    private InitCrashChild() {
    }

    public static void main(String[] args) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(args[0]);
        dataSource.setUser(args[1]);
        dataSource.setPassword(args[2]);
        String pauseAt = args[3];
        BootstrapListener steps = new BootstrapListener() {
            private int tables;

            @Override
            public void inspected(List<ModuleInspection> modules) {
                step("inspected");
            }

            @Override
            public void tableCreated(String module, TableSchema table) {
                step("table:" + ++tables);
            }

            @Override
            public void foreignKeysCreated(String module, int count) {
                step("fks:" + module);
            }

            @Override
            public void stamped(String module, String baselineVersion) {
                step("stamped:" + module);
            }

            @Override
            public void committing() {
                step("committing");
            }

            @Override
            public void initFinished(InitResult result) {
                step("done");
            }

            private void step(String name) {
                System.out.println("step " + name);
                System.out.flush();
                if (name.equals(pauseAt)) {
                    System.out.println("paused");
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        SchemaBootstrap.configure(dataSource).listener(steps).load().init();
        System.out.println("exited normally");
    }
}
