package org.ogireport.store;

import java.nio.file.Path;
import org.ogireport.model.Report;
import org.ogireport.testing.TestReports;

/**
 * A second process for the store tests: {@code hold DIR} opens the store and waits (a second running copy of the
 * app); {@code save DIR YEAR} saves a full report and says so, then waits to be killed.
 */
public final class StoreChild {

    private StoreChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        ReportStore store = ReportStore.open(dir);
        if (args[0].equals("save")) {
            Report r = TestReports.full(Integer.parseInt(args[2]), 42);
            store.save(r, "child", 0, 0);
            System.out.println("SAVED");
        } else {
            System.out.println("READY");
        }
        System.out.flush();
        Thread.sleep(60_000);
    }

    /** Starts this class in a new JVM on the test class path. */
    static Process start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] cmd = new String[args.length + 4];
        cmd[0] = java;
        cmd[1] = "-cp";
        cmd[2] = System.getProperty("java.class.path");
        cmd[3] = StoreChild.class.getName();
        System.arraycopy(args, 0, cmd, 4, args.length);
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
